import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Tour } from "../../../shared/tours/schemas.ts";
import { Alert } from "../../components/Alert.tsx";
import { formatDay } from "../../components/dates.ts";

/** How the tour ended, and the tours before and after it in the same alliance. */
export function TourOutcome({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const links = (
    <>
      {tour.previousTourId && (
        <Link to="/tours/$id" params={{ id: tour.previousTourId }} className="text-blue-800 underline">
          {t("tours.previousTour")}
        </Link>
      )}
      {tour.nextTourId && (
        <Link to="/tours/$id" params={{ id: tour.nextTourId }} className="text-blue-800 underline">
          {t("tours.nextTour")}
        </Link>
      )}
    </>
  );
  const hasLinks = Boolean(tour.previousTourId || tour.nextTourId);

  if (tour.status === "completed") {
    return (
      <Alert
        tone="success"
        title={t("tours.completedOn", {
          date: formatDay(tour.endedOn),
          outcome: tour.outcome ? t(`tours.outcomes.${tour.outcome}`) : "",
        })}
      >
        {tour.outcomeNote && <p className="whitespace-pre-line">{tour.outcomeNote}</p>}
        {hasLinks && <p className="mt-1 flex flex-wrap gap-3">{links}</p>}
      </Alert>
    );
  }
  if (tour.status === "ended_early") {
    return (
      <Alert tone="info" title={t("tours.endedEarlyOn", { date: formatDay(tour.endedOn) })}>
        {tour.endedEarlyReason && <p className="whitespace-pre-line">{tour.endedEarlyReason}</p>}
        {hasLinks && <p className="mt-1 flex flex-wrap gap-3">{links}</p>}
      </Alert>
    );
  }
  return hasLinks ? <p className="flex flex-wrap gap-3">{links}</p> : null;
}
