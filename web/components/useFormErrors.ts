import type { TFunction } from "i18next";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, errorsAt, type FieldErrors, fieldErrorsOf } from "../api/client.ts";
import { errorMessage } from "./errorMessage.ts";

/**
 * Field errors of one form: the browser-side checks (translated, immediate) or, once those pass, the server's
 * VALIDATION_FAILED details. Whenever new errors appear, focus moves to the first invalid field.
 * `fieldForCode` places other errors beside a field too (e.g. ORG_SLUG_TAKEN beside the slug).
 */
export function useFormErrors(serverError: unknown, fieldForCode: Record<string, string> = {}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const codeField = serverError instanceof ApiError ? fieldForCode[serverError.code] : undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: without t on purpose: switching language must not count as new errors (which would move focus into the form).
  const serverErrors = useMemo(
    () => (codeField ? { [codeField]: [errorMessage(t, serverError)] } : fieldErrorsOf(serverError)),
    [serverError, codeField],
  );
  const errors = Object.keys(clientErrors).length > 0 ? clientErrors : serverErrors;

  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  /** Runs the checks; returns true when the form may be sent. */
  function check(found: Record<string, string | undefined>): boolean {
    const next: FieldErrors = {};
    for (const [path, message] of Object.entries(found)) if (message) next[path] = [message];
    setClientErrors(next);
    return Object.keys(next).length === 0;
  }

  return {
    formRef,
    errors,
    check,
    errorFor: (path: string) => errorsAt(errors, path),
    /** True when the server error is fully shown beside a field, so no separate alert is needed. */
    placedByCode: Boolean(codeField),
  };
}

export function required(t: TFunction, value: string): string | undefined {
  return value.trim() ? undefined : t("validation.required");
}

export function emailProblem(t: TFunction, value: string): string | undefined {
  if (!value.trim()) return t("validation.required");
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? undefined : t("validation.email");
}

export const PASSWORD_MIN = 10;
const PASSWORD_MAX = 128;

export function newPasswordProblem(t: TFunction, value: string): string | undefined {
  if (value.length < PASSWORD_MIN) return t("validation.passwordTooShort", { min: PASSWORD_MIN });
  if (value.length > PASSWORD_MAX) return t("validation.passwordTooLong", { max: PASSWORD_MAX });
  return undefined;
}

/** Empty is fine; otherwise it must be an http(s) address, as the API requires. */
export function optionalUrlProblem(t: TFunction, value: string): string | undefined {
  if (!value.trim()) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? undefined : t("validation.url");
  } catch {
    return t("validation.url");
  }
}
