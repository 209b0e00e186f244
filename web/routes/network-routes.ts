import { createRoute, redirect } from "@tanstack/react-router";
import { FindIntroductionPage } from "../features/network/FindIntroductionPage.tsx";
import { optionalText, requireUser, rootRoute } from "./base.ts";

// The trust network: finding who can introduce you. "/network" is the menu's door to the section and opens
// its first page, so the menu entry stays highlighted on every page below it.
const networkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/network",
  beforeLoad: () => {
    throw redirect({ to: "/network/introductions/find", replace: true });
  },
});
const findIntroductionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/network/introductions/find",
  validateSearch: (s: Record<string, unknown>): { by?: "org" | "skill"; org?: string; skill?: string } => ({
    by: s.by === "org" || s.by === "skill" ? s.by : undefined,
    org: optionalText(s.org),
    skill: optionalText(s.skill),
  }),
  beforeLoad: requireUser,
  component: FindIntroductionPage,
});

export const networkRoutes = [networkRoute, findIntroductionRoute];
