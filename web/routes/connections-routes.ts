import { createRoute } from "@tanstack/react-router";
import { ConnectionsPage } from "../features/connections/ConnectionsPage.tsx";
import { ImportPage } from "../features/connections/ImportPage.tsx";
import { RequestsPage } from "../features/connections/RequestsPage.tsx";
import { optionalText, requireUser, rootRoute } from "./base.ts";

// Connections: my list (with suggestions, list visibility and blocks), requests, and the LinkedIn import.
// Notifications link to "/connections/requests" (someone asked) and "/connections" (someone accepted).
const connectionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/connections",
  validateSearch: (s: Record<string, unknown>): { q?: string; sort?: "name" } => ({
    q: optionalText(s.q),
    sort: s.sort === "name" ? "name" : undefined,
  }),
  beforeLoad: requireUser,
  component: ConnectionsPage,
});
const requestsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/connections/requests",
  beforeLoad: requireUser,
  component: RequestsPage,
});
const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/connections/import",
  beforeLoad: requireUser,
  component: ImportPage,
});

export const connectionRoutes = [connectionsRoute, requestsRoute, importRoute];
