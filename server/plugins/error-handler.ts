import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { AppError } from "../errors.ts";

interface FieldIssue {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: (string | number)[] } };
}

/** Groups validation issues by field path (`values.2`), the shape the web forms show beside each field. */
function fieldErrors(context: string | undefined, issues: FieldIssue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const zodPath = issue.params?.issue?.path;
    const path = zodPath?.length
      ? zodPath.join(".")
      : (issue.instancePath ?? "").replace(/^\//, "").replaceAll("/", ".") || (context ?? "request");
    const list = out[path] ?? [];
    list.push(issue.message ?? "is invalid");
    out[path] = list;
  }
  return out;
}

/**
 * One error model for the whole API. Known failures keep their status and code; anything else is a real
 * fault: logged with the request id, answered with 500 and no internals.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    if (err instanceof AppError) {
      if (err.headers) reply.headers(err.headers);
      return reply
        .status(err.status)
        .send({ error: { code: err.code, message: err.message, details: err.details } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      return reply.status(400).send({
        error: {
          code: "VALIDATION_FAILED",
          message: "Some fields are not valid.",
          details: { fieldErrors: fieldErrors(err.validationContext, err.validation as FieldIssue[]) },
        },
      });
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err, issues: err.cause.issues }, "response did not match its schema");
      return reply.status(500).send(internal(request.id));
    }
    const status = (err as FastifyError).statusCode ?? 500;
    if (status === 413)
      return reply.status(413).send(simple("PAYLOAD_TOO_LARGE", "The request body is too large."));
    if (status === 415)
      return reply
        .status(415)
        .send(simple("UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json."));
    if (status === 429)
      return reply.status(429).send(simple("RATE_LIMITED", "Too many requests. Try again later."));
    if (status >= 400 && status < 500) {
      // Malformed JSON, empty bodies with a JSON content type and similar client mistakes.
      return reply.status(400).send(simple("VALIDATION_FAILED", "The request could not be read.", err.code));
    }
    request.log.error({ err }, "unhandled error");
    return reply.status(500).send(internal(request.id));
  });
}

export const simple = (code: string, message: string, reason?: string) => ({
  error: { code, message, details: reason ? { reason } : undefined },
});
const internal = (requestId: string) => ({
  error: { code: "INTERNAL", message: "Something went wrong on our side.", details: { requestId } },
});
