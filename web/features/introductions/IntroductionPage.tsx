import { Link, useParams } from "@tanstack/react-router";
import type { TFunction } from "i18next";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Introduction } from "../../../shared/introductions/schemas.ts";
import { isApiError } from "../../api/client.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { ConfirmButton } from "../../components/ConfirmButton.tsx";
import { formatDay } from "../../components/dates.ts";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { errorMessage } from "../../components/errorMessage.ts";
import { Page, Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { IntroductionChain } from "./IntroductionChain.tsx";
import { IntroductionStatusBadge } from "./IntroductionStatusBadge.tsx";
import { OutcomeSection } from "./OutcomeSection.tsx";
import { nextPerson, partiesOf } from "./people.ts";
import { type IntroductionCommand, useIntroduction, useIntroductionCommand } from "./queries.ts";
import { RespondSection } from "./RespondSection.tsx";
import { ThanksSection } from "./ThanksSection.tsx";

function titleOf(t: TFunction, intro: Introduction): string {
  const p = partiesOf(t, intro);
  if (intro.role === "requester") return t("introductions.detail.titleRequester", { target: p.targetName });
  if (intro.role === "target") return t("introductions.detail.titleTarget", { requester: p.requesterName });
  return t("introductions.detail.titleIntermediary", { requester: p.requesterName, target: p.targetName });
}

/** A sentence on where the introduction stands for this viewer; nothing when the sections say it all. */
function statusNote(t: TFunction, intro: Introduction): string | null {
  const p = partiesOf(t, intro);
  switch (intro.status) {
    case "pending":
      if (intro.role === "requester") return t("introductions.statusNote.pendingRequester");
      return intro.myStep?.state === "accepted" ? t("introductions.statusNote.pendingPassedOn") : null;
    case "accepted":
      return intro.role === "intermediary" ? t("introductions.statusNote.madeIntermediary") : null;
    case "not_completed":
      return intro.role === "requester"
        ? t("introductions.statusNote.notCompletedRequester")
        : t("introductions.statusNote.notCompleted");
    case "withdrawn":
      return intro.role === "requester"
        ? t("introductions.statusNote.withdrawnRequester")
        : t("introductions.statusNote.withdrawn", { requester: p.requesterName });
  }
}

/** What the last command did, said once it is done. */
function doneMessage(t: TFunction, command: IntroductionCommand, intro: Introduction): string | null {
  if (command.kind === "withdraw") return t("introductions.withdraw.done");
  if (command.kind !== "respond") return null;
  if (command.decision === "decline") return t("introductions.respond.declined");
  return intro.status === "accepted"
    ? t("introductions.respond.acceptedMade")
    : t("introductions.respond.acceptedPassedOn");
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t("introductions.notFound.title")}>
      <EmptyState
        title={t("introductions.notFound.title")}
        action={
          <Link to="/introductions" className="text-blue-800 underline">
            {t("introductions.notFound.back")}
          </Link>
        }
      >
        {t("introductions.notFound.body")}
      </EmptyState>
    </Page>
  );
}

