import { ERROR_STATUS, type ErrorCode } from "../shared/errors.ts";

/** A failure the caller can act on. The error handler turns it into `{ error: { code, message, details } }`. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (code: ErrorCode = "NOT_FOUND", what = "Resource") =>
  new AppError(code, `${what} not found.`);
export const forbidden = (message = "You are not allowed to do that.") => new AppError("FORBIDDEN", message);
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Sign in to continue.");
