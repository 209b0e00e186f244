import { useTranslation } from "react-i18next";
import type { Tour } from "../../../shared/tours/schemas.ts";
import { formatDateTime, formatDay, todayIso } from "../../components/dates.ts";
import { Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { useCheckIns } from "../checkins/queries.ts";
import { termsOf, useVersions } from "./queries.ts";

interface Event {
  key: string;
  /** A calendar day (YYYY-MM-DD) or a timestamp: both sort as text. */
  when: string;
  text: string;
}

const isDay = (when: string) => when.length === 10;

/**
 * The tour's story in date order, assembled from what the page already reads: creation, each version
 * (proposal or amendment) with its signatures and agreement, the start, the review window, the check-ins
 * and the ending. Dates still to come are marked as such.
 */
export function TourTimeline({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const versions = useVersions(tour.id);
  const checkIns = useCheckIns(tour.id);
  const terms = termsOf(tour);
  const today = todayIso();
  const started =
    tour.agreedVersion > 0 && ["active", "in_review", "completed", "ended_early"].includes(tour.status);

  const events: Event[] = [{ key: "created", when: tour.createdAt, text: t("tours.timeline.created") }];
  for (const v of versions.data?.items ?? []) {
    const first = v.version === 1;
    events.push({
      key: `v${v.version}`,
      when: v.createdAt,
      text: first
        ? t("tours.timeline.proposed", { version: v.version })
        : t("tours.timeline.amendmentProposed", { version: v.version, summary: v.summary }),
    });
    for (const s of v.signatures) {
      events.push({
        key: `v${v.version}-${s.side}`,
        when: s.signedAt,
        text: t("tours.timeline.signed", {
          name: s.signerName,
          side: t(`tours.sides.${s.side}`),
          version: v.version,
        }),
      });
    }
    if (v.agreedAt) {
      events.push({
        key: `v${v.version}-agreed`,
        when: v.agreedAt,
        text: first
          ? t("tours.timeline.agreed")
          : t("tours.timeline.amendmentAgreed", { version: v.version }),
      });
    }
    if (v.status === "withdrawn") {
      events.push({
        key: `v${v.version}-withdrawn`,
        when: v.createdAt,
        text: t("tours.timeline.withdrawn", { version: v.version }),
      });
    }
  }
  if (tour.agreedVersion > 0 && tour.status !== "ended_early") {
    events.push({
      key: "start",
      when: terms.startDate,
      text: started ? t("tours.timeline.active") : t("tours.timeline.starts"),
    });
    if (tour.reviewOpensOn) {
      events.push({ key: "review", when: tour.reviewOpensOn, text: t("tours.timeline.reviewOpens") });
    }
  }
  for (const c of checkIns.items) {
    events.push({
      key: `c-${c.id}`,
      when: c.heldOn,
      text: t("tours.timeline.checkIn", { name: c.author?.displayName ?? t("checkIns.deletedAccount") }),
    });
  }
  if (tour.endedOn) {
    events.push({
      key: "end",
      when: tour.endedOn,
      text:
        tour.status === "ended_early"
          ? t("tours.timeline.endedEarly", { reason: tour.endedEarlyReason ?? "" })
          : t("tours.timeline.completed", {
              outcome: tour.outcome ? t(`tours.outcomes.${tour.outcome}`) : "",
            }),
    });
  }
  // A calendar day sorts after that day's timestamped events (a tour agreed today is active after agreeing).
  const sortKey = (when: string) => (isDay(when) ? `${when}T99` : when);
  events.sort((a, b) => sortKey(a.when).localeCompare(sortKey(b.when)));

  return (
    <Section title={t("tours.timeline.title")}>
      {versions.isPending && <Spinner />}
      <ol className="relative flex flex-col gap-3 border-l-2 border-slate-200 pl-5">
        {events.map((e) => {
          const upcoming = isDay(e.when) ? e.when > today : false;
          return (
            <li key={e.key} className="relative">
              <span
                aria-hidden="true"
                className={`absolute top-1.5 -left-[1.65rem] size-3 rounded-full ${upcoming ? "border-2 border-slate-400 bg-white" : "bg-blue-700"}`}
              />
              <p className="text-sm text-slate-600">
                {isDay(e.when) ? formatDay(e.when) : formatDateTime(e.when)}
                {upcoming && ` · ${t("tours.timeline.upcoming")}`}
              </p>
              <p className="text-slate-900">{e.text}</p>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
