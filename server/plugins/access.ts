import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";

export type Access = "public" | "user";

declare module "fastify" {
  interface FastifyContextConfig {
    /**
     * Who may reach the route at all: `public` (anyone; the service still applies its policy) or `user`
     * (a signed-in account, checked before the body is even validated). Finer rules live in policies.
     */
    access?: Access;
  }
}

/**
 * Makes the access level of every API route explicit: a route without one fails the app at startup,
 * so no endpoint can ship without going through a policy.
 */
export function registerAccessControl(app: FastifyInstance): void {
  app.addHook("onRoute", (route) => {
    const url = route.url ?? "";
    if (!url.startsWith("/api/") || url.startsWith("/api/docs")) return;
    const access = route.config?.access;
    if (access !== "public" && access !== "user") {
      throw new Error(`Route ${String(route.method)} ${url} declares no access policy (config.access).`);
    }
  });
  app.addHook("onRequest", async (request) => {
    if (request.routeOptions.config?.access !== "user") return;
    const actor = await request.actor();
    if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  });
}
