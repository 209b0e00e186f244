import { Link, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.ts";
import { Alert } from "../../components/Alert.tsx";
import { formatDay } from "../../components/dates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Section, useDocumentTitle } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { Badge } from "../alliance/StageList.tsx";
import { DegreeBadge } from "../network/DegreeBadge.tsx";
import { useDegrees } from "../network/queries.ts";
import { Term } from "../tours/TermsView.tsx";
import { useAlumniArea } from "./queries.ts";

/**
 * Where alumni stay part of the organization: its mission and values, their own standing, and the alumni
 * directory. Members may open it too; everyone else is told who it is for.
 */
export function AlumniAreaPage() {
  const { t } = useTranslation();
  const { slug } = useParams({ from: "/orgs/$slug/alumni-area" });
  const area = useAlumniArea(slug);
  const degrees = useDegrees(area.alumni.map((a) => a.userId));
  useDocumentTitle(area.area ? `${t("alumni.area.title")} · ${area.area.org.name}` : t("alumni.area.title"));

  if (area.isPending) return <Spinner />;
  if (isApiError(area.error, "FORBIDDEN")) return <Alert tone="info" title={t("alumni.area.forbidden")} />;
  if (area.isError || !area.area) return <ErrorAlert error={area.error} />;

  const { org, me } = area.area;
  return (
    <div className="flex flex-col gap-6">
      <Section title={t("alumni.area.title")}>
        <div className="flex flex-col gap-4">
          <p className="text-slate-700">{t("alumni.area.intro", { org: org.name })}</p>
          <dl className="grid gap-4 sm:grid-cols-3">
            <Term term={t("alumni.area.standing")}>{t(`timeline.standing.${me.standing}`)}</Term>
            <Term term={t("alumni.tier")}>{me.alumniTier ? t(`alumni.tiers.${me.alumniTier}`) : "—"}</Term>
            <Term term={t("alumni.area.lastDay")}>{me.lastDay ? formatDay(me.lastDay) : "—"}</Term>
          </dl>
          <p>
            <Link to="/timeline" className="text-blue-800 underline">
              {t("alumni.area.myHistory")}
            </Link>
          </p>
        </div>
      </Section>
      <Section title={t("alumni.area.orgTitle", { org: org.name })}>
        <dl className="flex flex-col gap-4">
          {org.mission && <Term term={t("orgs.fields.mission")}>{org.mission}</Term>}
          {org.vision && <Term term={t("orgs.fields.vision")}>{org.vision}</Term>}
          {org.values.length > 0 && (
            <Term term={t("orgs.fields.values")}>
              <ol className="list-decimal pl-6">
                {org.values.map((v) => (
                  <li key={v}>{v}</li>
                ))}
              </ol>
            </Term>
          )}
          {!org.mission && !org.vision && org.values.length === 0 && (
            <p className="text-slate-600">{t("orgs.overview.empty")}</p>
          )}
        </dl>
      </Section>
      <Section title={t("alumni.area.directory")}>
        {area.alumni.length === 0 ? (
          <p className="text-slate-600">{t("alumni.none")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {area.alumni.map((a) => (
              <li key={a.userId} className="flex flex-wrap items-center gap-2">
                <Link to="/people/$id" params={{ id: a.userId }} className="text-blue-800 underline">
                  {a.displayName}
                </Link>
                <DegreeBadge degree={degrees.degreeOf(a.userId)} />
                {a.headline && <span className="text-slate-700">{a.headline}</span>}
                {a.tier === "distinguished" && <Badge>{t("alumni.tiers.distinguished")}</Badge>}
                {a.boomerang && <Badge tone="boomerang">{t("timeline.boomerang")}</Badge>}
              </li>
            ))}
          </ul>
        )}
        <div className="mt-3">
          <LoadMore {...area} />
        </div>
      </Section>
    </div>
  );
}
