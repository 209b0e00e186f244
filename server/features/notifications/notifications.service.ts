import { NOTIFICATION_KINDS, type NotificationKind } from "../../../shared/notifications/constants.ts";
import type {
  Notification,
  NotificationPreferences,
  UpdateNotificationPreferencesInput,
} from "../../../shared/notifications/schemas.ts";
import type { Clock } from "../../clock.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import type { Database } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { UserActor } from "../accounts/actor.ts";
import { canOnNotification, type NotificationAction } from "./notifications.policy.ts";
import * as repo from "./notifications.repo.ts";

const notFound = () => new AppError("NOTIFICATION_NOT_FOUND", "Notification not found.");

/** What leaves the server: never the email outbox columns. */
function toNotification(row: repo.NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    data: row.data,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

function toPreferences(emailOff: NotificationKind[]): NotificationPreferences {
  return {
    email: Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, !emailOff.includes(k)])) as Record<
      NotificationKind,
      boolean
    >,
  };
}

/** The signed-in person's own notifications and email preferences. */
export function createNotificationsService({ db, clock }: { db: Database; clock: Clock }) {
  /** Loads a notification the caller may act on; anyone else's is 404, as if it did not exist. */
  async function authorize(actor: UserActor, id: string, action: NotificationAction) {
    const row = await repo.findNotification(db, id);
    if (!row || !canOnNotification(actor, row, action)) throw notFound();
    return row;
  }

  return {
    async list(actor: UserActor, query: { cursor?: string; limit: number; unread?: "true" | "false" }) {
      const after = decodeCursor(query.cursor, ["at", "id"]);
      const rows = await repo.listForUser(
        db,
        actor.userId,
        { unreadOnly: query.unread === "true" },
        after,
        query.limit + 1,
      );
      const last = rows[query.limit - 1];
      return {
        items: rows.slice(0, query.limit).map((r) => toNotification(r.row)),
        nextCursor:
          rows.length > query.limit && last ? encodeCursor({ at: last.cursorAt, id: last.row.id }) : null,
      };
    },

    async unreadCount(actor: UserActor) {
      return { count: await repo.countUnread(db, actor.userId) };
    },

    /** Idempotent: marking a read notification again keeps the first read time. */
    async markRead(actor: UserActor, id: string): Promise<Notification> {
      await authorize(actor, id, "markRead");
      const row = await repo.markRead(db, id, actor.userId, clock());
      if (!row) throw notFound();
      return toNotification(row);
    },

    async markAllRead(actor: UserActor): Promise<void> {
      await repo.markAllRead(db, actor.userId, clock());
    },

    async getPreferences(actor: UserActor): Promise<NotificationPreferences> {
      return toPreferences(await repo.emailOffFor(db, actor.userId));
    },

    async setPreferences(
      actor: UserActor,
      input: UpdateNotificationPreferencesInput,
    ): Promise<NotificationPreferences> {
      const entries = Object.entries(input.email) as [NotificationKind, boolean][];
      const off = entries.filter(([, wanted]) => !wanted).map(([k]) => k);
      const on = entries.filter(([, wanted]) => wanted).map(([k]) => k);
      return toPreferences(await repo.changeEmailOff(db, actor.userId, off, on));
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
