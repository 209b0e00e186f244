// Plain values for introductions, with no zod import (the web bundle uses them).

/** Each step (an intermediary or the target) has this long to answer before the introduction expires. */
export const STEP_DAYS = 14;

/** Introduction requests a person may send per rolling day. */
export const DAILY_REQUEST_LIMIT = 10;

/** Intermediaries between requester and target: a path of at most four links. */
export const MAX_INTERMEDIARIES = 3;

/** Why the requester wants the introduction; every person asked reads it. */
export const REASON_MIN = 10;
export const REASON_MAX = 2000;

/** A note with an answer: an accepting note is shown to the people after it (and the requester once done). */
export const NOTE_MAX = 1000;
/** A thank-you message to an intermediary. */
export const THANKS_MESSAGE_MAX = 500;

export const INTRODUCTION_STATUSES = ["pending", "accepted", "declined", "expired", "withdrawn"] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

/**
 * How an introduction looks to its requester: whether it stopped because someone declined or because a
 * step ran out of time is not shown, so nobody learns who declined or who was slow.
 */
export const REQUESTER_STATUSES = ["pending", "accepted", "not_completed", "withdrawn"] as const;
export type RequesterStatus = (typeof REQUESTER_STATUSES)[number];

export const STEP_STATUSES = ["waiting", "accepted", "declined", "expired", "not_reached"] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const OUTCOMES = ["met", "hired", "deal", "nothing"] as const;
export type Outcome = (typeof OUTCOMES)[number];
