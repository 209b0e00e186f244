// Plain values and types for tours of duty, with no zod import (the web bundle uses them too).

export const TOUR_TYPES = ["rotational", "transformational", "foundational"] as const;
export type TourType = (typeof TOUR_TYPES)[number];

/** Default horizon in months; foundational tours have no planned end. */
export const DEFAULT_HORIZON_MONTHS: Record<TourType, number | null> = {
  rotational: 24,
  transformational: 36,
  foundational: null,
};

export const TOUR_STATUSES = [
  "draft",
  "proposed",
  "agreed",
  "active",
  "in_review",
  "completed",
  "ended_early",
] as const;
export type TourStatus = (typeof TOUR_STATUSES)[number];

export const TOUR_OUTCOMES = ["next_tour", "new_role_here", "leaving_on_good_terms"] as const;
export type TourOutcome = (typeof TOUR_OUTCOMES)[number];

export const SIDES = ["person", "company"] as const;
export type Side = (typeof SIDES)[number];

/** What the person gains, in the book's four currencies. */
export interface PersonGains {
  skills: string;
  experience: string;
  network: string;
  reputation: string;
}

/** The agreed text of a tour: everything both sides sign. */
export interface TourTerms {
  type: TourType;
  title: string;
  missionObjective: string;
  companyGets: string;
  personGets: PersonGains;
  successMeasures: string;
  startDate: string;
  /** ISO date, or null for an open-ended (foundational) tour. */
  plannedEndDate: string | null;
  sponsorId: string | null;
  checkInCadenceMonths: number;
  /** The person talks to the company before accepting an outside offer. */
  personFirstConversation: boolean;
  /** The company talks to the person before ending the tour early. */
  companyFirstConversation: boolean;
  /** Which of the organization's values, and how its mission, this work serves. */
  servesOrgValues: string[];
  servesPersonValues: string[];
  workWorthDoing: string;
}

export const DEFAULT_CHECK_IN_CADENCE_MONTHS = 3;
