import { Link } from "@tanstack/react-router";
import type { TFunction } from "i18next";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  IMPORT_CSV_MAX as IMPORT_FILE_MAX_BYTES,
  IMPORTS_PER_DAY,
} from "../../../shared/connections/constants.ts";
import type { BulkRequestResult, ImportMatch, ImportResult } from "../../../shared/connections/schemas.ts";
import { ApiError } from "../../api/client.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { Checkbox } from "../../components/Checkbox.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { controlClass, FieldShell } from "../../components/FieldShell.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { ConnectionsTabs } from "./ConnectionsTabs.tsx";
import { useBulkRequest, useImport } from "./queries.ts";

type BulkOutcome = BulkRequestResult["results"][number];

/** The import's refusals in plain words: the daily limit, a file too large, a file that is not the export. */
function importRefusal(t: TFunction, error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 429) {
    return error.retryAfter
      ? t("connections.import.errors.limitRetry", {
          limit: IMPORTS_PER_DAY,
          hours: Math.max(1, Math.ceil(error.retryAfter / 3600)),
        })
      : t("connections.import.errors.limit", { limit: IMPORTS_PER_DAY });
  }
  if (error.status === 413)
    return t("connections.import.errors.tooLarge", { mb: IMPORT_FILE_MAX_BYTES / 1024 / 1024 });
  if (error.status === 400 && error.code === "VALIDATION_FAILED")
    return t("connections.import.errors.notExport");
  return null;
}

/** A problem with the chosen file found before anything is sent. */
function fileProblem(t: TFunction, file: File): string | null {
  if (/\.zip$/i.test(file.name)) return t("connections.import.errors.zip");
  if (file.size > IMPORT_FILE_MAX_BYTES) {
    return t("connections.import.errors.fileTooLarge", {
      size: (file.size / 1024 / 1024).toFixed(1),
      mb: IMPORT_FILE_MAX_BYTES / 1024 / 1024,
    });
  }
  if (file.size === 0) return t("connections.import.errors.empty");
  return null;
}

function outcomeText(t: TFunction, r: BulkOutcome): string {
  if (r.outcome === "sent") return t("connections.import.outcome.sent");
  if (r.outcome === "connected") return t("connections.import.outcome.connected");
  return t(`connections.import.outcome.skipped.${r.reason ?? "unavailable"}`);
}

function StatusText({ match, outcome }: { match: ImportMatch; outcome: BulkOutcome | undefined }) {
  const { t } = useTranslation();
  if (outcome) {
    const tone = outcome.outcome === "skipped" ? "text-amber-900" : "text-green-800";
    return <p className={`text-sm font-medium ${tone}`}>{outcomeText(t, outcome)}</p>;
  }
  if (match.status === "can_request") return null;
  return (
    <p className="text-sm font-medium text-slate-700">{t(`connections.import.status.${match.status}`)}</p>
  );
}

