import { useMutation } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { rememberAfterVerify, safeRedirect } from "../../api/session.ts";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { TextField } from "../../components/TextField.tsx";
import {
  emailProblem,
  newPasswordProblem,
  PASSWORD_MIN,
  required,
  useFormErrors,
} from "../../components/useFormErrors.ts";

interface SignUpInput {
  name: string;
  email: string;
  password: string;
}

export function SignUpPage() {
  const { t } = useTranslation();
  const { redirect } = useSearch({ from: "/sign-up" });
  const navigate = useNavigate();
  const [values, setValues] = useState<SignUpInput>({ name: "", email: "", password: "" });
  const set = (key: keyof SignUpInput) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const signUp = useMutation({
    mutationFn: (body: SignUpInput) => api("POST", "/auth/sign-up", body),
    onSuccess: (_data, body) => {
      // The emailed link cannot carry the return path (e.g. an invitation), so keep it for after verifying.
      rememberAfterVerify(safeRedirect(redirect));
      void navigate({ to: "/check-email", search: { email: body.email } });
    },
  });
  const form = useFormErrors(signUp.error);

  return (
    <Page title={t("accounts.signUp.title")} narrow>
      <p className="text-slate-700">{t("accounts.signUp.intro")}</p>
      <Section>
        <form
          ref={form.formRef}
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            const ok = form.check({
              name: required(t, values.name),
              email: emailProblem(t, values.email),
              password: newPasswordProblem(t, values.password),
            });
            if (ok) signUp.mutate({ ...values, name: values.name.trim(), email: values.email.trim() });
          }}
        >
          <TextField
            label={t("fields.name")}
            autoComplete="name"
            maxLength={100}
            value={values.name}
            onChange={set("name")}
            error={form.errorFor("name")}
          />
          <TextField
            label={t("fields.email")}
            type="email"
            autoComplete="email"
            value={values.email}
            onChange={set("email")}
            error={form.errorFor("email")}
          />
          <TextField
            label={t("fields.password")}
            type="password"
            autoComplete="new-password"
            hint={t("accounts.passwordHint", { min: PASSWORD_MIN })}
            value={values.password}
            onChange={set("password")}
            error={form.errorFor("password")}
          />
          <ErrorAlert error={signUp.error} placed={["name", "email", "password"]} />
          <Button type="submit" loading={signUp.isPending}>
            {t("accounts.signUp.submit")}
          </Button>
        </form>
      </Section>
      <p>
        <Link to="/sign-in" search={{ redirect }} className="text-blue-800 underline">
          {t("accounts.signUp.haveAccount")}
        </Link>
      </p>
    </Page>
  );
}
