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
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
