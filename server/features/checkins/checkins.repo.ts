import { and, desc, eq, inArray, max, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { organizations } from "../organizations/organizations.tables.ts";
import { profiles } from "../people/people.tables.ts";
import { checkInPrivateNotes, checkIns } from "./checkins.tables.ts";

export type CheckInRow = typeof checkIns.$inferSelect;
type SharedFields = Partial<Omit<typeof checkIns.$inferInsert, "id" | "tourId" | "authorId" | "createdAt">>;

export interface PrivateNote {
  authorId: string;
  note: string;
}

// Every query here names the check_ins table alone: private notes are read only by ownPrivateNotes().

export async function insertCheckIn(db: DbOrTx, values: typeof checkIns.$inferInsert): Promise<CheckInRow> {
  const [row] = await db.insert(checkIns).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function findCheckIn(db: DbOrTx, tourId: string, id: string): Promise<CheckInRow | undefined> {
  const [row] = await db
    .select()
    .from(checkIns)
    .where(and(eq(checkIns.id, id), eq(checkIns.tourId, tourId)));
  return row;
}

export async function updateCheckIn(db: DbOrTx, id: string, patch: SharedFields): Promise<CheckInRow> {
  const [row] = await db.update(checkIns).set(patch).where(eq(checkIns.id, id)).returning();
  if (!row) throw new Error("update returned no row");
  return row;
}

/**
 * A tour's check-ins, newest first: by the day held, then by when they were recorded. Keyset-paginated on
 * (held_on, created_at, id); created_at is written from the app clock, so its millisecond cursor is exact.
 */
export async function listCheckIns(
  db: DbOrTx,
  tourId: string,
  after: { on: string; at: string; id: string } | null,
  limit: number,
): Promise<(CheckInRow & { authorName: string | null })[]> {
  const rows = await db
    .select({ checkIn: checkIns, authorName: profiles.displayName })
    .from(checkIns)
    .leftJoin(profiles, eq(profiles.userId, checkIns.authorId))
    .where(
      and(
        eq(checkIns.tourId, tourId),
        after
          ? sql`(${checkIns.heldOn}, ${checkIns.createdAt}, ${checkIns.id}) < (${after.on}::date, ${after.at}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(checkIns.heldOn), desc(checkIns.createdAt), desc(checkIns.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.checkIn, authorName: r.authorName }));
}

/** The day of each tour's latest check-in, for the tours that have one. */
export async function lastHeldOnByTour(db: DbOrTx, tourIds: string[]): Promise<Map<string, string>> {
  if (tourIds.length === 0) return new Map();
  const rows = await db
    .select({ tourId: checkIns.tourId, last: max(checkIns.heldOn) })
    .from(checkIns)
    .where(inArray(checkIns.tourId, tourIds))
    .groupBy(checkIns.tourId);
  return new Map(rows.flatMap((r) => (r.last ? [[r.tourId, r.last] as const] : [])));
}

/** The private notes `authorId` wrote on these check-ins. Never anyone else's. */
export async function ownPrivateNotes(
  db: DbOrTx,
  checkInIds: string[],
  authorId: string,
): Promise<Map<string, PrivateNote>> {
  if (checkInIds.length === 0) return new Map();
  const rows = await db
    .select({
      checkInId: checkInPrivateNotes.checkInId,
      authorId: checkInPrivateNotes.authorId,
      note: checkInPrivateNotes.note,
    })
    .from(checkInPrivateNotes)
    .where(
      and(inArray(checkInPrivateNotes.checkInId, checkInIds), eq(checkInPrivateNotes.authorId, authorId)),
    );
  return new Map(rows.map(({ checkInId, ...note }) => [checkInId, note]));
}

/** Writes the author's note on a check-in, or removes it when the note is empty. */
export async function setPrivateNote(
  db: DbOrTx,
  checkInId: string,
  authorId: string,
  note: string,
  at: Date,
): Promise<void> {
  if (note === "") {
    await db
      .delete(checkInPrivateNotes)
      .where(and(eq(checkInPrivateNotes.checkInId, checkInId), eq(checkInPrivateNotes.authorId, authorId)));
    return;
  }
  await db
    .insert(checkInPrivateNotes)
    .values({ checkInId, authorId, note, updatedAt: at })
    .onConflictDoUpdate({
      target: [checkInPrivateNotes.checkInId, checkInPrivateNotes.authorId],
      set: { note, updatedAt: at },
    });
}

export async function displayNames(db: DbOrTx, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ id: profiles.userId, name: profiles.displayName })
    .from(profiles)
    .where(inArray(profiles.userId, [...new Set(userIds)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function orgsByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map<string, { id: string; slug: string; name: string }>();
  const rows = await db
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}
