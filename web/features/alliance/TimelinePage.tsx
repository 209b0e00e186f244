import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { TOUR_STATUSES, type TourStatus } from "../../../shared/tours/constants.ts";
import { formatDay } from "../../components/dates.ts";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import type { TimelineEntry } from "../alumni/types.ts";
import { StatusBadge } from "../tours/StatusBadge.tsx";
import { useMyTimeline } from "./queries.ts";
import { Badge, StageList } from "./StageList.tsx";

const isStatus = (s: string): s is TourStatus => (TOUR_STATUSES as readonly string[]).includes(s);

/** One organization in my history: how I stand, my stages, my tours and departures. */
export function TimelineOrg({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  return (
    <Section>
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="text-lg font-semibold">
            <Link
              to={entry.standing === "member" ? "/orgs/$slug" : "/orgs/$slug/alumni-area"}
              params={{ slug: entry.org.slug }}
              className="text-blue-800 underline"
            >
              {entry.org.name}
            </Link>
          </h2>
          <Badge>{t(`timeline.standing.${entry.standing}`)}</Badge>
          {entry.boomerang && <Badge tone="boomerang">{t("timeline.boomerang")}</Badge>}
          {entry.alumniTier && (
            <Badge>{t("timeline.tier", { tier: t(`alumni.tiers.${entry.alumniTier}`) })}</Badge>
          )}
        </div>
        <StageList stages={entry.affiliations} />
        <div>
          <h3 className="mb-2 font-semibold">{t("timeline.tours")}</h3>
          {entry.tours.length === 0 ? (
            <p className="text-slate-600">{t("timeline.noTours")}</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {entry.tours.map((tour) => (
                <li key={tour.id} className="flex flex-wrap items-center gap-2">
                  <Link to="/tours/$id" params={{ id: tour.id }} className="text-blue-800 underline">
                    {tour.title}
                  </Link>
                  {isStatus(tour.status) && <StatusBadge status={tour.status} />}
                  <span className="text-sm text-slate-600">
                    {formatDay(tour.startDate)} –{" "}
                    {formatDay(tour.endedOn ?? tour.plannedEndDate) || t("tours.openEnded")}
                    {" · "}
                    {t("timeline.checkIns", { count: tour.checkIns })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        {entry.departures.length > 0 && (
          <div>
            <h3 className="mb-2 font-semibold">{t("timeline.departures")}</h3>
            <ul className="flex flex-col gap-1 text-slate-800">
              {entry.departures.map((d) => (
                <li key={d.lastDay}>
                  {t("timeline.lastDay", { date: formatDay(d.lastDay) })}
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
          </div>
        )}
      </div>
    </Section>
  );
}

/** My alliance timeline with every organization, kept for life, also after leaving. */
export function TimelinePage() {
  const { t } = useTranslation();
  const timeline = useMyTimeline();
  return (
    <Page title={t("timeline.title")}>
      <p className="text-slate-700">{t("timeline.intro")}</p>
      {timeline.isPending && <Spinner />}
      {timeline.isError && <ErrorAlert error={timeline.error} />}
      {timeline.data?.items.length === 0 && (
        <EmptyState title={t("timeline.empty")}>{t("timeline.emptyHint")}</EmptyState>
      )}
      {timeline.data?.items.map((entry) => (
        <TimelineOrg key={entry.org.id} entry={entry} />
      ))}
    </Page>
  );
}
