// Plain values for notifications, with no zod import (the web bundle uses them too).

export const NOTIFICATION_KINDS = [
  "tour_proposed",
  "signature_needed",
  "tour_agreed",
  "check_in_due",
  "check_in_overdue",
  "review_window_open",
  "amendment_proposed",
  "departure_recorded",
  "connection_requested",
  "connection_accepted",
  "introduction_waiting",
  "introduction_accepted",
  "introduction_closed",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * What a notification's `data` may carry. Emails and in-app texts are built from these facts alone, so
 * whoever calls `notify` fills in the ones its kind mentions; a missing fact reads as a plainer sentence.
 */
export interface NotificationFacts {
  tourTitle?: string;
  orgName?: string;
  /** Who did what the notification reports (proposed, amended, recorded). */
  actorName?: string;
  /** The person of the tour, for messages to the sponsor. */
  personName?: string;
  /** YYYY-MM-DD: when a check-in is due. */
  dueOn?: string;
  /** YYYY-MM-DD: the planned end of a tour whose review window opened. */
  plannedEndDate?: string;
  /** YYYY-MM-DD: the last day of a recorded departure. */
  lastDay?: string;
  /** Who asked to connect or to be introduced. */
  requesterName?: string;
  /** Whom an introduction is to (for intermediaries) or with (once accepted). */
  targetName?: string;
}
