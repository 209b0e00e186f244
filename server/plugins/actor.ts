import { fromNodeHeaders } from "better-auth/node";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../errors.ts";
import { type Actor, ANONYMOUS, type UserActor } from "../features/accounts/actor.ts";
import type { Auth } from "../features/accounts/auth.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** Resolves the caller from the session cookie once per request. */
    actor(): Promise<Actor>;
  }
}

export function registerActor(app: FastifyInstance, auth: Auth): void {
  app.decorateRequest("actor", function (this: FastifyRequest) {
    const cached = (this as unknown as { _actor?: Promise<Actor> })._actor;
    if (cached) return cached;
    const pending = resolveActor(auth, this);
    (this as unknown as { _actor?: Promise<Actor> })._actor = pending;
    return pending;
  });
}

async function resolveActor(auth: Auth, request: FastifyRequest): Promise<Actor> {
  if (!request.headers.cookie) return ANONYMOUS;
  const session = await auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
  if (!session) return ANONYMOUS;
  const { user } = session;
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    name: user.name,
    emailVerified: user.emailVerified,
  };
}

/** The signed-in caller, or 401. Every route that needs an account starts here. */
export async function requireUser(request: FastifyRequest): Promise<UserActor> {
  const actor = await request.actor();
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return actor;
}
