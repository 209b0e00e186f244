// Plain values for check-ins and the "My alliance" dashboard, with no zod import (the web bundle uses them too).

export const CHECK_IN_TEXT_MAX = 4000;
export const PRIVATE_NOTE_MAX = 4000;

/** A check-in due within this many days counts as upcoming on the dashboard. */
export const UPCOMING_WITHIN_DAYS = 30;

/** A sponsored tour whose planned end is within this many days (about six months) is ending soon. */
export const ENDING_WITHIN_DAYS = 183;

/** Which part the caller plays in a tour on their dashboard. */
export const TOUR_PARTS = ["person", "sponsor"] as const;
export type TourPart = (typeof TOUR_PARTS)[number];
