import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import type { NotificationKind } from "../../../shared/notifications/constants.ts";
import type { DbOrTx } from "../../db/client.ts";
import { notificationPreferences, notifications } from "./notifications.tables.ts";

export type NotificationRow = typeof notifications.$inferSelect;

/**
 * The exact stored instant as text. Keyset cursors carry it instead of a JS Date, which would drop the
 * microseconds PostgreSQL keeps and so skip rows created within the same millisecond.
 */
const createdAtText = sql<string>`${notifications.createdAt}::text`;

/** A user's notifications, newest first, keyset-paginated on (created_at, id). */
export async function listForUser(
  db: DbOrTx,
  userId: string,
  filter: { unreadOnly: boolean },
  after: { at: string; id: string } | null,
  limit: number,
) {
  return db
    .select({ row: notifications, cursorAt: createdAtText })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        filter.unreadOnly ? isNull(notifications.readAt) : undefined,
        after
          ? sql`(${notifications.createdAt}, ${notifications.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function findNotification(db: DbOrTx, id: string): Promise<NotificationRow | undefined> {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
  return row;
}

/** Marks one of the user's notifications read, keeping the first time it was read. */
export async function markRead(
  db: DbOrTx,
  id: string,
  userId: string,
  at: Date,
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at})` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning();
  return row;
}

export async function markAllRead(db: DbOrTx, userId: string, at: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

/** The kinds a user does not want by email (none when they never chose). */
export async function emailOffFor(db: DbOrTx, userId: string): Promise<NotificationKind[]> {
  const [row] = await db
    .select({ emailOff: notificationPreferences.emailOff })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return (row?.emailOff ?? []) as NotificationKind[];
}

/**
 * Turns email off for `off` and back on for `on`, leaving other kinds as they were. The merge happens in
 * one statement, so two concurrent changes to different kinds both stick. (`sql.param` passes each list
 * as one array parameter; a bare array in a sql template would expand into a tuple.)
 */
export async function changeEmailOff(
  db: DbOrTx,
  userId: string,
  off: NotificationKind[],
  on: NotificationKind[],
): Promise<NotificationKind[]> {
  const [row] = await db
    .insert(notificationPreferences)
    .values({ userId, emailOff: off })
    .onConflictDoUpdate({
      target: notificationPreferences.userId,
      set: {
        emailOff: sql`array(
          select distinct k from unnest(${notificationPreferences.emailOff} || ${sql.param(off)}::text[]) as k
          where k <> all(${sql.param(on)}::text[]) order by k)`,
        updatedAt: sql`now()`,
      },
    })
    .returning({ emailOff: notificationPreferences.emailOff });
  return (row?.emailOff ?? []) as NotificationKind[];
}
