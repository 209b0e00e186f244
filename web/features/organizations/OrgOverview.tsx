import { Link, useParams } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Section, useDocumentTitle } from "../../components/Page.tsx";
import { useOrg } from "./queries.ts";

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-semibold text-slate-600">{term}</dt>
      <dd className="mt-1 whitespace-pre-line text-slate-900">{children}</dd>
    </div>
  );
}

/** Alumni (and members) reach the alumni area from here; others are not shown a door they cannot open. */
function AlumniAreaLink({ slug, member, alumnus }: { slug: string; member: boolean; alumnus: boolean }) {
  const { t } = useTranslation();
  if (!member && !alumnus) return null;
  return (
    <p className="mb-4">
      <Link to="/orgs/$slug/alumni-area" params={{ slug }} className="text-blue-800 underline">
        {member ? t("orgs.overview.alumniNetwork") : t("orgs.overview.alumniArea")}
      </Link>
    </p>
  );
}

/** Outsiders may want to meet the organization: who in their network can introduce them. */
function IntroductionLink({ slug, name }: { slug: string; name: string }) {
  const { t } = useTranslation();
  return (
    <p className="mb-4">
      <Link
        to="/network/introductions/find"
        search={{ by: "org", org: slug }}
        className="text-blue-800 underline"
      >
        {t("orgs.overview.findIntroducer", { org: name })}
      </Link>
    </p>
  );
}

/** The organization's public profile; empty fields are skipped rather than shown blank. */
export function OrgOverview() {
  const { t } = useTranslation();
  const { slug } = useParams({ from: "/orgs/$slug/" });
  const { data: org } = useOrg(slug);
  useDocumentTitle(org?.name ?? null);
  if (!org) return null; // The layout shows loading and errors.

  const website = /^https?:\/\//i.test(org.website) ? org.website : "";
  const empty = !org.description && !website && !org.mission && !org.vision && org.values.length === 0;
  return (
    <Section>
      <AlumniAreaLink slug={slug} member={Boolean(org.myRole)} alumnus={org.myStanding === "alumnus"} />
      {!org.myRole && org.myStanding !== "alumnus" && <IntroductionLink slug={slug} name={org.name} />}
      {empty && <p className="text-slate-600">{t("orgs.overview.empty")}</p>}
      <dl className="flex flex-col gap-4">
        {org.description && <Item term={t("orgs.fields.description")}>{org.description}</Item>}
        {website && (
          <Item term={t("orgs.fields.website")}>
            <a href={website} rel="noopener noreferrer nofollow" className="text-blue-800 underline">
              {website}
            </a>
          </Item>
        )}
        {org.mission && <Item term={t("orgs.fields.mission")}>{org.mission}</Item>}
        {org.vision && <Item term={t("orgs.fields.vision")}>{org.vision}</Item>}
        {org.values.length > 0 && (
          <Item term={t("orgs.fields.values")}>
            <ol className="list-decimal pl-6">
              {org.values.map((v) => (
                <li key={v}>{v}</li>
              ))}
            </ol>
          </Item>
        )}
      </dl>
    </Section>
  );
}
