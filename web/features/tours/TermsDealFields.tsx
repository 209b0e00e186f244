import { useTranslation } from "react-i18next";
import type { PersonGains } from "../../../shared/tours/constants.ts";
import { Checkbox } from "../../components/Checkbox.tsx";
import { TextField } from "../../components/TextField.tsx";
import { TERMS_LIMITS, type TermsDraft } from "./terms.ts";
import { ValuesChooser } from "./ValuesChooser.tsx";

const GAINS: (keyof PersonGains)[] = ["skills", "experience", "network", "reputation"];

/**
 * The deal itself: the mission, what each side gets, how success is measured, the promise of a first
 * conversation both ways, and why this is work worth doing for both sides' values.
 */
export function TermsDealFields({
  draft,
  set,
  errorFor,
  orgValues,
  personValues,
}: {
  draft: TermsDraft;
  set: <K extends keyof TermsDraft>(key: K, value: TermsDraft[K]) => void;
  errorFor: (field: string) => string | undefined;
  orgValues: string[];
  personValues: string[] | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t("tours.fields.missionObjective")}
        hint={t("tours.hints.missionObjective")}
        rows={4}
        maxLength={TERMS_LIMITS.long}
        value={draft.missionObjective}
        onChange={(v) => set("missionObjective", v)}
        error={errorFor("missionObjective")}
      />
      <TextField
        label={t("tours.fields.companyGets")}
        hint={t("tours.hints.companyGets")}
        rows={3}
        maxLength={TERMS_LIMITS.long}
        value={draft.companyGets}
        onChange={(v) => set("companyGets", v)}
        error={errorFor("companyGets")}
      />
      <fieldset className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 font-semibold text-slate-900">{t("tours.fields.personGets")}</legend>
        <p className="text-sm text-slate-600">{t("tours.hints.personGets")}</p>
        {GAINS.map((gain) => (
          <TextField
            key={gain}
            label={t(`tours.gains.${gain}`)}
            rows={2}
            maxLength={TERMS_LIMITS.gains}
            value={draft.personGets[gain]}
            onChange={(v) => set("personGets", { ...draft.personGets, [gain]: v })}
            error={errorFor(`personGets.${gain}`)}
          />
        ))}
      </fieldset>
      <TextField
        label={t("tours.fields.successMeasures")}
        hint={t("tours.hints.successMeasures")}
        rows={3}
        maxLength={TERMS_LIMITS.long}
        value={draft.successMeasures}
        onChange={(v) => set("successMeasures", v)}
        error={errorFor("successMeasures")}
      />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 font-medium text-slate-900">{t("tours.fields.firstConversation")}</legend>
        <Checkbox
          label={t("tours.firstConversation.person")}
          hint={t("tours.firstConversation.personHint")}
          checked={draft.personFirstConversation}
          onChange={(v) => set("personFirstConversation", v)}
        />
        <Checkbox
          label={t("tours.firstConversation.company")}
          hint={t("tours.firstConversation.companyHint")}
          checked={draft.companyFirstConversation}
          onChange={(v) => set("companyFirstConversation", v)}
        />
      </fieldset>
      <fieldset className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 font-semibold text-slate-900">{t("tours.fields.workWorthDoing")}</legend>
        <p className="text-sm text-slate-600">{t("tours.hints.workWorthDoing")}</p>
        <ValuesChooser
          legend={t("tours.fields.servesOrgValues")}
          available={orgValues}
          selected={draft.servesOrgValues}
          onChange={(v) => set("servesOrgValues", v)}
          max={TERMS_LIMITS.values}
          unavailableText={t("tours.values.orgNone")}
          error={errorFor("servesOrgValues")}
        />
        <ValuesChooser
          legend={t("tours.fields.servesPersonValues")}
          available={personValues}
          selected={draft.servesPersonValues}
          onChange={(v) => set("servesPersonValues", v)}
          max={TERMS_LIMITS.values}
          unavailableText={
            personValues === null ? t("tours.values.personHidden") : t("tours.values.personNone")
          }
          error={errorFor("servesPersonValues")}
        />
        <TextField
          label={t("tours.fields.missionLink")}
          hint={t("tours.hints.missionLink")}
          rows={3}
          maxLength={TERMS_LIMITS.gains}
          value={draft.workWorthDoing}
          onChange={(v) => set("workWorthDoing", v)}
          error={errorFor("workWorthDoing")}
        />
      </fieldset>
    </>
  );
}
