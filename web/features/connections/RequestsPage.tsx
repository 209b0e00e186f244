import { Link } from "@tanstack/react-router";
import type { TFunction } from "i18next";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { DECLINE_COOLDOWN_DAYS } from "../../../shared/connections/constants.ts";
import type { ConnectionRequest, RequestBox } from "../../../shared/connections/schemas.ts";
import { isApiError } from "../../api/client.ts";
import { Button } from "../../components/Button.tsx";
import { formatDay } from "../../components/dates.ts";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Page } from "../../components/Page.tsx";
import { PersonLine } from "../../components/PersonLine.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { ConnectionsTabs, CountBadge } from "./ConnectionsTabs.tsx";
import { contextText } from "./format.ts";
import { useNotice } from "./Notice.tsx";
import {
  type RequestAction,
  requestCountText,
  useAnswerRequest,
  useOpenRequests,
  useRequests,
} from "./queries.ts";
import { RetryableError } from "./RetryableError.tsx";

/** What each answer did, in words, for the confirmation that replaces the request. */
function doneText(t: TFunction, action: RequestAction, name: string): string {
  return t(`connections.requests.done.${action}`, { name });
}

function RequestRow({
  request,
  onDone,
}: {
  request: ConnectionRequest;
  onDone: (text: string, tone?: "success" | "error") => void;
}) {
  const { t } = useTranslation();
  const nameId = useId();
  const answer = useAnswerRequest();
  const { person } = request;
  const context = contextText(t, request);
  const incoming = request.direction === "incoming";
  const act = (action: RequestAction) =>
    answer.mutate(
      { id: request.id, action },
      {
        onSuccess: () => onDone(doneText(t, action, person.displayName)),
        // Answered or withdrawn elsewhere meanwhile: the lists refresh, so say why the request moved.
        onError: (error) => {
          if (isApiError(error) && (error.status === 404 || error.status === 409))
            onDone(t("connections.requests.gone", { name: person.displayName }), "error");
        },
      },
    );
  const pending = answer.isPending ? answer.variables?.action : undefined;

  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <PersonLine nameId={nameId} person={person}>
        {context && <p className="text-sm break-words text-slate-700">{context}</p>}
        <p className="text-sm text-slate-600">
          {t("connections.requests.askedOn", { date: formatDay(request.createdAt) })}
          {request.source !== "manual" &&
            ` · ${t(`connections.requests.source.${request.direction}.${request.source}`)}`}
        </p>
      </PersonLine>
      {request.message ? (
        <figure className="rounded-md border-l-4 border-slate-300 bg-slate-50 p-3">
          <figcaption className="text-sm font-medium text-slate-700">
            {incoming ? t("connections.requests.theirMessage") : t("connections.requests.yourMessage")}
          </figcaption>
          <blockquote className="mt-1 break-words whitespace-pre-line text-slate-900">
            {request.message}
          </blockquote>
        </figure>
      ) : (
        <p className="text-sm text-slate-500">{t("connections.requests.noMessage")}</p>
      )}
      {incoming ? (
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            aria-describedby={nameId}
            loading={pending === "accept"}
            disabled={answer.isPending}
            onClick={() => act("accept")}
          >
            {t("connections.requests.accept")}
          </Button>
          <Button
            variant="secondary"
            size="sm"
            aria-describedby={nameId}
            loading={pending === "decline"}
            disabled={answer.isPending}
            onClick={() => act("decline")}
          >
            {t("connections.requests.decline")}
          </Button>
          <Button
            variant="secondary"
            size="sm"
            aria-describedby={nameId}
            loading={pending === "ignore"}
            disabled={answer.isPending}
            onClick={() => act("ignore")}
          >
            {t("connections.requests.ignore")}
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-700">{t("connections.requests.waiting")}</span>
          <Button
            variant="secondary"
            size="sm"
            aria-describedby={nameId}
            loading={answer.isPending}
            onClick={() => act("withdraw")}
          >
            {t("connections.requests.withdraw")}
          </Button>
        </div>
      )}
      {!(isApiError(answer.error) && (answer.error.status === 404 || answer.error.status === 409)) && (
        <ErrorAlert error={answer.error} />
      )}
    </li>
  );
}

function RequestBoxSection({ box }: { box: RequestBox }) {
  const { t } = useTranslation();
  const headingId = useId();
  const list = useRequests(box);
  const count = requestCountText(useOpenRequests(box).data);
  const notice = useNotice();

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <div className="flex flex-col gap-1">
        <h2 id={headingId} className="flex items-center gap-2 text-lg font-semibold text-slate-900">
          {t(`connections.requests.${box}.title`)}
          <CountBadge count={count} label={t("connections.requests.count", { n: count })} />
        </h2>
        <p className="text-slate-700">
          {t(`connections.requests.${box}.intro`, { days: DECLINE_COOLDOWN_DAYS })}
        </p>
      </div>
      {notice.view}
      {list.isPending && <Spinner />}
      {list.isError && <RetryableError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.items.length === 0 && (
        <EmptyState
          title={t(`connections.requests.${box}.empty`)}
          action={
            box === "outgoing" ? (
              <>
                <Link to="/connections" className="text-blue-800 underline">
                  {t("connections.requests.outgoing.suggestionsLink")}
                </Link>
                <Link to="/connections/import" className="text-blue-800 underline">
                  {t("connections.list.importLink")}
                </Link>
              </>
            ) : undefined
          }
        >
          {t(`connections.requests.${box}.emptyHint`)}
        </EmptyState>
      )}
      {list.items.length > 0 && (
        <ul aria-label={t(`connections.requests.${box}.title`)} className="flex flex-col gap-3">
          {list.items.map((r) => (
            <RequestRow key={r.id} request={r} onDone={(text, tone) => notice.show(text, tone)} />
          ))}
        </ul>
      )}
      <LoadMore {...list} />
    </section>
  );
}

/** Requests to connect: the ones asked of me (accept, decline, ignore) and the ones I sent (withdraw). */
export function RequestsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("connections.requests.title")}>
      <ConnectionsTabs />
      <RequestBoxSection box="incoming" />
      <RequestBoxSection box="outgoing" />
    </Page>
  );
}
