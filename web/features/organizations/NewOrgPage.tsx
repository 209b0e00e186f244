import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Page, Section } from "../../components/Page.tsx";
import { emptyOrgForm, OrgForm } from "./OrgForm.tsx";
import { useCreateOrg } from "./queries.ts";

export function NewOrgPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrg();

  return (
    <Page title={t("orgs.new.title")}>
      <p className="text-slate-700">{t("orgs.new.intro")}</p>
      <Section>
        <OrgForm
          initial={emptyOrgForm}
          slugRequired={false}
          submitLabel={t("orgs.new.submit")}
          error={create.error}
          pending={create.isPending}
          onSubmit={({ slug, ...rest }) =>
            create.mutate(
              // An empty slug is left out so the server derives one from the name.
              slug ? { ...rest, slug } : rest,
              { onSuccess: (org) => void navigate({ to: "/orgs/$slug", params: { slug: org.slug } }) },
            )
          }
        />
      </Section>
    </Page>
  );
}
