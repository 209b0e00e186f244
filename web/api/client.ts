/**
 * A thin typed fetch client for the Alliance API. Every failure becomes an ApiError so callers can branch on
 * `code` (stable) rather than on `message` (human text, may change).
 */
const API_BASE = "/api/v1";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  /** Seconds to wait before retrying, from the Retry-After header (429 responses). */
  readonly retryAfter: number | undefined;

  constructor(status: number, code: string, message: string, details?: unknown, retryAfter?: number) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
    this.retryAfter = retryAfter;
  }
}

/** Code used when the request never reached the server (offline, DNS, server down). */
export const NETWORK_ERROR = "NETWORK_ERROR";

export async function api<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: "same-origin", headers: { accept: "application/json" } };
  if (method !== "GET") {
    // The API requires a JSON content type on every write, even when there is nothing to send.
    init.headers = { accept: "application/json", "content-type": "application/json" };
    init.body = JSON.stringify(body ?? {});
  }

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, init);
  } catch {
    throw new ApiError(0, NETWORK_ERROR, "The server could not be reached.");
  }

  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  throw toApiError(response, payload);
}

function toApiError(response: Response, payload: unknown): ApiError {
  const retryHeader = response.headers.get("retry-after");
  const retryAfter = retryHeader && /^\d+$/.test(retryHeader) ? Number(retryHeader) : undefined;
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)
    ?.error;
  const code = typeof error?.code === "string" ? error.code : `HTTP_${response.status}`;
  const message = typeof error?.message === "string" ? error.message : response.statusText;
  return new ApiError(response.status, code, message, error?.details, retryAfter);
}

/** Builds `path?k=v` from the defined, non-empty params. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Field errors of a VALIDATION_FAILED error, keyed by path (`email`, `values.2`, `links.0.url`). */
export type FieldErrors = Record<string, string[]>;

export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiError) || error.code !== "VALIDATION_FAILED") return {};
  const fieldErrors = (error.details as { fieldErrors?: unknown } | undefined)?.fieldErrors;
  return fieldErrors && typeof fieldErrors === "object" ? (fieldErrors as FieldErrors) : {};
}

/** Messages for a field and everything below it (`values` also collects `values.2`). */
export function errorsAt(fieldErrors: FieldErrors, path: string): string | undefined {
  const messages = Object.entries(fieldErrors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .flatMap(([, list]) => list);
  return messages.length > 0 ? messages.join(" ") : undefined;
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
