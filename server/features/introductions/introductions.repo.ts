import { and, asc, desc, eq, gt, inArray, lte, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { users } from "../accounts/accounts.tables.ts";
import { connections, userBlocks } from "../connections/connections.tables.ts";
import { thanks } from "../pay-forward/pay-forward.tables.ts";
import { profiles } from "../people/people.tables.ts";
import { introductionSteps, introductions } from "./introductions.tables.ts";

export type IntroductionRow = typeof introductions.$inferSelect;
export type StepRow = typeof introductionSteps.$inferSelect;

// A step keeps its due date after it is answered (or withdrawn): "due_at is not null" is how a query
// tells a step that was reached from one that never was (policy: isReached).

export async function findIntroduction(
  db: DbOrTx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<IntroductionRow | undefined> {
  const query = db.select().from(introductions).where(eq(introductions.id, id));
  const [row] = options.lock ? await query.for("update") : await query;
  return row;
}

/** The steps of each introduction, in path order. */
export async function stepsOf(db: DbOrTx, ids: string[]): Promise<Map<string, StepRow[]>> {
  const out = new Map<string, StepRow[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await db
    .select()
    .from(introductionSteps)
    .where(inArray(introductionSteps.introductionId, [...new Set(ids)]))
    .orderBy(introductionSteps.introductionId, introductionSteps.position);
  for (const row of rows) out.get(row.introductionId)?.push(row);
  return out;
}

/** Display names (profile, else account name) and account emails. */
export async function peopleInfo(
  db: DbOrTx,
  ids: string[],
): Promise<Map<string, { displayName: string; email: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, displayName: profiles.displayName })
    .from(users)
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { displayName: r.displayName ?? r.name, email: r.email }]));
}

/** Whether a person with a profile exists. */
export async function personExists(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db.select({ id: profiles.userId }).from(profiles).where(eq(profiles.userId, id));
  return row !== undefined;
}

/** Of `others`, those who block `person` or whom `person` blocks. */
export async function blockedWith(db: DbOrTx, person: string, others: string[]): Promise<Set<string>> {
  if (others.length === 0) return new Set();
  const ids = [...new Set(others)];
  const rows = await db
    .select({ blocker: userBlocks.blocker, blocked: userBlocks.blocked })
    .from(userBlocks)
    .where(
      or(
        and(eq(userBlocks.blocker, person), inArray(userBlocks.blocked, ids)),
        and(eq(userBlocks.blocked, person), inArray(userBlocks.blocker, ids)),
      ),
    );
  return new Set(rows.map((r) => (r.blocker === person ? r.blocked : r.blocker)));
}

/** The requests a person made since `since`, and the oldest of them (for Retry-After). */
export async function recentRequests(
  db: DbOrTx,
  requesterId: string,
  since: Date,
): Promise<{ count: number; oldest: Date | null }> {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      oldest: sql<string | null>`min(${introductions.createdAt})`,
    })
    .from(introductions)
    .where(and(eq(introductions.requesterId, requesterId), gt(introductions.createdAt, since)));
  return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

export async function openIntroductionTo(
  db: DbOrTx,
  requesterId: string,
  targetId: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: introductions.id })
    .from(introductions)
    .where(
      and(
        eq(introductions.requesterId, requesterId),
        eq(introductions.targetId, targetId),
        eq(introductions.status, "pending"),
      ),
    );
  return row?.id;
}

