import {
  DEFAULT_CHECK_IN_CADENCE_MONTHS,
  DEFAULT_HORIZON_MONTHS,
  type PersonGains,
  type TourTerms,
  type TourType,
} from "../../../shared/tours/constants.ts";
import { addMonthsIso } from "../../components/dates.ts";

/** The editor's working copy of the terms: every field as the form control holds it. */
export interface TermsDraft {
  type: TourType;
  title: string;
  missionObjective: string;
  companyGets: string;
  personGets: PersonGains;
  successMeasures: string;
  startDate: string;
  /** Empty for an open-ended tour. */
  plannedEndDate: string;
  /** Empty when no sponsor is named yet. */
  sponsorId: string;
  checkInCadenceMonths: string;
  personFirstConversation: boolean;
  companyFirstConversation: boolean;
  servesOrgValues: string[];
  servesPersonValues: string[];
  workWorthDoing: string;
}

// Limits from shared/tours/schemas.ts (zod is not loaded in the browser).
export const TERMS_LIMITS = { title: 200, long: 4000, gains: 2000, values: 5, cadenceMin: 1, cadenceMax: 12 };

/** The planned end a type suggests from a start date: empty for foundational (open-ended). */
export function plannedEndFor(type: TourType, startDate: string): string {
  const months = DEFAULT_HORIZON_MONTHS[type];
  return months === null || !startDate ? "" : addMonthsIso(startDate, months);
}

export function emptyDraft(startDate: string): TermsDraft {
  return {
    type: "transformational",
    title: "",
    missionObjective: "",
    companyGets: "",
    personGets: { skills: "", experience: "", network: "", reputation: "" },
    successMeasures: "",
    startDate,
    plannedEndDate: plannedEndFor("transformational", startDate),
    sponsorId: "",
    checkInCadenceMonths: String(DEFAULT_CHECK_IN_CADENCE_MONTHS),
    personFirstConversation: true,
    companyFirstConversation: true,
    servesOrgValues: [],
    servesPersonValues: [],
    workWorthDoing: "",
  };
}

export function draftFrom(terms: TourTerms): TermsDraft {
  return {
    ...terms,
    personGets: { ...terms.personGets },
    plannedEndDate: terms.plannedEndDate ?? "",
    sponsorId: terms.sponsorId ?? "",
    checkInCadenceMonths: String(terms.checkInCadenceMonths),
  };
}

export function termsFrom(draft: TermsDraft): TourTerms {
  return {
    ...draft,
    title: draft.title.trim(),
    plannedEndDate: draft.plannedEndDate || null,
    sponsorId: draft.sponsorId || null,
    checkInCadenceMonths: Number(draft.checkInCadenceMonths),
  };
}

/** Only the terms that differ, so an amendment's version diff shows exactly what was changed. */
export function changedTerms(before: TourTerms, after: TourTerms): Partial<TourTerms> {
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof TourTerms)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed[key] = after[key];
  }
  return changed as Partial<TourTerms>;
}