function Notes({ intro }: { intro: Introduction }) {
  const { t } = useTranslation();
  const notes = intro.steps.filter((s) => !s.isYou && s.note);
  if (notes.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-semibold text-slate-900">{t("introductions.notes.title")}</h3>
      <ul className="flex flex-col gap-2">
        {notes.map((s) => (
          <li key={s.position} className="rounded-md border border-slate-200 bg-slate-50 p-3">
            <p className="text-sm font-medium text-slate-700">
              {t("introductions.notes.by", { name: s.person.displayName || t("introductions.someone") })}
            </p>
            <p className="break-words whitespace-pre-line text-slate-900">{s.note}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The viewer's own answer, once given (or no longer needed). */
function OwnAnswer({ intro }: { intro: Introduction }) {
  const { t } = useTranslation();
  const own = intro.myStep;
  if (!own || own.state === "waiting") return null;
  return (
    <Section title={t("introductions.own.title")}>
      <p className="text-slate-900">
        <span className="font-medium">{t(`introductions.ownState.${own.state}`)}</span>
        {own.decidedAt && <span className="text-slate-600"> · {formatDay(own.decidedAt)}</span>}
      </p>
      {own.note && (
        <div className="mt-3">
          <p className="text-sm font-medium text-slate-700">
            {own.state === "declined" ? t("introductions.own.notePrivate") : t("introductions.own.note")}
          </p>
          <p className="break-words whitespace-pre-line text-slate-900">{own.note}</p>
        </div>
      )}
    </Section>
  );
}

/**
 * One introduction as the viewer may see it: the request and its path, then what they can do now: answer
 * it, withdraw it, or once it is made reach the other person, say what came of it and thank the people who
 * passed it on. Nobody but the person who declined ever sees who declined.
 */
export function IntroductionPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: "/introductions/$id" });
  const query = useIntroduction(id);
  const command = useIntroductionCommand(id);
  const doneRef = useRef<HTMLDivElement>(null);
  const intro = query.data;
  const done = command.isSuccess && intro ? doneMessage(t, command.variables, intro) : null;
  // Outcome errors show beside the outcome form; those of answering and withdrawing at the top.
  const topError = command.isError && command.variables.kind !== "outcome" ? command.error : null;

  // After answering or withdrawing (or a refusal), the form may be gone: focus goes to what happened.
  useEffect(() => {
    if (done || topError) doneRef.current?.focus();
  }, [done, topError]);

  if (query.isPending) return <Spinner label={t("introductions.detail.loading")} />;
  if (
    isApiError(query.error, "INTRODUCTION_NOT_FOUND") ||
    isApiError(query.error, "NOT_FOUND") ||
    isApiError(query.error, "VALIDATION_FAILED")
  ) {
    return <NotFound />;
  }
  if (!intro) {
    return (
      <div className="mx-auto flex max-w-4xl flex-col gap-2">
        <ErrorAlert error={query.error} />
        <div>
          <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
            {t("introductions.retry")}
          </Button>
        </div>
      </div>
    );
  }

  const p = partiesOf(t, intro);
  const note = statusNote(t, intro);
  const pendingDecision =
    command.isPending && command.variables.kind === "respond" ? command.variables.decision : null;
  // A refusal because the copy on screen was out of date: the page has already fetched the current one.
  const outdated =
    isApiError(topError, "INTRODUCTION_STALE") || isApiError(topError, "INTRODUCTION_INVALID_TRANSITION");
  const pathHint =
    intro.role === "requester"
      ? t("introductions.detail.pathHintRequester")
      : intro.role === "target"
        ? t("introductions.detail.pathHintTarget")
        : t("introductions.detail.pathHintIntermediary", {
            next: nextPerson(intro)?.displayName || t("introductions.someone"),
          });
  const other = intro.role === "requester" ? p.targetName : p.requesterName;

  return (
    <Page title={titleOf(t, intro)}>
      <div className="-mt-4 flex flex-col gap-2">
        <p>
          <Link to="/introductions" className="text-blue-800 underline">
            <span aria-hidden="true">← </span>
            {t("introductions.detail.back")}
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <IntroductionStatusBadge status={intro.status} />
          <span className="text-sm text-slate-600">
            {t("introductions.detail.askedOn", { date: formatDay(intro.createdAt) })}
            {intro.closedAt &&
              ` · ${
                intro.status === "accepted"
                  ? t("introductions.detail.madeOn", { date: formatDay(intro.closedAt) })
                  : t("introductions.detail.withdrawnOn", { date: formatDay(intro.closedAt) })
              }`}
          </span>
        </div>
      </div>

      {(done || topError) && (
        <div ref={doneRef} tabIndex={-1} className="focus-visible:outline-none">
          {done && <Alert tone="success" title={done} />}
          {outdated ? (
            <Alert tone="error" title={errorMessage(t, topError)}>
              {t("introductions.detail.reloaded")}
            </Alert>
          ) : (
            <ErrorAlert error={topError} />
          )}
        </div>
      )}
      {note && <Alert tone="info">{note}</Alert>}

      {intro.contact && (
        <Section title={t("introductions.contact.title")}>
          <p className="text-slate-700">{t("introductions.contact.body", { name: other })}</p>
          <dl className="mt-3 flex flex-wrap gap-x-2">
            <dt className="font-medium text-slate-900">{t("introductions.contact.email")}</dt>
            <dd className="min-w-0 break-all">
              {intro.contact.email ? (
                <a href={`mailto:${intro.contact.email}`} className="text-blue-800 underline">
                  {intro.contact.email}
                </a>
              ) : (
                t("introductions.contact.none")
              )}
            </dd>
          </dl>
          <p className="mt-3 text-sm text-slate-600">{t("introductions.contact.hint")}</p>
        </Section>
      )}

      <Section
        title={
          intro.role === "requester"
            ? t("introductions.detail.reasonMine")
            : t("introductions.detail.reason", { name: p.requesterName })
        }
      >
        <p className="break-words whitespace-pre-line text-slate-900">{intro.reason}</p>
      </Section>

      <Section title={t("introductions.detail.path")}>
        <div className="flex flex-col gap-4">
          <IntroductionChain intro={intro} />
          <p className="text-sm text-slate-600">{pathHint}</p>
          <Notes intro={intro} />
        </div>
      </Section>

      {intro.can.respond && intro.version !== null ? (
        <RespondSection
          intro={intro}
          pending={pendingDecision}
          onRespond={(decision, text, version) =>
            command.mutate({ kind: "respond", decision, note: text, version })
          }
        />
      ) : (
        <OwnAnswer intro={intro} />
      )}

      {intro.can.setOutcome && (
        <OutcomeSection
          intro={intro}
          saving={command.isPending && command.variables.kind === "outcome"}
          saved={command.isSuccess && command.variables.kind === "outcome"}
          error={command.isError && command.variables.kind === "outcome" ? command.error : null}
          onSave={(outcome) => command.mutate({ kind: "outcome", outcome })}
        />
      )}

      {intro.can.thank && <ThanksSection intro={intro} />}

      {intro.can.withdraw && (
        <Section title={t("introductions.withdraw.title")}>
          <p className="mb-3 text-slate-700">{t("introductions.withdraw.hint")}</p>
          <ConfirmButton
            label={t("introductions.withdraw.label")}
            question={t("introductions.withdraw.question", { target: p.targetName })}
            confirmLabel={t("introductions.withdraw.confirm")}
            loading={command.isPending && command.variables.kind === "withdraw"}
            onConfirm={() => command.mutate({ kind: "withdraw" })}
          />
        </Section>
      )}
    </Page>
  );
}
