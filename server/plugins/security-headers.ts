import type { FastifyInstance } from "fastify";

/**
 * The web app's Content-Security-Policy: scripts, styles, fonts and API calls only from this origin, no
 * inline script or style, no plugins, no framing. Text people write (profiles, posts) is rendered as text
 * or as server-sanitized HTML; this policy is the second wall if something slipped through.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** The development mailbox styles its single page inline; it never runs in production. */
const DEV_CSP = APP_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "same-origin");
    // The API reference page (/api/docs) sets a policy of its own that its bundle needs.
    if (!reply.hasHeader("content-security-policy")) {
      reply.header("content-security-policy", request.url.startsWith("/dev/") ? DEV_CSP : APP_CSP);
    }
  });
}
