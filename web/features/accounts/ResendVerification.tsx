import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { TextField } from "../../components/TextField.tsx";
import { emailProblem, useFormErrors } from "../../components/useFormErrors.ts";

/**
 * Sends a fresh verification link. When the address is already known (just typed into another form) only the
 * button is shown; otherwise the person types it here.
 */
export function ResendVerification({ email: knownEmail }: { email?: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(knownEmail ?? "");
  const resend = useMutation({
    mutationFn: (body: { email: string }) => api("POST", "/auth/resend-verification", body),
  });
  const form = useFormErrors(resend.error);

  if (resend.isSuccess) return <Alert tone="success">{t("accounts.resend.sent")}</Alert>;

  return (
    <form
      ref={form.formRef}
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (form.check({ email: emailProblem(t, email) })) resend.mutate({ email: email.trim() });
      }}
    >
      {!knownEmail && (
        <TextField
          label={t("fields.email")}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={form.errorFor("email")}
        />
      )}
      <ErrorAlert error={resend.error} placed={["email"]} />
      <div>
        <Button type="submit" variant="secondary" loading={resend.isPending}>
          {t("accounts.resend.button")}
        </Button>
      </div>
    </form>
  );
}
