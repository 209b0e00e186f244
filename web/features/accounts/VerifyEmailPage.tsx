import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { SessionUser } from "../../../shared/accounts/schemas.ts";
import { api } from "../../api/client.ts";
import { onSignedIn, takeAfterVerify } from "../../api/session.ts";
import { Alert } from "../../components/Alert.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { ResendVerification } from "./ResendVerification.tsx";

/** Opened from the emailed link: verifies the address on arrival, which also signs the person in. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const { token } = useSearch({ from: "/verify-email" });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const started = useRef(false);

  const verify = useMutation({
    mutationFn: (body: { token: string }) => api<{ user: SessionUser }>("POST", "/auth/verify-email", body),
    onSuccess: ({ user }) => {
      onSignedIn(queryClient, user);
      void navigate({ href: takeAfterVerify() ?? "/", replace: true });
    },
  });

  useEffect(() => {
    // A token works once; React's development double-run of effects must not spend it twice.
    if (!token || started.current) return;
    started.current = true;
    verify.mutate({ token });
  }, [token, verify]);

  return (
    <Page title={t("accounts.verify.title")} narrow>
      {!token && <Alert tone="error" title={t("accounts.verify.missingToken")} />}
      {token && !verify.isError && <Spinner label={t("accounts.verify.verifying")} />}
      {verify.isError && <ErrorAlert error={verify.error} />}
      {(!token || verify.isError) && (
        <Section title={t("accounts.verify.getNewLink")}>
          <ResendVerification />
        </Section>
      )}
    </Page>
  );
}
