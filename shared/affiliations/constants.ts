// Plain values for affiliations, departures and alumni, with no zod import (the web bundle uses them).

export const AFFILIATION_STAGES = ["employee", "alumni", "contractor", "advisor", "partner"] as const;
export type AffiliationStage = (typeof AFFILIATION_STAGES)[number];

/** Stages an admin adds by hand; employee and alumni stages follow joining and leaving. */
export const MANUAL_STAGES = ["contractor", "advisor", "partner"] as const;

export const DEPARTURE_REASONS = [
  "new_opportunity",
  "career_change",
  "relocation",
  "studies",
  "personal",
  "end_of_tour",
  "restructuring",
  "other",
] as const;
export type DepartureReasonCategory = (typeof DEPARTURE_REASONS)[number];

export const ALUMNI_TIERS = ["alumni", "distinguished"] as const;
export type AlumniTier = (typeof ALUMNI_TIERS)[number];

export const STANDINGS = ["member", "alumnus", "former", "removed"] as const;
export type StandingName = (typeof STANDINGS)[number];
