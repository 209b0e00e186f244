import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { NOTE_MAX } from "../../../shared/introductions/constants.ts";
import type { Decision, Introduction } from "../../../shared/introductions/schemas.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { formatDay } from "../../components/dates.ts";
import { Section } from "../../components/Page.tsx";
import { TextField } from "../../components/TextField.tsx";
import { nextPerson, partiesOf } from "./people.ts";

/**
 * Accept or decline, with an optional note, for the person the introduction waits on. The version read is
 * sent back: if the introduction changed meanwhile the server refuses and the page reloads it.
 */
export function RespondSection({
  intro,
  onRespond,
  pending,
}: {
  intro: Introduction;
  onRespond: (decision: Decision, note: string, version: number) => void;
  pending: Decision | null;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState("");
  const privateId = useId();
  const p = partiesOf(t, intro);
  const isTarget = intro.role === "target";
  const next = nextPerson(intro)?.displayName || t("introductions.someone");
  const version = intro.version;
  const send = (decision: Decision) => {
    if (version !== null) onRespond(decision, note.trim(), version);
  };

  return (
    <Section title={t("introductions.respond.title")}>
      <div className="flex flex-col gap-4">
        {intro.myStep?.dueAt && (
          <Alert
            tone="info"
            title={t("introductions.respond.dueBy", { date: formatDay(intro.myStep.dueAt) })}
          >
            {t("introductions.respond.dueHint")}
          </Alert>
        )}
        <p className="text-slate-700">
          {isTarget
            ? t("introductions.respond.targetHelp", { requester: p.requesterName })
            : t("introductions.respond.intermediaryHelp", { next })}
        </p>
        <TextField
          label={t("introductions.respond.note")}
          hint={
            isTarget
              ? t("introductions.respond.noteHintTarget", { requester: p.requesterName })
              : t("introductions.respond.noteHintIntermediary", { next, requester: p.requesterName })
          }
          rows={3}
          maxLength={NOTE_MAX}
          value={note}
          onChange={setNote}
        />
        <div className="flex flex-wrap gap-2">
          <Button loading={pending === "accept"} disabled={pending !== null} onClick={() => send("accept")}>
            {isTarget ? t("introductions.respond.acceptMeet") : t("introductions.respond.acceptPassOn")}
          </Button>
          <Button
            variant="secondary"
            loading={pending === "decline"}
            disabled={pending !== null}
            aria-describedby={privateId}
            onClick={() => send("decline")}
          >
            {t("introductions.respond.decline")}
          </Button>
        </div>
        <p id={privateId} className="text-sm text-slate-600">
          {t("introductions.respond.declinePrivate", { requester: p.requesterName })}
        </p>
      </div>
    </Section>
  );
}
