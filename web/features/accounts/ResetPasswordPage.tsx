import { useMutation } from "@tanstack/react-query";
import { Link, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, isApiError } from "../../api/client.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button, buttonClass } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { TextField } from "../../components/TextField.tsx";
import { newPasswordProblem, PASSWORD_MIN, useFormErrors } from "../../components/useFormErrors.ts";

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useSearch({ from: "/reset-password" }).token ?? "";
  const [password, setPassword] = useState("");
  const reset = useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      api<void>("POST", "/auth/reset-password", body),
  });
  const form = useFormErrors(reset.error);
  const tokenRejected = !token || isApiError(reset.error, "INVALID_TOKEN");

  if (reset.isSuccess) {
    return (
      <Page title={t("accounts.reset.title")} narrow>
        <Alert tone="success" title={t("accounts.reset.done")} />
        <p>
          <Link to="/sign-in" className={buttonClass()}>
            {t("nav.signIn")}
          </Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t("accounts.reset.title")} narrow>
      {tokenRejected ? (
        <>
          {token ? (
            <ErrorAlert error={reset.error} />
          ) : (
            <Alert tone="error" title={t("accounts.reset.missingToken")} />
          )}
          <p>
            <Link to="/forgot-password" className="text-blue-800 underline">
              {t("accounts.reset.requestNew")}
            </Link>
          </p>
        </>
      ) : (
        <Section>
          <form
            ref={form.formRef}
            noValidate
            className="flex flex-col gap-4"
            onSubmit={(e) => {
              e.preventDefault();
              if (form.check({ password: newPasswordProblem(t, password) }))
                reset.mutate({ token, password });
            }}
          >
            <TextField
              label={t("fields.newPassword")}
              type="password"
              autoComplete="new-password"
              hint={t("accounts.passwordHint", { min: PASSWORD_MIN })}
              value={password}
              onChange={setPassword}
              error={form.errorFor("password")}
            />
            <ErrorAlert error={reset.error} placed={["password"]} />
            <Button type="submit" loading={reset.isPending}>
              {t("accounts.reset.submit")}
            </Button>
          </form>
        </Section>
      )}
    </Page>
  );
}
