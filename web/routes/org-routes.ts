import { createRoute } from "@tanstack/react-router";
import { TOUR_STATUSES, type TourStatus } from "../../shared/tours/constants.ts";
import { AlignmentPage } from "../features/alignment/AlignmentPage.tsx";
import { OrgValuesPage } from "../features/alignment/OrgValuesPage.tsx";
import { AlumniAdminPage } from "../features/alumni/AlumniAdminPage.tsx";
import { AlumniAreaPage } from "../features/alumni/AlumniAreaPage.tsx";
import { PersonHistoryPage } from "../features/alumni/PersonHistoryPage.tsx";
import { InvitationsPage } from "../features/organizations/InvitationsPage.tsx";
import { MembersPage } from "../features/organizations/MembersPage.tsx";
import { OrgLayout } from "../features/organizations/OrgLayout.tsx";
import { OrgOverview } from "../features/organizations/OrgOverview.tsx";
import { SettingsPage } from "../features/organizations/SettingsPage.tsx";
import { NewTourPage } from "../features/tours/NewTourPage.tsx";
import { OrgToursPage } from "../features/tours/OrgToursPage.tsx";
import { optionalText, rootRoute } from "./base.ts";

// Routes are spelled out one by one (no helper) so TanStack Router keeps each literal path for typed links.
export const orgRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/orgs/$slug",
  component: OrgLayout,
});
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
const orgToursRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "tours",
  validateSearch: (s: Record<string, unknown>): { status?: TourStatus } => ({
    status: (TOUR_STATUSES as readonly unknown[]).includes(s.status) ? (s.status as TourStatus) : undefined,
  }),
  component: OrgToursPage,
});
const orgNewTourRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "tours/new",
  component: NewTourPage,
});
const orgAlumniRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "alumni",
  component: AlumniAdminPage,
});
const orgAlumniAreaRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "alumni-area",
  component: AlumniAreaPage,
});
const orgValuesRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "values",
  component: OrgValuesPage,
});
const orgAlignmentRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "alignment",
  validateSearch: (s: Record<string, unknown>): { personId?: string } => ({
    personId: optionalText(s.personId),
  }),
  component: AlignmentPage,
});
const orgPersonHistoryRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "people/$userId/history",
  component: PersonHistoryPage,
});

export const orgRouteTree = orgRoute.addChildren([
  orgOverviewRoute,
  orgMembersRoute,
  orgInvitationsRoute,
  orgSettingsRoute,
  orgToursRoute,
  orgNewTourRoute,
  orgAlumniRoute,
  orgAlumniAreaRoute,
  orgValuesRoute,
  orgAlignmentRoute,
  orgPersonHistoryRoute,
]);
