import { sql } from "drizzle-orm";
import type { ConnectionListVisibility, TrustLevel } from "../../../shared/connections/constants.ts";
import type { DbOrTx } from "../../db/client.ts";
import { textArray } from "../../db/sql.ts";
import type { GraphChangeKind } from "./graph.tables.ts";

// Reads of everything the people graph is built from. Bulk reads page by key (keyset), so the boot load
// streams a table of any size in fixed-size pages instead of holding one huge result.

export const PAGE = 5000;

export interface PersonRow {
  userId: string;
  listVisibility: ConnectionListVisibility;
}
export interface StintRow {
  userId: string;
  orgId: string;
  fromYear: number;
  toYear: number | null;
}
export interface LinkRow {
  userA: string;
  userB: string;
  trustA: TrustLevel | null;
  trustB: TrustLevel | null;
  interactions: number;
}
export interface BlockRow {
  blocker: string;
  blocked: string;
}
export interface ChangeRow {
  seq: number;
  kind: GraphChangeKind;
  subject: string;
  other: string | null;
}

const person = (r: Record<string, unknown>): PersonRow => ({
  userId: String(r.user_id),
  listVisibility: r.connection_list_visibility as ConnectionListVisibility,
});
// Alumni stages follow employment and are not "being at" the organization; every other stage is.
const stint = (r: Record<string, unknown>): StintRow => ({
  userId: String(r.user_id),
  orgId: String(r.org_id),
  fromYear: Number(r.from_year),
  toYear: r.to_year === null ? null : Number(r.to_year),
});
const link = (r: Record<string, unknown>): LinkRow => ({
  userA: String(r.user_a),
  userB: String(r.user_b),
  trustA: (r.trust_a as TrustLevel | null) ?? null,
  trustB: (r.trust_b as TrustLevel | null) ?? null,
  interactions: Number(r.interactions),
});

export async function* streamPeople(db: DbOrTx): AsyncGenerator<PersonRow[]> {
  let after = "";
  for (;;) {
    const { rows } = await db.execute<Record<string, unknown>>(sql`
      select user_id, connection_list_visibility from profiles
      where user_id > ${after} order by user_id limit ${PAGE}`);
    if (rows.length === 0) return;
    yield rows.map(person);
    after = String(rows[rows.length - 1]?.user_id);
  }
}

export async function* streamStints(db: DbOrTx): AsyncGenerator<StintRow[]> {
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const { rows } = await db.execute<Record<string, unknown>>(sql`
      select id, user_id, org_id, extract(year from started_on)::int as from_year,
             extract(year from ended_on)::int as to_year
      from affiliations where stage <> 'alumni' and id > ${after}::uuid order by id limit ${PAGE}`);
    if (rows.length === 0) return;
    yield rows.map(stint);
    after = String(rows[rows.length - 1]?.id);
  }
}

export async function* streamLinks(db: DbOrTx): AsyncGenerator<LinkRow[]> {
  let after: [string, string] = ["", ""];
  for (;;) {
    const { rows } = await db.execute<Record<string, unknown>>(sql`
      select user_a, user_b, trust_a, trust_b, interactions from connections
      where (user_a, user_b) > (${after[0]}, ${after[1]}) order by user_a, user_b limit ${PAGE}`);
    if (rows.length === 0) return;
    yield rows.map(link);
    const last = rows[rows.length - 1] as Record<string, unknown>;
    after = [String(last.user_a), String(last.user_b)];
  }
}

export async function readBlocks(db: DbOrTx, pairs?: [string, string][]): Promise<BlockRow[]> {
  const where = pairs
    ? sql`where (blocker, blocked) in (select * from unnest(${textArray(pairs.map((p) => p[0]))}, ${textArray(pairs.map((p) => p[1]))}))`
    : sql``;
  const { rows } = await db.execute<Record<string, unknown>>(
    sql`select blocker, blocked from user_blocks ${where}`,
  );
  return rows.map((r) => ({ blocker: String(r.blocker), blocked: String(r.blocked) }));
}

export async function readPeople(db: DbOrTx, ids: string[]): Promise<PersonRow[]> {
  const { rows } = await db.execute<Record<string, unknown>>(sql`
    select user_id, connection_list_visibility from profiles where user_id = any(${textArray(ids)})`);
  return rows.map(person);
}

export async function readStints(db: DbOrTx, ids: string[]): Promise<StintRow[]> {
  const { rows } = await db.execute<Record<string, unknown>>(sql`
    select user_id, org_id, extract(year from started_on)::int as from_year,
           extract(year from ended_on)::int as to_year
    from affiliations where stage <> 'alumni' and user_id = any(${textArray(ids)})`);
  return rows.map(stint);
}

/** The stored state of the given pairs (each with the smaller id first); absent pairs are not linked. */
export async function readLinks(db: DbOrTx, pairs: [string, string][]): Promise<LinkRow[]> {
  const { rows } = await db.execute<Record<string, unknown>>(sql`
    select user_a, user_b, trust_a, trust_b, interactions from connections
    where (user_a, user_b) in (select * from unnest(${textArray(pairs.map((p) => p[0]))}, ${textArray(pairs.map((p) => p[1]))}))`);
  return rows.map(link);
}

/** Every link of the given people. */
export async function readLinksOf(db: DbOrTx, ids: string[]): Promise<LinkRow[]> {
  const { rows } = await db.execute<Record<string, unknown>>(sql`
    select user_a, user_b, trust_a, trust_b, interactions from connections
    where user_a = any(${textArray(ids)}) or user_b = any(${textArray(ids)})`);
  return rows.map(link);
}

export async function lastChangeSeq(db: DbOrTx): Promise<number> {
  const { rows } = await db.execute<{ seq: string | null }>(sql`select max(seq) as seq from graph_changes`);
  return Number(rows[0]?.seq ?? 0);
}

export async function readChanges(db: DbOrTx, afterSeq: number, limit: number): Promise<ChangeRow[]> {
  const { rows } = await db.execute<Record<string, unknown>>(sql`
    select seq, kind, subject, other from graph_changes where seq > ${afterSeq} order by seq limit ${limit}`);
  return rows.map((r) => ({
    seq: Number(r.seq),
    kind: r.kind as GraphChangeKind,
    subject: String(r.subject),
    other: r.other === null ? null : String(r.other),
  }));
}

/** For the job loop: drops change rows older than a day (every server applies them within a second). */
export function createGraphLogPruner(deps: { db: DbOrTx; clock: () => Date }) {
  return {
    async prune() {
      return { pruned: await pruneChanges(deps.db, new Date(deps.clock().getTime() - 86_400_000)) };
    },
  };
}

/** Change rows are only needed until every server has read them; a day is far more than enough. */
export async function pruneChanges(db: DbOrTx, before: Date): Promise<number> {
  const result = await db.execute(sql`delete from graph_changes where created_at < ${before.toISOString()}`);
  return result.rowCount ?? 0;
}
