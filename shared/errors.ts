/**
 * Every error the API can return, with its HTTP status. Services throw AppError with one of these codes;
 * the error handler turns it into `{ error: { code, message, details } }`. docs/errors.md lists them.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  INVALID_TOKEN: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  EMAIL_NOT_VERIFIED: 403,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  PERSON_NOT_FOUND: 404,
  ORG_NOT_FOUND: 404,
  MEMBER_NOT_FOUND: 404,
  INVITATION_NOT_FOUND: 404,
  TOUR_NOT_FOUND: 404,
  CHECK_IN_NOT_FOUND: 404,
  FEED_NOT_FOUND: 404,
  VALUE_NOT_FOUND: 404,
  NOTIFICATION_NOT_FOUND: 404,
  DEPARTURE_NOT_FOUND: 404,
  INVITATION_INVALID: 400,
  CONFLICT: 409,
  ORG_SLUG_TAKEN: 409,
  ALREADY_MEMBER: 409,
  LAST_OWNER: 409,
  TOUR_INVALID_TRANSITION: 409,
  TOUR_STALE: 409,
  TOUR_ALREADY_SIGNED: 409,
  AMENDMENT_PENDING: 409,
  NO_PENDING_VERSION: 409,
  DEPARTURE_EXISTS: 409,
  NOT_IN_ALUMNI_NETWORK: 409,
  VALUE_EXISTS: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}
