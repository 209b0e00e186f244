import { eq } from "drizzle-orm";
import type { NotificationKind } from "../../../shared/notifications/constants.ts";
import type { DbOrTx } from "../../db/client.ts";
import { notificationPreferences, notifications } from "./notifications.tables.ts";

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  /** Facts the message is built from (names, titles, dates). Never private notes or reasons. */
  data: Record<string, string>;
  /** Path in the web app the notification opens, e.g. `/tours/<id>`. */
  link: string;
  /** The same key is stored once, so a repeated or concurrent notify is harmless. */
  dedupeKey: string;
}

/**
 * Records an in-app notification and, unless the person turned that kind off, queues its email for the
 * sender. Call it inside the transaction that makes the event true, so both commit or neither does.
 * Returns whether this call created the notification.
 */
export async function notify(db: DbOrTx, input: NotificationInput): Promise<boolean> {
  const [prefs] = await db
    .select({ emailOff: notificationPreferences.emailOff })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, input.userId));
  const wantsEmail = !prefs?.emailOff.includes(input.kind);
  const rows = await db
    .insert(notifications)
    .values({ ...input, emailState: wantsEmail ? "pending" : "none" })
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id });
  return rows.length > 0;
}
