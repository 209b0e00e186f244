import { useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../components/Alert.tsx";
import { Section, useDocumentTitle } from "../../components/Page.tsx";
import { OrgForm, orgFormValues } from "./OrgForm.tsx";
import { useOrg, useUpdateOrg } from "./queries.ts";
import { canManage } from "./roles.ts";

export function SettingsPage() {
  const { t } = useTranslation();
  const { slug } = useParams({ from: "/orgs/$slug/settings" });
  const navigate = useNavigate();
  const { data: org } = useOrg(slug);
  const update = useUpdateOrg(slug);
  const [saved, setSaved] = useState(false);
  useDocumentTitle(org ? `${t("orgs.tabs.settings")} · ${org.name}` : t("orgs.tabs.settings"));

  if (!org) return null;
  if (!canManage(org.myRole)) return <Alert tone="info" title={t("orgs.adminsOnly")} />;

  return (
    <Section title={t("orgs.settings.title")}>
      <OrgForm
        key={org.id}
        initial={orgFormValues(org)}
        slugRequired
        submitLabel={t("orgs.settings.submit")}
        error={update.error}
        pending={update.isPending}
        after={saved && !update.isPending && <Alert tone="success" title={t("orgs.settings.saved")} />}
        onSubmit={(values) => {
          setSaved(false);
          update.mutate(values, {
            onSuccess: (next) => {
              setSaved(true);
              // A new slug is a new address; move there so reloading keeps working.
              if (next.slug !== slug) {
                void navigate({ to: "/orgs/$slug/settings", params: { slug: next.slug }, replace: true });
              }
            },
          });
        }}
      />
    </Section>
  );
}
