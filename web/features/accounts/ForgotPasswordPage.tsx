import { useMutation } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { TextField } from "../../components/TextField.tsx";
import { emailProblem, useFormErrors } from "../../components/useFormErrors.ts";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const request = useMutation({
    mutationFn: (body: { email: string }) => api("POST", "/auth/request-password-reset", body),
  });
  const form = useFormErrors(request.error);

  return (
    <Page title={t("accounts.forgot.title")} narrow>
      {request.isSuccess ? (
        // Same answer whether or not the account exists, so this page cannot reveal who has an account.
        <Alert tone="success" title={t("accounts.forgot.sentTitle")}>
          {t("accounts.forgot.sent", { email: request.variables.email })}
        </Alert>
      ) : (
        <Section>
          <p className="mb-4 text-slate-700">{t("accounts.forgot.intro")}</p>
          <form
            ref={form.formRef}
            noValidate
            className="flex flex-col gap-4"
            onSubmit={(e) => {
              e.preventDefault();
              if (form.check({ email: emailProblem(t, email) })) request.mutate({ email: email.trim() });
            }}
          >
            <TextField
              label={t("fields.email")}
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={form.errorFor("email")}
            />
            <ErrorAlert error={request.error} placed={["email"]} />
            <Button type="submit" loading={request.isPending}>
              {t("accounts.forgot.submit")}
            </Button>
          </form>
        </Section>
      )}
      <p>
        <Link to="/sign-in" className="text-blue-800 underline">
          {t("accounts.backToSignIn")}
        </Link>
      </p>
    </Page>
  );
}
