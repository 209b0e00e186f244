import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { GivenItem, Thanks } from "../../../shared/pay-forward/schemas.ts";
import { Button } from "../../components/Button.tsx";
import { formatDay } from "../../components/dates.ts";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { usePayForward } from "../introductions/queries.ts";

function GivenRow({ item }: { item: GivenItem }) {
  const { t } = useTranslation();
  const requester = item.requester.displayName || t("introductions.someone");
  const target = item.target.displayName || t("introductions.someone");
  return (
    <li className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-4">
      <Link
        to="/introductions/$id"
        params={{ id: item.id }}
        className="font-semibold break-words text-blue-800 underline"
      >
        <span aria-hidden="true">
          {requester} → {target}
        </span>
        <span className="sr-only">{t("introductions.item.label", { requester, target })}</span>
      </Link>
      <p className="text-sm text-slate-600">
        {t("payForward.given.madeOn", { date: formatDay(item.completedAt) })}
        {item.thanked && ` · ${t("payForward.given.thanked", { name: requester })}`}
      </p>
    </li>
  );
}

function ThanksRow({ thanks }: { thanks: Thanks }) {
  const { t } = useTranslation();
  const from = thanks.from.displayName || t("introductions.someone");
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
      <p className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span className="font-semibold break-words text-slate-900">
          {t("payForward.received.from", { name: from })}
        </span>
        <span className="text-sm text-slate-600">{formatDay(thanks.createdAt)}</span>
      </p>
      {thanks.message ? (
        <blockquote className="border-l-4 border-slate-200 pl-3 break-words whitespace-pre-line text-slate-900">
          {thanks.message}
        </blockquote>
      ) : (
        <p className="text-sm text-slate-600">{t("payForward.received.noMessage")}</p>
      )}
      {thanks.subject.kind === "introduction" && (
        <p>
          <Link
            to="/introductions/$id"
            params={{ id: thanks.subject.id }}
            className="text-sm text-blue-800 underline"
          >
            {t("payForward.received.link")}
          </Link>
        </p>
      )}
    </li>
  );
}

/**
 * My pay-forward record, visible to me alone: the introductions I made that went through, and the thanks
 * I received. Counts are plain facts; there are no points and no ranking against anyone.
 */
export function PayForwardPage() {
  const { t } = useTranslation();
  const record = usePayForward();

  return (
    <Page
      title={t("payForward.title")}
      actions={
        <Link to="/introductions" className="self-center text-blue-800 underline">
          {t("payForward.introductionsLink")}
        </Link>
      }
    >
      <p className="-mt-2 text-slate-700">{t("payForward.intro")}</p>
      {record.isPending && <Spinner label={t("payForward.loading")} />}
      {record.isError && (
        <div className="flex flex-col gap-2">
          <ErrorAlert error={record.error} />
          <div>
            <Button variant="secondary" size="sm" onClick={() => void record.refetch()}>
              {t("introductions.retry")}
            </Button>
          </div>
        </div>
      )}
      {record.data && (
        <>
          <section aria-labelledby="given-heading" className="flex flex-col gap-3">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <h2 id="given-heading" className="text-xl font-semibold text-slate-900">
                {t("payForward.given.title")}
              </h2>
              {record.data.given.introductionsMade > 0 && (
                <p className="text-slate-700">
                  {t("payForward.given.count", { count: record.data.given.introductionsMade })}
                </p>
              )}
            </div>
            {record.data.given.items.length === 0 ? (
              <EmptyState
                title={t("payForward.given.empty")}
                action={
                  <Link to="/introductions" className="text-blue-800 underline">
                    {t("payForward.given.emptyAction")}
                  </Link>
                }
              >
                {t("payForward.given.emptyHint")}
              </EmptyState>
            ) : (
              <ul aria-labelledby="given-heading" className="flex flex-col gap-3">
                {record.data.given.items.map((item) => (
                  <GivenRow key={item.id} item={item} />
                ))}
              </ul>
            )}
            {record.data.given.items.length < record.data.given.introductionsMade && (
              <p className="text-sm text-slate-600">
                {t("payForward.showing", { shown: record.data.given.items.length })}
              </p>
            )}
          </section>
          <section aria-labelledby="received-heading" className="flex flex-col gap-3">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <h2 id="received-heading" className="text-xl font-semibold text-slate-900">
                {t("payForward.received.title")}
              </h2>
              {record.data.received.thanksCount > 0 && (
                <p className="text-slate-700">
                  {t("payForward.received.count", { count: record.data.received.thanksCount })}
                </p>
              )}
            </div>
            {record.data.received.items.length === 0 ? (
              <EmptyState title={t("payForward.received.empty")}>
                {t("payForward.received.emptyHint")}
              </EmptyState>
            ) : (
              <ul aria-labelledby="received-heading" className="flex flex-col gap-3">
                {record.data.received.items.map((thanks) => (
                  <ThanksRow key={thanks.id} thanks={thanks} />
                ))}
              </ul>
            )}
            {record.data.received.items.length < record.data.received.thanksCount && (
              <p className="text-sm text-slate-600">
                {t("payForward.showing", { shown: record.data.received.items.length })}
              </p>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
