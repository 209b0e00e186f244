import {
  DEFAULT_HORIZON_MONTHS,
  type TourStatus,
  type TourTerms,
  type TourType,
} from "../../../shared/tours/constants.ts";
import { addMonths, laterDay, monthsBetween } from "../../clock.ts";

/**
 * The tour of duty state machine.
 *
 *   draft ──propose──▶ proposed ──both sign──▶ agreed ──start date──▶ active ──review window──▶ in_review
 *     ▲                   │                      │                      │                          │
 *     └────withdraw───────┘                      └──────end early───────┴──────────complete────────┘
 *                                                        ▼                          ▼
 *                                                   ended_early                 completed
 *
 * Commands move it by hand; time moves it from agreed to active and from active to in_review.
 * Amendments to agreed terms change no status: they are versions signed alongside.
 */
export type TourCommand = "edit" | "propose" | "withdraw" | "sign" | "amend" | "endEarly" | "complete";

const ALLOWED: Record<TourCommand, TourStatus[]> = {
  edit: ["draft", "proposed"],
  propose: ["draft"],
  withdraw: ["proposed"],
  sign: ["proposed", "agreed", "active", "in_review"],
  amend: ["agreed", "active", "in_review"],
  endEarly: ["agreed", "active", "in_review"],
  complete: ["active", "in_review"],
};

/** Whether a command may run in a status; the caller answers 409 TOUR_INVALID_TRANSITION when not. */
export function commandAllowed(command: TourCommand, status: TourStatus): boolean {
  return ALLOWED[command].includes(status);
}

/** The planned end a new tour gets from its type: 2 years, 3 years, or none. */
export function defaultPlannedEnd(type: TourType, startDate: string): string | null {
  const months = DEFAULT_HORIZON_MONTHS[type];
  return months === null ? null : addMonths(startDate, months);
}

/**
 * The end-of-tour conversation opens 6 months before the planned end, or 3 months for tours shorter
 * than 18 months. Open-ended tours have no review window.
 */
export function reviewOpensOn(terms: Pick<TourTerms, "startDate" | "plannedEndDate">): string | null {
  if (!terms.plannedEndDate) return null;
  const lead = monthsBetween(terms.startDate, terms.plannedEndDate) < 18 ? 3 : 6;
  const opens = addMonths(terms.plannedEndDate, -lead);
  return laterDay(opens, terms.startDate);
}

/** The status time has brought an agreed or active tour to on `today`; other statuses stay as they are. */
export function advanceWithTime(status: TourStatus, terms: TourTerms, today: string): TourStatus {
  if (status !== "agreed" && status !== "active") return status;
  if (terms.startDate > today) return status;
  const review = reviewOpensOn(terms);
  return review !== null && review <= today ? "in_review" : "active";
}

/** Once both sides sign the first agreement, the tour is agreed, or already running if it has started. */
export function statusOnAgreement(terms: TourTerms, today: string): TourStatus {
  return advanceWithTime("agreed", terms, today);
}
