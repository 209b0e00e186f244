import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TourType } from "../../../shared/tours/constants.ts";
import { Button } from "../../components/Button.tsx";
import { Select } from "../../components/Select.tsx";
import { TextField } from "../../components/TextField.tsx";
import { required, useFormErrors } from "../../components/useFormErrors.ts";
import { TermsDealFields } from "./TermsDealFields.tsx";
import { TourConflict } from "./TourConflict.tsx";
import { TourTypeField } from "./TourTypeField.tsx";
import { plannedEndFor, TERMS_LIMITS, type TermsDraft } from "./terms.ts";

export type EditorMode = "create" | "edit" | "amend";

export interface Party {
  id: string;
  name: string;
}

// Errors may come back as `title` (a new draft) or `terms.title` (edits and amendments): both are placed.
const FIELDS = [
  "personId",
  "summary",
  "type",
  "title",
  "startDate",
  "plannedEndDate",
  "sponsorId",
  "checkInCadenceMonths",
  "missionObjective",
  "companyGets",
  "personGets",
  "successMeasures",
  "servesOrgValues",
  "servesPersonValues",
  "workWorthDoing",
];
const PLACED = [...FIELDS, ...FIELDS.map((f) => `terms.${f}`)];

/**
 * The tour editor, for a new draft, for editing a draft or proposal, and for proposing an amendment (which
 * also asks why, in a sentence). The planned end follows the type and start date until edited by hand.
 */
export function TourTermsForm({
  mode,
  initial,
  sponsors,
  orgValues,
  personValues,
  personPicker,
  extraChecks = () => ({}),
  error,
  pending,
  submitLabel,
  onSubmit,
  onCancel,
  onReload,
}: {
  mode: EditorMode;
  initial: TermsDraft;
  /** Managers, admins and owners who may sponsor; undefined while loading. */
  sponsors: Party[] | undefined;
  orgValues: string[];
  personValues: string[] | null;
  personPicker?: (errorFor: (field: string) => string | undefined) => ReactNode;
  extraChecks?: (draft: TermsDraft) => Record<string, string | undefined>;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit: (draft: TermsDraft, summary: string) => void;
  onCancel?: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [summary, setSummary] = useState("");
  const [endEdited, setEndEdited] = useState(mode !== "create");
  const form = useFormErrors(error);
  const errorFor = (field: string) => form.errorFor(field) ?? form.errorFor(`terms.${field}`);

  function set<K extends keyof TermsDraft>(key: K, value: TermsDraft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
  }
  function setType(type: TourType) {
    // A new type is a new horizon: suggest its planned end (none for foundational).
    setDraft((d) => ({ ...d, type, plannedEndDate: plannedEndFor(type, d.startDate) }));
    setEndEdited(false);
  }
  function setStart(startDate: string) {
    setDraft((d) => ({
      ...d,
      startDate,
      plannedEndDate: endEdited ? d.plannedEndDate : plannedEndFor(d.type, startDate),
    }));
  }

  function submit() {
    const cadence = Number(draft.checkInCadenceMonths);
    const problems: Record<string, string | undefined> = {
      summary: mode === "amend" ? required(t, summary) : undefined,
      title: required(t, draft.title),
      startDate: required(t, draft.startDate),
      plannedEndDate:
        draft.plannedEndDate && draft.startDate && draft.plannedEndDate <= draft.startDate
          ? t("tours.validation.endAfterStart")
          : undefined,
      checkInCadenceMonths:
        Number.isInteger(cadence) && cadence >= TERMS_LIMITS.cadenceMin && cadence <= TERMS_LIMITS.cadenceMax
          ? undefined
          : t("tours.validation.cadence", { min: TERMS_LIMITS.cadenceMin, max: TERMS_LIMITS.cadenceMax }),
    };
    // The caller's checks add to these; a field keeps its own problem when it has one.
    for (const [field, problem] of Object.entries(extraChecks(draft))) problems[field] ??= problem;
    const ok = form.check(problems);
    if (ok) onSubmit(draft, summary.trim());
  }

  const sponsorOptions = [
    { value: "", label: t("tours.noSponsor") },
    ...(sponsors ?? []).map((s) => ({ value: s.id, label: s.name })),
  ];
  // A sponsor who is no longer listed (e.g. changed role) stays selectable so the form does not jump.
  if (draft.sponsorId && !sponsorOptions.some((o) => o.value === draft.sponsorId)) {
    sponsorOptions.push({ value: draft.sponsorId, label: t("tours.currentSponsor") });
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {mode === "amend" && (
        <TextField
          label={t("tours.amend.summary")}
          hint={t("tours.amend.summaryHint")}
          maxLength={1000}
          value={summary}
          onChange={setSummary}
          error={form.errorFor("summary")}
        />
      )}
      <TourTypeField value={draft.type} onChange={setType} error={errorFor("type")} />
      <TextField
        label={t("tours.fields.title")}
        maxLength={TERMS_LIMITS.title}
        value={draft.title}
        onChange={(v) => set("title", v)}
        error={errorFor("title")}
      />
      {personPicker?.(errorFor)}
      <Select
        label={t("tours.fields.sponsor")}
        hint={t("tours.hints.sponsor")}
        value={draft.sponsorId}
        onChange={(v) => set("sponsorId", v)}
        options={sponsorOptions}
        disabled={!sponsors}
        error={errorFor("sponsorId")}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          type="date"
          label={t("tours.fields.startDate")}
          value={draft.startDate}
          onChange={setStart}
          error={errorFor("startDate")}
        />
        <TextField
          type="date"
          label={t("tours.fields.plannedEndDate")}
          hint={draft.type === "foundational" ? t("tours.hints.openEnded") : t("tours.hints.plannedEnd")}
          value={draft.plannedEndDate}
          onChange={(v) => {
            set("plannedEndDate", v);
            setEndEdited(true);
          }}
          error={errorFor("plannedEndDate")}
        />
        <TextField
          type="number"
          inputMode="numeric"
          min={TERMS_LIMITS.cadenceMin}
          max={TERMS_LIMITS.cadenceMax}
          label={t("tours.fields.checkInCadence")}
          hint={t("tours.hints.checkInCadence")}
          value={draft.checkInCadenceMonths}
          onChange={(v) => set("checkInCadenceMonths", v)}
          error={errorFor("checkInCadenceMonths")}
        />
      </div>
      <TermsDealFields
        draft={draft}
        set={set}
        errorFor={errorFor}
        orgValues={orgValues}
        personValues={personValues}
      />
      <TourConflict error={error} onReload={onReload} placed={PLACED} />
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
