import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { AllianceTour } from "../../../shared/checkins/schemas.ts";
import { formatDay } from "../../components/dates.ts";
import { StatusBadge } from "../tours/StatusBadge.tsx";

/** Tours on the dashboard: what, where, with whom, and when the next check-in is due. */
export function AllianceTourList({ tours, empty }: { tours: AllianceTour[]; empty: string }) {
  const { t } = useTranslation();
  if (tours.length === 0) return <p className="text-slate-600">{empty}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {tours.map((tour) => (
        <li
          key={`${tour.id}-${tour.myPart}`}
          className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-start sm:justify-between"
        >
          <div className="min-w-0">
            <Link to="/tours/$id" params={{ id: tour.id }} className="font-semibold text-blue-800 underline">
              {tour.title}
            </Link>
            <p className="text-sm text-slate-700">
              {tour.org.name} · {t(`tours.types.${tour.type}`)} ·{" "}
              {tour.myPart === "sponsor"
                ? t("tours.list.person", { name: tour.person.displayName })
                : t("tours.list.sponsor", { name: tour.sponsor?.displayName ?? t("tours.noSponsor") })}
            </p>
            {tour.nextCheckInDue && (
              <p className={`text-sm ${tour.overdue ? "font-semibold text-red-800" : "text-slate-600"}`}>
                {tour.overdue
                  ? t("alliance.overdueSince", { date: formatDay(tour.nextCheckInDue) })
                  : t("alliance.nextCheckIn", { date: formatDay(tour.nextCheckInDue) })}
              </p>
            )}
            {tour.plannedEndDate && (
              <p className="text-sm text-slate-600">
                {t("alliance.plannedEnd", { date: formatDay(tour.plannedEndDate) })}
              </p>
            )}
          </div>
          <StatusBadge status={tour.status} />
        </li>
      ))}
    </ul>
  );
}
