import { fromNodeHeaders } from "better-auth/node";
import type { FastifyReply, FastifyRequest } from "fastify";
import { errorBody } from "../shared/common/schemas.ts";

/** Error responses every route can give, for the OpenAPI document. */
export const errors = (...statuses: (400 | 401 | 403 | 404 | 409 | 429)[]) =>
  Object.fromEntries(statuses.map((s) => [s, errorBody])) as Record<number, typeof errorBody>;

/** Request facts the auth library needs: the caller's headers and IP. */
export const requestContext = (request: FastifyRequest) => ({
  headers: fromNodeHeaders(request.headers),
  ip: request.ip,
});

export function setCookies(reply: FastifyReply, cookies: string[]): void {
  if (cookies.length) reply.header("set-cookie", cookies);
}
