import type { TFunction } from "i18next";
import { ApiError, NETWORK_ERROR } from "../api/client.ts";

/** Error codes with a translated message; anything else falls back to the server's own message. */
const TRANSLATED_CODES = [
  NETWORK_ERROR,
  "VALIDATION_FAILED",
  "INVALID_TOKEN",
  "UNAUTHENTICATED",
  "INVALID_CREDENTIALS",
  "EMAIL_NOT_VERIFIED",
  "FORBIDDEN",
  "CSRF_FAILED",
  "NOT_FOUND",
  "PERSON_NOT_FOUND",
  "ORG_NOT_FOUND",
  "MEMBER_NOT_FOUND",
  "INVITATION_NOT_FOUND",
  "INVITATION_INVALID",
  "CONFLICT",
  "ORG_SLUG_TAKEN",
  "ALREADY_MEMBER",
  "LAST_OWNER",
  "TOUR_NOT_FOUND",
  "TOUR_INVALID_TRANSITION",
  "TOUR_STALE",
  "TOUR_ALREADY_SIGNED",
  "AMENDMENT_PENDING",
  "NO_PENDING_VERSION",
  "CHECK_IN_NOT_FOUND",
  "FEED_NOT_FOUND",
  "VALUE_NOT_FOUND",
  "VALUE_EXISTS",
  "NOTIFICATION_NOT_FOUND",
  "DEPARTURE_NOT_FOUND",
  "DEPARTURE_EXISTS",
  "NOT_IN_ALUMNI_NETWORK",
  "CONNECTION_LIST_HIDDEN",
  "CONNECTION_NOT_FOUND",
  "CONNECTION_REQUEST_NOT_FOUND",
  "ALREADY_CONNECTED",
  "CONNECTION_REQUEST_EXISTS",
  "CONNECTION_REQUEST_CLOSED",
  "CONNECTION_REQUEST_DECLINED",
  "INTRODUCTION_NOT_FOUND",
  "INTRODUCTION_EXISTS",
  "INTRODUCTION_INVALID_TRANSITION",
  "INTRODUCTION_STALE",
  "ALREADY_THANKED",
  "NO_INTRODUCTION_PATH",
  "INTRODUCTION_PATH_INVALID",
  "INTRODUCTION_LIMIT",
  "PAYLOAD_TOO_LARGE",
  "INTERNAL",
  "UNAVAILABLE",
] as const;
type TranslatedCode = (typeof TRANSLATED_CODES)[number];

function isTranslated(code: string): code is TranslatedCode {
  return (TRANSLATED_CODES as readonly string[]).includes(code);
}

/** A message for the user in the active language. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t("errors.unknown");
  if (error.code === "RATE_LIMITED") {
    return error.retryAfter
      ? t("errors.RATE_LIMITED_minutes", { minutes: Math.max(1, Math.ceil(error.retryAfter / 60)) })
      : t("errors.RATE_LIMITED");
  }
  if (isTranslated(error.code)) return t(`errors.${error.code}`);
  return error.message || t("errors.unknown");
}
