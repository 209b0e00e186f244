import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SessionUser } from "../../../shared/accounts/schemas.ts";
import { api, isApiError } from "../../api/client.ts";
import { onSignedIn, safeRedirect } from "../../api/session.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { errorMessage } from "../../components/errorMessage.ts";
import { Page, Section } from "../../components/Page.tsx";
import { TextField } from "../../components/TextField.tsx";
import { emailProblem, required, useFormErrors } from "../../components/useFormErrors.ts";
import { ResendVerification } from "./ResendVerification.tsx";

export function SignInPage() {
  const { t } = useTranslation();
  const { redirect } = useSearch({ from: "/sign-in" });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  const signIn = useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      api<{ user: SessionUser }>("POST", "/auth/sign-in", body),
    onSuccess: ({ user }) => {
      onSignedIn(queryClient, user);
      void navigate({ href: safeRedirect(redirect) ?? "/" });
    },
  });
  const form = useFormErrors(signIn.error);
  const notVerified = isApiError(signIn.error, "EMAIL_NOT_VERIFIED");

  return (
    <Page title={t("accounts.signIn.title")} narrow>
      <Section>
        <form
          ref={form.formRef}
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            const ok = form.check({ email: emailProblem(t, email), password: required(t, password) });
            if (ok) signIn.mutate({ email: email.trim(), password });
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
          <TextField
            label={t("fields.password")}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={form.errorFor("password")}
          />
          {notVerified ? (
            <Alert tone="error" title={errorMessage(t, signIn.error)} />
          ) : (
            <ErrorAlert error={signIn.error} placed={["email", "password"]} />
          )}
          <Button type="submit" loading={signIn.isPending}>
            {t("accounts.signIn.submit")}
          </Button>
        </form>
        {notVerified && (
          <div className="mt-4">
            <ResendVerification email={email.trim()} />
          </div>
        )}
      </Section>
      <p className="flex flex-wrap justify-between gap-2">
        <Link to="/forgot-password" className="text-blue-800 underline">
          {t("accounts.signIn.forgot")}
        </Link>
        <Link to="/sign-up" search={{ redirect }} className="text-blue-800 underline">
          {t("accounts.signIn.noAccount")}
        </Link>
      </p>
    </Page>
  );
}