/** Serialises one requester's new requests across servers until the transaction ends (limit, duplicates). */
export async function lockRequester(db: DbOrTx, requesterId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`introductions:${requesterId}`}))`);
}

export async function insertIntroduction(
  db: DbOrTx,
  values: typeof introductions.$inferInsert,
  stepPeople: string[],
  firstDue: Date,
): Promise<IntroductionRow> {
  const [row] = await db.insert(introductions).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  await db.insert(introductionSteps).values(
    stepPeople.map((personId, i) => ({
      introductionId: row.id,
      position: i + 1,
      personId,
      status: i === 0 ? ("waiting" as const) : ("not_reached" as const),
      dueAt: i === 0 ? firstDue : null,
    })),
  );
  return row;
}

/** Changes an introduction only if nobody changed it since `version` was read; bumps the version. */
export async function updateIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof introductions.$inferInsert>,
  now: Date,
  extra?: SQL,
): Promise<IntroductionRow | undefined> {
  const [row] = await db
    .update(introductions)
    .set({ ...patch, version: sql`${introductions.version} + 1`, updatedAt: now })
    .where(and(eq(introductions.id, id), eq(introductions.version, version), extra))
    .returning();
  return row;
}

export async function setOutcome(
  db: DbOrTx,
  id: string,
  outcome: IntroductionRow["outcome"],
  now: Date,
): Promise<void> {
  await db.update(introductions).set({ outcome, updatedAt: now }).where(eq(introductions.id, id));
}

export async function updateStep(
  db: DbOrTx,
  introductionId: string,
  position: number,
  patch: Partial<typeof introductionSteps.$inferInsert>,
): Promise<void> {
  await db
    .update(introductionSteps)
    .set(patch)
    .where(
      and(eq(introductionSteps.introductionId, introductionId), eq(introductionSteps.position, position)),
    );
}

/** One more completed introduction through each link of the path (an input of the link's cost). */
export async function countInteractions(db: DbOrTx, path: string[]): Promise<void> {
  for (let i = 1; i < path.length; i++) {
    const [a, b] = [path[i - 1] as string, path[i] as string];
    const [userA, userB] = a < b ? [a, b] : [b, a];
    await db
      .update(connections)
      .set({ interactions: sql`${connections.interactions} + 1` })
      .where(and(eq(connections.userA, userA), eq(connections.userB, userB)));
  }
}

/** Intermediaries the requester thanked for each of these introductions. */
export async function thankedFor(
  db: DbOrTx,
  requesterId: string,
  introductionIds: string[],
): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (introductionIds.length === 0) return out;
  const rows = await db
    .select({ subjectId: thanks.subjectId, toUser: thanks.toUser })
    .from(thanks)
    .where(
      and(
        eq(thanks.fromUser, requesterId),
        eq(thanks.subjectKind, "introduction"),
        inArray(thanks.subjectId, introductionIds),
      ),
    );
  for (const r of rows) {
    const set = out.get(r.subjectId) ?? new Set<string>();
    set.add(r.toUser);
    out.set(r.subjectId, set);
  }
  return out;
}

// ---- expiry ----

export interface OverdueIntroduction {
  id: string;
  version: number;
  currentStep: number;
  requesterId: string;
  targetId: string;
}

/** The step waiting now: the introduction's current step, still waiting. */
const waitingJoin = and(
  eq(introductionSteps.introductionId, introductions.id),
  eq(introductionSteps.position, introductions.currentStep),
  eq(introductionSteps.status, "waiting"),
);

/** Pending introductions whose waiting step ran out by `now`, optionally narrowed (one person's boxes). */
export async function findOverdue(
  db: DbOrTx,
  now: Date,
  narrow?: SQL,
  limit = 500,
): Promise<OverdueIntroduction[]> {
  return db
    .select({
      id: introductions.id,
      version: introductions.version,
      currentStep: introductions.currentStep,
      requesterId: introductions.requesterId,
      targetId: introductions.targetId,
    })
    .from(introductions)
    .innerJoin(introductionSteps, waitingJoin)
    .where(and(eq(introductions.status, "pending"), lte(introductionSteps.dueAt, now), narrow))
    .orderBy(asc(introductionSteps.dueAt))
    .limit(limit);
}

/** Narrowings of findOverdue to what one person's box lists. */
export const overdueIn = {
  inbox: (userId: string) => eq(introductionSteps.personId, userId),
  sent: (userId: string) => eq(introductions.requesterId, userId),
  involved: (userId: string) => involvedSql(userId),
  one: (id: string) => eq(introductions.id, id),
};

function involvedSql(userId: string): SQL {
  return sql`exists (select 1 from ${introductionSteps} s where s.introduction_id = ${introductions.id}
    and s.person_id = ${userId} and (s.due_at is not null or s.status <> 'not_reached'))`;
}

function notBlockedWithRequester(userId: string): SQL {
  return sql`not exists (select 1 from ${userBlocks} b where
    (b.blocker = ${userId} and b.blocked = ${introductions.requesterId}) or
    (b.blocked = ${userId} and b.blocker = ${introductions.requesterId}))`;
}

// ---- boxes ----

/** Introductions waiting on `userId`, soonest due first; keyset on (due_at, id). */
export async function listInbox(
  db: DbOrTx,
  userId: string,
  after: { due: string; id: string } | null,
  limit: number,
): Promise<{ row: IntroductionRow; dueAt: Date }[]> {
  const rows = await db
    .select({ row: introductions, dueAt: introductionSteps.dueAt })
    .from(introductions)
    .innerJoin(introductionSteps, waitingJoin)
    .where(
      and(
        eq(introductions.status, "pending"),
        eq(introductionSteps.personId, userId),
        notBlockedWithRequester(userId),
        after
          ? sql`(${introductionSteps.dueAt}, ${introductions.id}) > (${after.due}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(introductionSteps.dueAt), asc(introductions.id))
    .limit(limit);
  return rows.map((r) => ({ row: r.row, dueAt: r.dueAt as Date }));
}

/** Introductions `userId` asked for (sent) or was reached in (involved), newest first; keyset on (created_at, id). */
export async function listByCreation(
  db: DbOrTx,
  box: "sent" | "involved",
  userId: string,
  after: { at: string; id: string } | null,
  limit: number,
): Promise<IntroductionRow[]> {
  const mine =
    box === "sent"
      ? eq(introductions.requesterId, userId)
      : and(involvedSql(userId), notBlockedWithRequester(userId));
  return db
    .select()
    .from(introductions)
    .where(
      and(
        mine,
        after
          ? sql`(${introductions.createdAt}, ${introductions.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(introductions.createdAt), desc(introductions.id))
    .limit(limit);
}
