import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ALUMNI_TIERS, type AlumniTier } from "../../../shared/affiliations/constants.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Section, useDocumentTitle } from "../../components/Page.tsx";
import { Select } from "../../components/Select.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useDegrees } from "../network/queries.ts";
import { useOrg } from "../organizations/queries.ts";
import { canManage } from "../organizations/roles.ts";
import { AlumniRow } from "./AlumniRow.tsx";
import { PendingDepartures } from "./PendingDepartures.tsx";
import { useAlumni } from "./queries.ts";

/** The alumni network as admins manage it: search, tiers, removals, and departures to confirm. */
export function AlumniAdminPage() {
  const { t } = useTranslation();
  const { slug } = useParams({ from: "/orgs/$slug/alumni" });
  const { data: org } = useOrg(slug);
  const admin = canManage(org?.myRole);
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  const [tier, setTier] = useState<AlumniTier | "">("");
  const alumni = useAlumni(slug, { q: q || undefined, tier: tier || undefined }, admin);
  const degrees = useDegrees(alumni.items.map((a) => a.userId));
  useDocumentTitle(org ? `${t("orgs.tabs.alumni")} · ${org.name}` : t("orgs.tabs.alumni"));

  if (!org) return null;
  if (!admin) return <Alert tone="info" title={t("orgs.adminsOnly")} />;

  return (
    <div className="flex flex-col gap-6">
      <PendingDepartures slug={slug} />
      <Section title={t("alumni.title")}>
        <div className="flex flex-col gap-4">
          <search>
            <form
              className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] sm:items-end"
              onSubmit={(e) => {
                e.preventDefault();
                setQ(text.trim());
              }}
            >
              <TextField label={t("alumni.search")} value={text} onChange={setText} maxLength={100} />
              <Select<AlumniTier | "">
                label={t("alumni.tier")}
                value={tier}
                onChange={setTier}
                options={[
                  { value: "", label: t("alumni.allTiers") },
                  ...ALUMNI_TIERS.map((v) => ({ value: v, label: t(`alumni.tiers.${v}`) })),
                ]}
              />
              <Button type="submit" variant="secondary">
                {t("people.search")}
              </Button>
            </form>
          </search>
          {alumni.isPending && <Spinner />}
          {alumni.isError && <ErrorAlert error={alumni.error} />}
          {alumni.isSuccess && alumni.items.length === 0 && (
            <EmptyState title={q || tier ? t("alumni.noMatches") : t("alumni.none")}>
              {t("alumni.noneHint")}
            </EmptyState>
          )}
          <ul className="flex flex-col gap-3">
            {alumni.items.map((a) => (
              <AlumniRow key={a.userId} slug={slug} alumnus={a} degree={degrees.degreeOf(a.userId)} />
            ))}
          </ul>
          <LoadMore {...alumni} />
        </div>
      </Section>
    </div>
  );
}
