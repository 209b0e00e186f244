import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  type ParsedLocation,
  redirect,
} from "@tanstack/react-router";
import { ApiError } from "./api/client.ts";
import { onSignedOut, safeRedirect, sessionQuery } from "./api/session.ts";
import { Layout } from "./components/Layout.tsx";
import { NotFoundPage, RouteError, RoutePending } from "./components/RouteFallbacks.tsx";
import { CheckEmailPage } from "./features/accounts/CheckEmailPage.tsx";
import { ForgotPasswordPage } from "./features/accounts/ForgotPasswordPage.tsx";
import { ResetPasswordPage } from "./features/accounts/ResetPasswordPage.tsx";
import { SignInPage } from "./features/accounts/SignInPage.tsx";
import { SignUpPage } from "./features/accounts/SignUpPage.tsx";
import { VerifyEmailPage } from "./features/accounts/VerifyEmailPage.tsx";
import { HomePage } from "./features/home/HomePage.tsx";
import { AcceptInvitationPage } from "./features/organizations/AcceptInvitationPage.tsx";
import { InvitationsPage } from "./features/organizations/InvitationsPage.tsx";
import { MembersPage } from "./features/organizations/MembersPage.tsx";
import { NewOrgPage } from "./features/organizations/NewOrgPage.tsx";
import { OrgLayout } from "./features/organizations/OrgLayout.tsx";
import { OrgOverview } from "./features/organizations/OrgOverview.tsx";
import { SettingsPage } from "./features/organizations/SettingsPage.tsx";
import { PeopleSearchPage } from "./features/people/PeopleSearchPage.tsx";
import { PersonPage } from "./features/people/PersonPage.tsx";
import { ProfilePage } from "./features/people/ProfilePage.tsx";

interface RouterContext {
  queryClient: QueryClient;
}

/** A 401 from any request means the session has ended: forget it and ask the person to sign in again. */
function onApiError(error: unknown) {
  if (!(error instanceof ApiError) || error.status !== 401 || error.code === "INVALID_CREDENTIALS") return;
  onSignedOut(queryClient);
  const here = router.state.location;
  if (here.pathname !== "/sign-in") void router.navigate({ to: "/sign-in", search: { redirect: here.href } });
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      // Client errors (4xx) will not change by asking again; network and server errors might.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

// Search parameters come from the address bar: anything that is not a non-empty string is ignored. Every
// parameter is optional so plain links (to="/sign-in") need no search object.
const optionalText = (value: unknown) => (typeof value === "string" && value ? value : undefined);
const redirectSearch = (s: Record<string, unknown>): { redirect?: string } => ({
  redirect: safeRedirect(s.redirect),
});
const tokenSearch = (s: Record<string, unknown>): { token?: string } => ({ token: optionalText(s.token) });

async function requireUser({ context, location }: { context: RouterContext; location: ParsedLocation }) {
  const user = await context.queryClient.ensureQueryData(sessionQuery);
  if (!user) throw redirect({ to: "/sign-in", search: { redirect: location.href } });
}

/** Sign-in and sign-up make no sense when already signed in: go where the person was headed. */
async function redirectIfSignedIn({
  context,
  search,
}: {
  context: RouterContext;
  search: { redirect?: string };
}) {
  const user = await context.queryClient.ensureQueryData(sessionQuery);
  if (user) throw redirect({ href: search.redirect ?? "/" });
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Layout,
  notFoundComponent: NotFoundPage,
});

// Routes are spelled out one by one (no helper) so TanStack Router keeps each literal path for typed links.
const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: "/", component: HomePage });
const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-up",
  validateSearch: redirectSearch,
  beforeLoad: redirectIfSignedIn,
  component: SignUpPage,
});
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: redirectSearch,
  beforeLoad: redirectIfSignedIn,
  component: SignInPage,
});
const checkEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/check-email",
  validateSearch: (s: Record<string, unknown>): { email?: string } => ({ email: optionalText(s.email) }),
  component: CheckEmailPage,
});
const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/verify-email",
  validateSearch: tokenSearch,
  component: VerifyEmailPage,
});
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/forgot-password",
  component: ForgotPasswordPage,
});
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/reset-password",
  validateSearch: tokenSearch,
  component: ResetPasswordPage,
});
const profileRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/profile",
  beforeLoad: requireUser,
  component: ProfilePage,
});
const peopleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/people",
  validateSearch: (s: Record<string, unknown>): { q?: string } => ({ q: optionalText(s.q) }),
  beforeLoad: requireUser,
  component: PeopleSearchPage,
});
const personRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/people/$id",
  component: PersonPage,
});
const newOrgRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/orgs/new",
  beforeLoad: requireUser,
  component: NewOrgPage,
});
const orgRoute = createRoute({ getParentRoute: () => rootRoute, path: "/orgs/$slug", component: OrgLayout });
const orgOverviewRoute = createRoute({ getParentRoute: () => orgRoute, path: "/", component: OrgOverview });
const orgMembersRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "members",
  component: MembersPage,
});
const orgInvitationsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "invitations",
  component: InvitationsPage,
});
const orgSettingsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "settings",
  component: SettingsPage,
});
const acceptInvitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/invitations/accept",
  validateSearch: tokenSearch,
  component: AcceptInvitationPage,
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  signUpRoute,
  signInRoute,
  checkEmailRoute,
  verifyEmailRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  profileRoute,
  peopleRoute,
  personRoute,
  newOrgRoute,
  orgRoute.addChildren([orgOverviewRoute, orgMembersRoute, orgInvitationsRoute, orgSettingsRoute]),
  acceptInvitationRoute,
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPendingComponent: RoutePending,
  defaultErrorComponent: RouteError,
  scrollRestoration: true,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
