import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { users } from "../accounts/accounts.tables.ts";
import type { UserActor } from "../accounts/actor.ts";
import { calendarFeeds } from "./calendar.tables.ts";

export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;

/** Holds a per-user lock for the rest of the transaction, so two feed changes never interleave. */
export async function lockFeedsOf(db: DbOrTx, userId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`calendar-feed:${userId}`}, 0))`);
}

export async function revokeActiveFeeds(db: DbOrTx, userId: string, at: Date): Promise<void> {
  await db
    .update(calendarFeeds)
    .set({ revokedAt: at })
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
}

export async function insertFeed(
  db: DbOrTx,
  values: { userId: string; tokenHash: string; createdAt: Date },
): Promise<CalendarFeedRow> {
  const [row] = await db.insert(calendarFeeds).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function findActiveFeedOf(db: DbOrTx, userId: string): Promise<CalendarFeedRow | undefined> {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(1);
  return row;
}

/** The account behind an unrevoked feed token, as the actor its calendar is built for. */
export async function findActiveFeedOwner(db: DbOrTx, tokenHash: string): Promise<UserActor | undefined> {
  const [row] = await db
    .select({ userId: users.id, email: users.email, name: users.name, emailVerified: users.emailVerified })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)));
  return row ? { kind: "user", ...row } : undefined;
}
