import { createRoute } from "@tanstack/react-router";
import { ValuesExercisePage } from "../features/alignment/ValuesExercisePage.tsx";
import { AlliancePage } from "../features/alliance/AlliancePage.tsx";
import { TimelinePage } from "../features/alliance/TimelinePage.tsx";
import { NotificationSettingsPage } from "../features/notifications/NotificationSettingsPage.tsx";
import { NotificationsPage } from "../features/notifications/NotificationsPage.tsx";
import { StatementPage } from "../features/tours/StatementPage.tsx";
import { TourPage } from "../features/tours/TourPage.tsx";
import { requireUser, rootRoute } from "./base.ts";

// Pages of the alliance itself: tours, the dashboard, the timeline, notifications and the values exercise.
const tourRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/tours/$id",
  beforeLoad: requireUser,
  component: TourPage,
});
const statementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/tours/$id/statement",
  beforeLoad: requireUser,
  component: StatementPage,
});
const allianceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/alliance",
  beforeLoad: requireUser,
  component: AlliancePage,
});
const timelineRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/timeline",
  beforeLoad: requireUser,
  component: TimelinePage,
});
const notificationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/notifications",
  beforeLoad: requireUser,
  component: NotificationsPage,
});
const notificationSettingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/settings/notifications",
  beforeLoad: requireUser,
  component: NotificationSettingsPage,
});
const valuesExerciseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/profile/values-exercise",
  beforeLoad: requireUser,
  component: ValuesExercisePage,
});

export const allianceRoutes = [
  tourRoute,
  statementRoute,
  allianceRoute,
  timelineRoute,
  notificationsRoute,
  notificationSettingsRoute,
  valuesExerciseRoute,
];
