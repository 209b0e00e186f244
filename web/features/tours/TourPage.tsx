import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.ts";
import { Alert } from "../../components/Alert.tsx";
import { buttonClass } from "../../components/Button.tsx";
import { formatDay } from "../../components/dates.ts";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { CheckInsSection } from "../checkins/CheckInsSection.tsx";
import { CompleteTourForm } from "./CompleteTourForm.tsx";
import { EndEarlyForm } from "./EndEarlyForm.tsx";
import { termsOf, useTour } from "./queries.ts";
import { StatusBadge } from "./StatusBadge.tsx";
import { TermsView } from "./TermsView.tsx";
import { type Panel, TourActions } from "./TourActions.tsx";
import { TourEditorPanel } from "./TourEditorPanel.tsx";
import { TourOutcome } from "./TourOutcome.tsx";
import { TourTimeline } from "./TourTimeline.tsx";
import { VersionsSection } from "./VersionsSection.tsx";

/** One tour of duty: who, the terms, what each side may do now, check-ins, history and versions. */
export function TourPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: "/tours/$id" });
  const tour = useTour(id);
  const [panel, setPanel] = useState<Panel>(null);

  if (tour.isPending) return <Spinner />;
  if (isApiError(tour.error, "TOUR_NOT_FOUND") || isApiError(tour.error, "NOT_FOUND")) {
    return (
      <Page title={t("tours.notFound.title")}>
        <EmptyState title={t("tours.notFound.title")}>{t("tours.notFound.body")}</EmptyState>
      </Page>
    );
  }
  if (tour.isError) return <ErrorAlert error={tour.error} />;

  const data = tour.data;
  const terms = termsOf(data);
  const close = () => setPanel(null);
  return (
    <Page
      title={terms.title}
      actions={
        <Link to="/tours/$id/statement" params={{ id }} className={buttonClass("secondary")}>
          {t("tours.statement.link")}
        </Link>
      }
    >
      <div className="-mt-4 flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={data.status} testId="tour-status" />
          <span className="text-slate-700">{t(`tours.types.${terms.type}`)}</span>
          <Link to="/orgs/$slug" params={{ slug: data.org.slug }} className="text-blue-800 underline">
            {data.org.name}
          </Link>
        </div>
        <p className="text-slate-700">
          {t("tours.parties", {
            person: data.person.displayName,
            sponsor: data.sponsor?.displayName ?? t("tours.noSponsor"),
          })}
        </p>
        <p className="text-sm text-slate-600">
          {data.mySide
            ? t("tours.youActFor", { side: t(`tours.sides.${data.mySide}`) })
            : t("tours.readOnly")}
          {data.reviewOpensOn &&
            !data.endedOn &&
            ` · ${t("tours.reviewOpensOn", { date: formatDay(data.reviewOpensOn) })}`}
        </p>
      </div>
      {data.status === "in_review" && <Alert tone="info" title={t("tours.inReviewNotice")} />}
      <TourOutcome tour={data} />
      <TourActions tour={data} panel={panel} onPanel={setPanel} />
      {panel === "endEarly" && <EndEarlyForm tour={data} onClose={close} />}
      {panel === "complete" && <CompleteTourForm tour={data} onClose={close} />}
      {panel === "edit" || panel === "amend" ? (
        <TourEditorPanel tour={data} mode={panel} onClose={close} />
      ) : (
        <Section
          title={
            data.agreedVersion > 0
              ? t("tours.termsAgreed", { version: data.agreedVersion })
              : t("tours.termsDraft")
          }
        >
          <TermsView terms={terms} sponsorName={data.sponsor?.displayName ?? null} />
        </Section>
      )}
      {data.agreedVersion > 0 && <CheckInsSection tour={data} />}
      <TourTimeline tour={data} />
      <VersionsSection tour={data} />
    </Page>
  );
}
