import type { TourStatus } from "../../../shared/tours/constants.ts";
import { addMonths } from "../../clock.ts";

/** Tours that are running, and so expect check-ins. */
export const RUNNING: TourStatus[] = ["active", "in_review"];

export interface CheckInDue {
  dueOn: string;
  overdue: boolean;
}

/**
 * When the next check-in is due: one cadence after the last check-in, or after the start when there has
 * been none. Overdue from the day after it was due. Tours that are not running expect none.
 */
export function nextCheckIn(
  tour: { status: TourStatus; startDate: string; cadenceMonths: number },
  lastHeldOn: string | null,
  today: string,
): CheckInDue | null {
  if (!RUNNING.includes(tour.status)) return null;
  const base = lastHeldOn && lastHeldOn > tour.startDate ? lastHeldOn : tour.startDate;
  const dueOn = addMonths(base, tour.cadenceMonths);
  return { dueOn, overdue: today > dueOn };
}
