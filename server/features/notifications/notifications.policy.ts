import type { Actor } from "../accounts/actor.ts";

export type NotificationAction = "read" | "markRead";

/**
 * Notifications are private to the person they were sent to: nobody else reads or marks them, not even
 * an admin of the organization they concern. Callers answer 404 when refused, so ids reveal nothing.
 */
export function canOnNotification(
  actor: Actor,
  notification: { userId: string },
  _action: NotificationAction,
): boolean {
  return actor.kind === "user" && actor.userId === notification.userId;
}