/** What the file held, and whom in it I may ask: nothing is preselected and nothing goes until "Send". */
function Matches({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const headingId = useId();
  const bulk = useBulkRequest();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcomes, setOutcomes] = useState<Map<string, BulkOutcome>>(new Map());
  const [problem, setProblem] = useState("");
  const summaryRef = useRef<HTMLDivElement>(null);
  const askable = result.matches.filter((m) => m.status === "can_request" && !outcomes.has(m.userId));
  const sentSummary = outcomes.size > 0 ? summarize(t, [...outcomes.values()]) : null;

  useEffect(() => {
    if (sentSummary) summaryRef.current?.focus();
  }, [sentSummary]);

  const toggle = (id: string, on: boolean) => {
    setProblem("");
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t("connections.import.resultTitle")}
      </h2>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {(
          [
            ["rows", result.rows],
            ["withEmail", result.withEmail],
            ["matched", result.matches.length],
            ["unmatched", result.unmatched],
          ] as const
        ).map(([key, n]) => (
          <div key={key} className="rounded-md border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-600">{t(`connections.import.counts.${key}`)}</dt>
            <dd data-testid={`import-${key}`} className="text-xl font-semibold text-slate-900">
              {n}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-600">
        {t("connections.import.countsHint", { without: result.rows - result.withEmail })}
      </p>
      {result.matches.length === 0 ? (
        <EmptyState
          title={t("connections.import.noMatches")}
          action={
            <Link to="/people" className="text-blue-800 underline">
              {t("connections.list.findPeople")}
            </Link>
          }
        >
          {t("connections.import.noMatchesHint")}
        </EmptyState>
      ) : (
        <form
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            const ids = askable.filter((m) => selected.has(m.userId)).map((m) => m.userId);
            if (ids.length === 0) return setProblem(t("connections.import.chooseSomeone"));
            bulk.mutate(ids, {
              onSuccess: (results) => {
                setOutcomes((prev) => {
                  const next = new Map(prev);
                  for (const r of results) next.set(r.userId, r);
                  return next;
                });
                setSelected(new Set());
              },
            });
          }}
        >
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-1 font-medium text-slate-900">{t("connections.import.choose")}</legend>
            <p className="text-sm text-slate-600">{t("connections.import.chooseHint")}</p>
            {askable.length > 0 && (
              <div className="flex flex-wrap gap-2">
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={() => {
                    setProblem("");
                    setSelected(new Set(askable.map((m) => m.userId)));
                  }}
                >
                  {t("connections.import.selectAll", { count: askable.length })}
                </Button>
                <Button variant="secondary" size="sm" onClick={() => setSelected(new Set())}>
                  {t("connections.import.selectNone")}
                </Button>
              </div>
            )}
            <ul aria-label={t("connections.import.matchesLabel")} className="flex flex-col gap-2">
              {result.matches.map((m) => {
                const outcome = outcomes.get(m.userId);
                const detail = [m.position, m.company].filter(Boolean).join(" · ");
                const canPick = m.status === "can_request" && !outcome;
                return (
                  <li
                    key={m.userId}
                    className="flex flex-col gap-1 rounded-md border border-slate-200 bg-white p-3"
                  >
                    {canPick ? (
                      <Checkbox
                        label={m.displayName}
                        hint={detail ? t("connections.import.fromFile", { detail }) : undefined}
                        checked={selected.has(m.userId)}
                        disabled={bulk.isPending}
                        onChange={(on) => toggle(m.userId, on)}
                      />
                    ) : (
                      <div className="pl-7">
                        <Link
                          to="/people/$id"
                          params={{ id: m.userId }}
                          className="font-medium break-words text-blue-800 underline"
                        >
                          {m.displayName}
                        </Link>
                        {detail && (
                          <p className="text-sm break-words text-slate-600">
                            {t("connections.import.fromFile", { detail })}
                          </p>
                        )}
                      </div>
                    )}
                    <div className="pl-7">
                      {m.headline && <p className="text-sm break-words text-slate-700">{m.headline}</p>}
                      <StatusText match={m} outcome={outcome} />
                    </div>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          {sentSummary && (
            <div ref={summaryRef} tabIndex={-1} className="focus-visible:outline-none">
              <Alert tone="success" title={sentSummary}>
                <Link to="/connections/requests" className="font-medium underline">
                  {t("connections.import.seeRequests")}
                </Link>
              </Alert>
            </div>
          )}
          {askable.length > 0 && (
            <div className="flex flex-col gap-2">
              <p className="text-slate-700">{t("connections.import.nothingSent")}</p>
              {problem && (
                <p role="alert" className="text-sm font-medium text-red-700">
                  {problem}
                </p>
              )}
              <ErrorAlert error={bulk.error} />
              <div>
                <Button type="submit" loading={bulk.isPending}>
                  {t("connections.import.send", { count: selected.size })}
                </Button>
              </div>
            </div>
          )}
        </form>
      )}
    </section>
  );
}

function summarize(t: TFunction, results: BulkOutcome[]): string {
  const n = (o: BulkOutcome["outcome"]) => results.filter((r) => r.outcome === o).length;
  return t("connections.import.summary", {
    sent: n("sent"),
    connected: n("connected"),
    skipped: n("skipped"),
  });
}

/**
 * Finds my LinkedIn connections on Alliance from LinkedIn's Connections.csv: the file is read in the browser,
 * matched on the server by verified email (nothing stored), and I choose whom to ask.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const run = useImport();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [fileError, setFileError] = useState("");
  const [reading, setReading] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const refusal = importRefusal(t, run.error);

  useEffect(() => {
    if (run.data) resultRef.current?.focus();
  }, [run.data]);

  async function choose(chosen: File | undefined) {
    run.reset();
    setFile(null);
    setFileError("");
    if (!chosen) return;
    const problem = fileProblem(t, chosen);
    if (problem) return setFileError(problem);
    setReading(true);
    try {
      setFile({ name: chosen.name, text: await chosen.text() });
    } catch {
      setFileError(t("connections.import.errors.unreadable"));
    } finally {
      setReading(false);
    }
  }

  return (
    <Page title={t("connections.import.title")}>
      <ConnectionsTabs />
      <p className="text-slate-700">{t("connections.import.intro")}</p>
      <Section title={t("connections.import.howTitle")}>
        <ol className="flex list-decimal flex-col gap-2 pl-5 text-slate-800">
          <li>{t("connections.import.how.1")}</li>
          <li>{t("connections.import.how.2")}</li>
          <li>{t("connections.import.how.3")}</li>
          <li>{t("connections.import.how.4")}</li>
          <li>{t("connections.import.how.5")}</li>
        </ol>
        <p className="mt-3 text-sm text-slate-600">{t("connections.import.emailNote")}</p>
      </Section>
      <Section title={t("connections.import.fileTitle")}>
        <form
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (!file) return setFileError(fileError || t("connections.import.errors.noFile"));
            run.mutate(file.text);
          }}
        >
          <FieldShell
            label={t("connections.import.file")}
            hint={t("connections.import.fileHint", {
              mb: IMPORT_FILE_MAX_BYTES / 1024 / 1024,
              limit: IMPORTS_PER_DAY,
            })}
            error={fileError || undefined}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="file"
                accept=".csv,text/csv"
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className={`${controlClass} min-w-0`}
                onChange={(e) => void choose(e.target.files?.[0])}
              />
            )}
          </FieldShell>
          <p className="text-sm text-slate-600">{t("connections.import.privacy")}</p>
          {refusal ? <Alert tone="error" title={refusal} /> : <ErrorAlert error={run.error} />}
          <div>
            <Button type="submit" loading={run.isPending || reading}>
              {t("connections.import.find")}
            </Button>
          </div>
        </form>
      </Section>
      {run.data && (
        <div ref={resultRef} tabIndex={-1} className="focus-visible:outline-none">
          <Matches key={run.submittedAt} result={run.data} />
        </div>
      )}
    </Page>
  );
}
