import { createRoute } from "@tanstack/react-router";
import { IntroductionPage } from "../features/introductions/IntroductionPage.tsx";
import { IntroductionsPage } from "../features/introductions/IntroductionsPage.tsx";
import { PayForwardPage } from "../features/pay-forward/PayForwardPage.tsx";
import { requireUser, rootRoute } from "./base.ts";

// Introductions (the lists and one introduction) and the pay-forward record. Notifications link to
// "/introductions/<id>" and "/introductions"; the list is chosen in the address: ?box=sent or ?box=involved,
// and the inbox (waiting on me) without it.
const introductionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/introductions",
  validateSearch: (s: Record<string, unknown>): { box?: "sent" | "involved" } => ({
    box: s.box === "sent" || s.box === "involved" ? s.box : undefined,
  }),
  beforeLoad: requireUser,
  component: IntroductionsPage,
});
const introductionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/introductions/$id",
  beforeLoad: requireUser,
  component: IntroductionPage,
});
const payForwardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/pay-forward",
  beforeLoad: requireUser,
  component: PayForwardPage,
});

export const introductionRoutes = [introductionsRoute, introductionRoute, payForwardRoute];
