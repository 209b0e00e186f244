import { Link, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../shared/organizations/constants.ts";
import { isApiError } from "../../api/client.ts";
import { Alert } from "../../components/Alert.tsx";
import { formatDay } from "../../components/dates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Section, useDocumentTitle } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { TimelineOrg } from "../alliance/TimelinePage.tsx";
import { useOrg } from "../organizations/queries.ts";
import { canManage } from "../organizations/roles.ts";
import { AddStageForm } from "./AddStageForm.tsx";
import { usePersonHistory } from "./queries.ts";

/** The organization's history with one person, for its managers and admins (departure reasons included). */
export function PersonHistoryPage() {
  const { t } = useTranslation();
  const { slug, userId } = useParams({ from: "/orgs/$slug/people/$userId/history" });
  const history = usePersonHistory(slug, userId);
  const org = useOrg(slug);
  const name = history.data?.person.displayName;
  useDocumentTitle(name ? t("alumni.historyTitle", { name }) : t("alumni.historyLoading"));

  if (history.isPending) return <Spinner />;
  if (isApiError(history.error, "FORBIDDEN"))
    return <Alert tone="info" title={t("alumni.historyForbidden")} />;
  if (history.isError) return <ErrorAlert error={history.error} />;

  const data = history.data;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">
          {t("alumni.historyTitle", { name: data.person.displayName })}
        </h2>
        <Link to="/orgs/$slug/members" params={{ slug }} className="text-blue-800 underline">
          {t("alumni.backToMembers")}
        </Link>
      </div>
      <p className="text-slate-700">{t("alumni.role", { role: t(`roles.${data.role as Role}`) })}</p>
      <TimelineOrg entry={{ ...data, departures: [] }} />
      {data.departures.length > 0 && (
        <Section title={t("timeline.departures")}>
          <ul className="flex flex-col gap-2">
            {data.departures.map((d) => (
              <li key={d.id} className="text-slate-800">
                {t("timeline.lastDay", { date: formatDay(d.lastDay) })}
                {d.reasonCategory && ` · ${t(`alumni.reasons.${d.reasonCategory}`)}`}
                {" · "}
                {d.goodStanding === null
                  ? t("timeline.awaitingConfirmation")
                  : d.goodStanding
                    ? t("timeline.goodStanding")
                    : t("timeline.notGoodStanding")}
                {d.selfReported && ` · ${t("timeline.selfReported")}`}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {canManage(org.data?.myRole) && <AddStageForm slug={slug} userId={userId} />}
    </div>
  );
}
