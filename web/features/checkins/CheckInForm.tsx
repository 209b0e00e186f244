import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CHECK_IN_TEXT_MAX, PRIVATE_NOTE_MAX } from "../../../shared/checkins/constants.ts";
import { Button } from "../../components/Button.tsx";
import { todayIso } from "../../components/dates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { TextField } from "../../components/TextField.tsx";
import { required, useFormErrors } from "../../components/useFormErrors.ts";

export interface CheckInDraft {
  heldOn: string;
  progress: string;
  companyDelivered: string;
  personDelivered: string;
  blockers: string;
  nextSteps: string;
  sharedNotes: string;
  privateNote: string;
}

const SHARED = [
  "progress",
  "companyDelivered",
  "personDelivered",
  "blockers",
  "nextSteps",
  "sharedNotes",
] as const;

export const emptyCheckIn = (): CheckInDraft => ({
  heldOn: todayIso(),
  progress: "",
  companyDelivered: "",
  personDelivered: "",
  blockers: "",
  nextSteps: "",
  sharedNotes: "",
  privateNote: "",
});

/**
 * A check-in: how the mission is going and whether each side delivered its part of the deal. Everything is
 * shared between the two sides except the private note, which only its author ever sees.
 */
export function CheckInForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial: CheckInDraft;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (draft: CheckInDraft, reset: () => void) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const form = useFormErrors(error);
  const set = (key: keyof CheckInDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <form
      ref={form.formRef}
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        const heldOn =
          required(t, draft.heldOn) ?? (draft.heldOn > todayIso() ? t("checkIns.future") : undefined);
        if (!form.check({ heldOn })) return;
        onSubmit(draft, () => setDraft(emptyCheckIn()));
      }}
    >
      <TextField
        type="date"
        label={t("checkIns.fields.heldOn")}
        max={todayIso()}
        value={draft.heldOn}
        onChange={set("heldOn")}
        error={form.errorFor("heldOn")}
      />
      {SHARED.map((field) => (
        <TextField
          key={field}
          label={t(`checkIns.fields.${field}`)}
          rows={field === "sharedNotes" || field === "progress" ? 3 : 2}
          maxLength={CHECK_IN_TEXT_MAX}
          value={draft[field]}
          onChange={set(field)}
          error={form.errorFor(field)}
        />
      ))}
      <div className="rounded-md border border-amber-300 bg-amber-50 p-3">
        <TextField
          label={t("checkIns.fields.privateNote")}
          hint={t("checkIns.privateHint")}
          rows={2}
          maxLength={PRIVATE_NOTE_MAX}
          value={draft.privateNote}
          onChange={set("privateNote")}
          error={form.errorFor("privateNote")}
        />
      </div>
      <ErrorAlert error={error} placed={["heldOn", ...SHARED, "privateNote"]} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            {t("common.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
