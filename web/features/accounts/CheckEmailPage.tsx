import { useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Page, Section } from "../../components/Page.tsx";
import { ResendVerification } from "./ResendVerification.tsx";

/** Shown after sign-up. The answer is the same whether or not the address was already registered. */
export function CheckEmailPage() {
  const { t } = useTranslation();
  const { email } = useSearch({ from: "/check-email" });
  return (
    <Page title={t("accounts.checkEmail.title")} narrow>
      <Section>
        <p className="text-slate-800">
          {email ? t("accounts.checkEmail.sentTo", { email }) : t("accounts.checkEmail.sent")}
        </p>
        <p className="mt-2 text-slate-700">{t("accounts.checkEmail.next")}</p>
      </Section>
      <Section title={t("accounts.checkEmail.notArrived")}>
        <ResendVerification email={email} />
      </Section>
    </Page>
  );
}
