import { Link, useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { TOUR_STATUSES, type TourStatus } from "../../../shared/tours/constants.ts";
import type { TourSummary } from "../../../shared/tours/schemas.ts";
import { Alert } from "../../components/Alert.tsx";
import { buttonClass } from "../../components/Button.tsx";
import { formatDay } from "../../components/dates.ts";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { useDocumentTitle } from "../../components/Page.tsx";
import { Select } from "../../components/Select.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { useOrg } from "../organizations/queries.ts";
import { canManage } from "../organizations/roles.ts";
import { useOrgTours } from "./queries.ts";
import { StatusBadge } from "./StatusBadge.tsx";

function TourRow({ tour }: { tour: TourSummary }) {
  const { t } = useTranslation();
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <Link to="/tours/$id" params={{ id: tour.id }} className="font-semibold text-blue-800 underline">
          {tour.title}
        </Link>
        <p className="text-sm text-slate-700">
          {t(`tours.types.${tour.type}`)} · {t("tours.list.person", { name: tour.person.displayName })}
          {tour.sponsor && ` · ${t("tours.list.sponsor", { name: tour.sponsor.displayName })}`}
        </p>
        <p className="text-sm text-slate-600">
          {tour.plannedEndDate
            ? t("tours.list.dates", { start: formatDay(tour.startDate), end: formatDay(tour.plannedEndDate) })
            : t("tours.list.openEnded", { start: formatDay(tour.startDate) })}
        </p>
      </div>
      <StatusBadge status={tour.status} />
    </li>
  );
}

/** The organization's tours: all of them for admins, otherwise the ones the viewer is part of. */
export function OrgToursPage() {
  const { t } = useTranslation();
  const { slug } = useParams({ from: "/orgs/$slug/tours" });
  const { status } = useSearch({ from: "/orgs/$slug/tours" });
  const navigate = useNavigate({ from: "/orgs/$slug/tours" });
  const { data: org } = useOrg(slug);
  const isMember = Boolean(org?.myRole);
  const tours = useOrgTours(slug, status, isMember);
  useDocumentTitle(org ? `${t("orgs.tabs.tours")} · ${org.name}` : t("orgs.tabs.tours"));

  if (!org) return null;
  if (!isMember) return <Alert tone="info" title={t("orgs.membersOnly")} />;

  const newTour = (
    <Link to="/orgs/$slug/tours/new" params={{ slug }} className={buttonClass()}>
      {t("tours.new.link")}
    </Link>
  );
  return (
    <section aria-labelledby="tours-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="tours-heading" className="text-xl font-semibold">
          {t("orgs.tabs.tours")}
        </h2>
        {newTour}
      </div>
      <p className="text-slate-700">
        {canManage(org.myRole) ? t("tours.list.allHint") : t("tours.list.mineHint")}
      </p>
      <div className="sm:w-64">
        <Select<TourStatus | "">
          label={t("tours.list.filter")}
          value={status ?? ""}
          onChange={(v) => void navigate({ search: { status: v || undefined } })}
          options={[
            { value: "", label: t("tours.list.allStatuses") },
            ...TOUR_STATUSES.map((s) => ({ value: s, label: t(`tours.status.${s}`) })),
          ]}
        />
      </div>
      {tours.isPending && <Spinner />}
      {tours.isError && <ErrorAlert error={tours.error} />}
      {tours.isSuccess && tours.items.length === 0 && (
        <EmptyState title={status ? t("tours.list.noneWithStatus") : t("tours.list.none")}>
          {t("tours.list.noneHint")}
        </EmptyState>
      )}
      <ul className="flex flex-col gap-3">
        {tours.items.map((tour) => (
          <TourRow key={tour.id} tour={tour} />
        ))}
      </ul>
      <LoadMore {...tours} />
    </section>
  );
}
