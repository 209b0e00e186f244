import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, type ParsedLocation, redirect } from "@tanstack/react-router";
import { safeRedirect, sessionQuery } from "../api/session.ts";
import { Layout } from "../components/Layout.tsx";
import { NotFoundPage } from "../components/RouteFallbacks.tsx";

export interface RouterContext {
  queryClient: QueryClient;
}

// Search parameters come from the address bar: anything that is not a non-empty string is ignored. Every
// parameter is optional so plain links (to="/sign-in") need no search object.
export const optionalText = (value: unknown) => (typeof value === "string" && value ? value : undefined);
export const redirectSearch = (s: Record<string, unknown>): { redirect?: string } => ({
  redirect: safeRedirect(s.redirect),
});
export const tokenSearch = (s: Record<string, unknown>): { token?: string } => ({
  token: optionalText(s.token),
});

export async function requireUser({
  context,
  location,
}: {
  context: RouterContext;
  location: ParsedLocation;
}) {
  const user = await context.queryClient.ensureQueryData(sessionQuery);
  if (!user) throw redirect({ to: "/sign-in", search: { redirect: location.href } });
}

/** Sign-in and sign-up make no sense when already signed in: go where the person was headed. */
export async function redirectIfSignedIn({
  context,
  search,
}: {
  context: RouterContext;
  search: { redirect?: string };
}) {
  const user = await context.queryClient.ensureQueryData(sessionQuery);
  if (user) throw redirect({ href: search.redirect ?? "/" });
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Layout,
  notFoundComponent: NotFoundPage,
});
