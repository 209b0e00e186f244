import { and, desc, eq, ne, sql } from "drizzle-orm";
import type { ThanksSubjectKind } from "../../../shared/pay-forward/schemas.ts";
import type { DbOrTx } from "../../db/client.ts";
import { introductionSteps, introductions } from "../introductions/introductions.tables.ts";
import { thanks } from "./pay-forward.tables.ts";

export type ThanksRow = typeof thanks.$inferSelect;

/** Stores a thank-you; undefined when this giver already thanked this person for this subject. */
export async function insertThanks(
  db: DbOrTx,
  values: {
    fromUser: string;
    toUser: string;
    subjectKind: ThanksSubjectKind;
    subjectId: string;
    message: string;
    createdAt: Date;
  },
): Promise<ThanksRow | undefined> {
  const [row] = await db.insert(thanks).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findThanks(
  db: DbOrTx,
  key: { fromUser: string; toUser: string; subjectKind: ThanksSubjectKind; subjectId: string },
): Promise<ThanksRow | undefined> {
  const [row] = await db
    .select()
    .from(thanks)
    .where(
      and(
        eq(thanks.fromUser, key.fromUser),
        eq(thanks.toUser, key.toUser),
        eq(thanks.subjectKind, key.subjectKind),
        eq(thanks.subjectId, key.subjectId),
      ),
    );
  return row;
}

/** Thanks a person received, newest first, and how many in all. */
export async function receivedThanks(
  db: DbOrTx,
  userId: string,
  limit: number,
): Promise<{ total: number; rows: ThanksRow[] }> {
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(thanks)
      .where(eq(thanks.toUser, userId))
      .orderBy(desc(thanks.createdAt), desc(thanks.id))
      .limit(limit),
    db.select({ n: sql<number>`count(*)::int` }).from(thanks).where(eq(thanks.toUser, userId)),
  ]);
  return { total: count?.n ?? 0, rows };
}

export interface GivenIntroductionRow {
  id: string;
  requesterId: string;
  targetId: string;
  closedAt: Date | null;
  thanked: boolean;
}

/**
 * Introductions a person made as an intermediary (they accepted, and so did everyone after them), most
 * recently made first, and how many in all.
 */
export async function introductionsMade(
  db: DbOrTx,
  userId: string,
  limit: number,
): Promise<{ total: number; rows: GivenIntroductionRow[] }> {
  const mine = and(
    eq(introductionSteps.personId, userId),
    eq(introductionSteps.status, "accepted"),
    eq(introductions.status, "accepted"),
    ne(introductions.targetId, userId),
  );
  const thanked = sql<boolean>`exists (select 1 from ${thanks} t where t.from_user = ${introductions.requesterId}
    and t.to_user = ${userId} and t.subject_kind = 'introduction' and t.subject_id = ${introductions.id})`;
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: introductions.id,
        requesterId: introductions.requesterId,
        targetId: introductions.targetId,
        closedAt: introductions.closedAt,
        thanked,
      })
      .from(introductions)
      .innerJoin(introductionSteps, eq(introductionSteps.introductionId, introductions.id))
      .where(mine)
      .orderBy(desc(introductions.closedAt), desc(introductions.id))
      .limit(limit),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(introductions)
      .innerJoin(introductionSteps, eq(introductionSteps.introductionId, introductions.id))
      .where(mine),
  ]);
  return { total: count?.n ?? 0, rows };
}
