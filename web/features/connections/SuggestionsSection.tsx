import { Link } from "@tanstack/react-router";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Suggestion } from "../../../shared/connections/schemas.ts";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PersonLine } from "../../components/PersonLine.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { ConnectForm, sentText } from "./ConnectForm.tsx";
import { reasonText } from "./format.ts";
import { useNotice } from "./Notice.tsx";
import { useDismissSuggestion, useSuggestions } from "./queries.ts";

function SuggestionRow({ suggestion, onDone }: { suggestion: Suggestion; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const nameId = useId();
  const [connecting, setConnecting] = useState(false);
  const connectRef = useRef<HTMLButtonElement>(null);
  const dismiss = useDismissSuggestion();
  const { person } = suggestion;

  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <PersonLine nameId={nameId} person={person} degree={suggestion.degree}>
        <ul className="text-sm text-slate-700">
          {suggestion.reasons.map((r) => (
            <li key={`${r.org.id}-${r.fromYear}`} className="break-words">
              {reasonText(t, r)}
            </li>
          ))}
        </ul>
      </PersonLine>
      {connecting ? (
        <ConnectForm
          person={person}
          source="suggestion"
          suggestedOrg={suggestion.reasons[0]?.org}
          onSent={(result) => onDone(sentText(t, result, person.displayName))}
          onCancel={() => {
            setConnecting(false);
            requestAnimationFrame(() => connectRef.current?.focus());
          }}
        />
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button ref={connectRef} size="sm" aria-describedby={nameId} onClick={() => setConnecting(true)}>
            {t("connections.suggestions.connect")}
          </Button>
          <Button
            variant="secondary"
            size="sm"
            aria-describedby={nameId}
            loading={dismiss.isPending}
            onClick={() =>
              dismiss.mutate(person.id, {
                onSuccess: () => onDone(t("connections.suggestions.dismissed", { name: person.displayName })),
              })
            }
          >
            {t("connections.suggestions.dismiss")}
          </Button>
        </div>
      )}
      <ErrorAlert error={dismiss.error} />
    </li>
  );
}

/**
 * People I may know, from overlapping time at the same organizations, with the reason. Nothing is sent
 * until I choose Connect and then Send; Dismiss stops suggesting the person.
 */
export function SuggestionsSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const suggestions = useSuggestions();
  const notice = useNotice();
  const items = suggestions.data?.items ?? [];

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <div className="flex flex-col gap-1">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {t("connections.suggestions.title")}
        </h2>
        <p className="text-slate-700">{t("connections.suggestions.intro")}</p>
      </div>
      {notice.view}
      {suggestions.isPending && <Spinner />}
      {suggestions.isError && <ErrorAlert error={suggestions.error} />}
      {suggestions.isSuccess && items.length === 0 && (
        <div className="flex flex-col gap-1">
          <p className="font-medium text-slate-900">{t("connections.suggestions.none")}</p>
          <p className="text-slate-700">
            {t("connections.suggestions.noneHint")}{" "}
            <Link to="/timeline" className="text-blue-800 underline">
              {t("connections.suggestions.timelineLink")}
            </Link>
          </p>
        </div>
      )}
      {items.length > 0 && (
        <ul aria-label={t("connections.suggestions.title")} className="flex flex-col gap-3">
          {items.map((s) => (
            <SuggestionRow key={s.person.id} suggestion={s} onDone={(text) => notice.show(text)} />
          ))}
        </ul>
      )}
    </section>
  );
}
