import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { SessionUser } from "../../../shared/accounts/schemas.ts";
import { buttonClass } from "../../components/Button.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { OrgList } from "../organizations/OrgList.tsx";
import { useMyOrgs } from "../organizations/queries.ts";
import { useMyProfile } from "../people/queries.ts";

/** The signed-in home: what to do next, then my organizations. */
export function Dashboard({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const profile = useMyProfile();
  const orgs = useMyOrgs();
  const createOrgLink = (
    <Link to="/orgs/new" className={buttonClass()}>
      {t("home.createOrg")}
    </Link>
  );

  return (
    <Page title={t("home.welcome", { name: user.name })}>
      {profile.isError && <ErrorAlert error={profile.error} />}
      {profile.data && !profile.data.headline.trim() && (
        <Section title={t("home.completeProfile.title")}>
          <p className="text-slate-700">{t("home.completeProfile.body")}</p>
          <p className="mt-4">
            <Link to="/profile" className={buttonClass()}>
              {t("home.completeProfile.action")}
            </Link>
          </p>
        </Section>
      )}

      <Section title={t("home.alliance.title")}>
        <p className="text-slate-700">{t("home.alliance.body")}</p>
        <p className="mt-4 flex flex-wrap gap-3">
          <Link to="/alliance" className={buttonClass()}>
            {t("home.alliance.action")}
          </Link>
          <Link to="/timeline" className={buttonClass("secondary")}>
            {t("home.alliance.timeline")}
          </Link>
        </p>
      </Section>

      <section aria-labelledby="my-orgs" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="my-orgs" className="text-xl font-semibold">
            {t("home.myOrgs")}
          </h2>
          {orgs.items.length > 0 && createOrgLink}
        </div>
        {orgs.isPending && <Spinner />}
        {orgs.isError && <ErrorAlert error={orgs.error} />}
        {orgs.isSuccess && orgs.items.length === 0 && (
          <EmptyState title={t("home.noOrgs.title")} action={createOrgLink}>
            {t("home.noOrgs.body")}
          </EmptyState>
        )}
        {orgs.items.length > 0 && <OrgList orgs={orgs.items} />}
        <LoadMore {...orgs} />
      </section>
    </Page>
  );
}
