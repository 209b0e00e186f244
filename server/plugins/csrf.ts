import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF protection by origin verification: a state-changing API request must come from one of our own
 * origins, proven by the Origin header (or Referer when a browser omits Origin). Together with
 * SameSite=Lax session cookies this stops cross-site form posts and fetches.
 */
export function registerCsrfCheck(app: FastifyInstance, trustedOrigins: string[]): void {
  const trusted = new Set(trustedOrigins.map((o) => new URL(o).origin));
  app.addHook("onRequest", async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith("/api/")) return;
    const origin = request.headers.origin ?? originOf(request.headers.referer);
    if (!origin || !trusted.has(origin)) {
      throw new AppError(
        "CSRF_FAILED",
        "This request did not come from Alliance. Reload the page and try again.",
      );
    }
  });
}

function originOf(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}
