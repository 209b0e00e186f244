import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { createRoute, createRouter } from "@tanstack/react-router";
import { ApiError } from "./api/client.ts";
import { onSignedOut } from "./api/session.ts";
import { RouteError, RoutePending } from "./components/RouteFallbacks.tsx";
import { CheckEmailPage } from "./features/accounts/CheckEmailPage.tsx";
import { ForgotPasswordPage } from "./features/accounts/ForgotPasswordPage.tsx";
import { ResetPasswordPage } from "./features/accounts/ResetPasswordPage.tsx";
import { SignInPage } from "./features/accounts/SignInPage.tsx";
import { SignUpPage } from "./features/accounts/SignUpPage.tsx";
import { VerifyEmailPage } from "./features/accounts/VerifyEmailPage.tsx";
import { HomePage } from "./features/home/HomePage.tsx";
import { AcceptInvitationPage } from "./features/organizations/AcceptInvitationPage.tsx";
import { NewOrgPage } from "./features/organizations/NewOrgPage.tsx";
import { PeopleSearchPage } from "./features/people/PeopleSearchPage.tsx";
import { PersonPage } from "./features/people/PersonPage.tsx";
import { ProfilePage } from "./features/people/ProfilePage.tsx";
import { allianceRoutes } from "./routes/alliance-routes.ts";
import {
  optionalText,
  redirectIfSignedIn,
  redirectSearch,
  requireUser,
  rootRoute,
  tokenSearch,
} from "./routes/base.ts";
import { connectionRoutes } from "./routes/connections-routes.ts";
import { introductionRoutes } from "./routes/introduction-routes.ts";
import { networkRoutes } from "./routes/network-routes.ts";
import { orgRouteTree } from "./routes/org-routes.ts";

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
  orgRouteTree,
  ...allianceRoutes,
  ...networkRoutes,
  ...connectionRoutes,
  ...introductionRoutes,
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
