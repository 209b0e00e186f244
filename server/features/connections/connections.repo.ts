import { and, asc, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type {
  ConnectionListVisibility,
  PersonSummary,
  RequestBox,
  RequestStatus,
} from "../../../shared/connections/schemas.ts";
import { DEFAULT_VISIBILITY } from "../../../shared/people/constants.ts";
import type { DbOrTx } from "../../db/client.ts";
import { containsPattern, textArray } from "../../db/sql.ts";
import { organizations } from "../organizations/organizations.tables.ts";
import { canSeeField } from "../people/people.policy.ts";
import { relationColumns } from "../people/people.repo.ts";
import { profiles } from "../people/people.tables.ts";
import { tours } from "../tours/tours.tables.ts";
import { connectionRequests, connections, userBlocks } from "./connections.tables.ts";

export type ConnectionRow = typeof connections.$inferSelect;
export type RequestRow = typeof connectionRequests.$inferSelect;

/** A pair as the connections table stores it: the smaller id first. */
export const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

// ---- people ----

export async function findPerson(
  db: DbOrTx,
  userId: string,
): Promise<{ userId: string; displayName: string; listVisibility: ConnectionListVisibility } | undefined> {
  const [row] = await db
    .select({
      userId: profiles.userId,
      displayName: profiles.displayName,
      listVisibility: profiles.connectionListVisibility,
    })
    .from(profiles)
    .where(eq(profiles.userId, userId));
  return row;
}

/** The people as the viewer may see them: the name always, the headline when its visibility allows. */
export async function summaries(
  db: DbOrTx,
  viewerId: string,
  ids: readonly string[],
  today: string,
): Promise<Map<string, PersonSummary>> {
  if (ids.length === 0) return new Map();
  const rel = relationColumns(viewerId, sql`p.user_id`, today);
  const { rows } = await db.execute<Record<string, unknown>>(sql`
    select p.user_id, p.display_name, p.headline, p.visibility->>'headline' as headline_visibility,
           ${rel.self} as self, ${rel.sharesOrg} as shares_org,
           ${rel.sharesAlumniNetwork} as shares_alumni, ${rel.connected} as connected
    from profiles p where p.user_id = any(${textArray([...new Set(ids)])})`);
  const out = new Map<string, PersonSummary>();
  for (const r of rows) {
    const relation = {
      self: Boolean(r.self),
      sharesOrg: Boolean(r.shares_org),
      sharesAlumniNetwork: Boolean(r.shares_alumni),
      connected: Boolean(r.connected),
    };
    const visibility = (r.headline_visibility as string | null) ?? DEFAULT_VISIBILITY.headline;
    const id = String(r.user_id);
    out.set(id, {
      id,
      displayName: String(r.display_name),
      ...(canSeeField(relation, visibility as typeof DEFAULT_VISIBILITY.headline)
        ? { headline: String(r.headline) }
        : {}),
    });
  }
  return out;
}

export async function blockedEitherWay(db: DbOrTx, a: string, b: string): Promise<boolean> {
  const rows = await db
    .select({ blocker: userBlocks.blocker })
    .from(userBlocks)
    .where(
      or(
        and(eq(userBlocks.blocker, a), eq(userBlocks.blocked, b)),
        and(eq(userBlocks.blocker, b), eq(userBlocks.blocked, a)),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** `sql` true when `col` and `viewer` block one another either way. */
export const blockedWith = (viewer: string, col: SQL) => sql`exists (
  select 1 from user_blocks b
  where (b.blocker = ${viewer} and b.blocked = ${col}) or (b.blocker = ${col} and b.blocked = ${viewer}))`;

// ---- connections ----

export async function findConnection(db: DbOrTx, a: string, b: string): Promise<ConnectionRow | undefined> {
  const [userA, userB] = ordered(a, b);
  const [row] = await db
    .select()
    .from(connections)
    .where(and(eq(connections.userA, userA), eq(connections.userB, userB)));
  return row;
}

/** Creates the connection unless it exists; returns the stored row either way. */
export async function insertConnection(
  db: DbOrTx,
  values: Omit<typeof connections.$inferInsert, "userA" | "userB"> & { between: [string, string] },
): Promise<ConnectionRow> {
  const { between, ...rest } = values;
  const [userA, userB] = ordered(...between);
  await db
    .insert(connections)
    .values({ ...rest, userA, userB })
    .onConflictDoNothing({ target: [connections.userA, connections.userB] });
  const row = await findConnection(db, userA, userB);
  if (!row) throw new Error("connection vanished after insert");
  return row;
}

export async function updateConnection(
  db: DbOrTx,
  a: string,
  b: string,
  patch: Partial<Pick<ConnectionRow, "contextOrgId" | "contextTourId" | "since" | "trustA" | "trustB">>,
): Promise<ConnectionRow | undefined> {
  const [userA, userB] = ordered(a, b);
  const [row] = await db
    .update(connections)
    .set(patch)
    .where(and(eq(connections.userA, userA), eq(connections.userB, userB)))
    .returning();
  return row;
}

export async function deleteConnection(db: DbOrTx, a: string, b: string): Promise<boolean> {
  const [userA, userB] = ordered(a, b);
  const rows = await db
    .delete(connections)
    .where(and(eq(connections.userA, userA), eq(connections.userB, userB)))
    .returning({ a: connections.userA });
  return rows.length > 0;
}

export interface ListedRow {
  row: ConnectionRow;
  otherId: string;
  sortKey: string;
  /** created_at in whole milliseconds since the epoch, as text: the "recent" cursor. */
  createdMs: string;
}

const otherOf = (me: string) =>
  sql<string>`(case when ${connections.userA} = ${me} then ${connections.userB} else ${connections.userA} end)`;
/** created_at to the millisecond, the precision of cursors (rows inserted by default carry microseconds). */
const createdMs = sql`date_trunc('milliseconds', ${connections.createdAt})`;

/**
 * A person's connections, each with the other person's id. Keyset-paginated: newest first on
 * (created_at to the ms, other id), or A to Z on (lower(name), other id). `hiddenFrom` leaves out people
 * who block, or are blocked by, that viewer.
 */
export async function listConnectionsOf(
  db: DbOrTx,
  ownerId: string,
  opts: {
    q?: string;
    sort: "recent" | "name";
    after: { key: string; id: string } | null;
    limit: number;
    hiddenFrom?: string;
  },
): Promise<ListedRow[]> {
  const other = otherOf(ownerId);
  const key = sql<string>`lower(${profiles.displayName})`;
  const cursor = opts.after
    ? opts.sort === "recent"
      ? sql`(${createdMs}, ${other}) < (${opts.after.key}::timestamptz, ${opts.after.id})`
      : sql`(${key}, ${other}) > (${opts.after.key}, ${opts.after.id})`
    : undefined;
  const rows = await db
    .select({
      row: connections,
      otherId: other,
      sortKey: key,
      createdMs: sql<string>`(extract(epoch from ${createdMs}) * 1000)::bigint::text`,
    })
    .from(connections)
    .innerJoin(profiles, eq(profiles.userId, other))
    .where(
      and(
        or(eq(connections.userA, ownerId), eq(connections.userB, ownerId)),
        opts.q ? sql`${profiles.displayName} ilike ${containsPattern(opts.q)}` : undefined,
        opts.hiddenFrom ? sql`not ${blockedWith(opts.hiddenFrom, other)}` : undefined,
        cursor,
      ),
    )
    .orderBy(...(opts.sort === "recent" ? [desc(createdMs), desc(other)] : [asc(key), asc(other)]))
    .limit(opts.limit);
  return rows;
}

// ---- requests ----

const samePair = (a: string, b: string) => {
  const [x, y] = ordered(a, b);
  return sql`least(${connectionRequests.fromUser}, ${connectionRequests.toUser}) = ${x}
    and greatest(${connectionRequests.fromUser}, ${connectionRequests.toUser}) = ${y}`;
};
const isOpen = sql`${connectionRequests.status} in ('pending', 'ignored')`;

/** The open (pending or ignored) request between two people, either way; `lock` holds it to the transaction. */
export async function findOpenRequestBetween(
  db: DbOrTx,
  a: string,
  b: string,
  lock = false,
): Promise<RequestRow | undefined> {
  const query = db
    .select()
    .from(connectionRequests)
    .where(and(samePair(a, b), isOpen));
  const [row] = lock ? await query.for("update") : await query;
  return row;
}

export async function insertRequest(db: DbOrTx, values: typeof connectionRequests.$inferInsert) {
  const [row] = await db.insert(connectionRequests).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function findRequest(db: DbOrTx, id: string): Promise<RequestRow | undefined> {
  const [row] = await db.select().from(connectionRequests).where(eq(connectionRequests.id, id));
  return row;
}

/**
 * Moves a request to `to` only if it is still in one of `from`, in one statement: of two concurrent
 * answers, exactly one gets the row back.
 */
export async function moveRequest(
  db: DbOrTx,
  id: string,
  from: RequestStatus[],
  to: RequestStatus,
  at: Date,
): Promise<RequestRow | undefined> {
  const [row] = await db
    .update(connectionRequests)
    .set({ status: to, respondedAt: at })
    .where(and(eq(connectionRequests.id, id), inArray(connectionRequests.status, from)))
    .returning();
  return row;
}

/** Whether `to` declined a request from `from` after `since`. */
export async function declinedSince(db: DbOrTx, from: string, to: string, since: Date): Promise<boolean> {
  const rows = await db
    .select({ id: connectionRequests.id })
    .from(connectionRequests)
    .where(
      and(
        eq(connectionRequests.fromUser, from),
        eq(connectionRequests.toUser, to),
        eq(connectionRequests.status, "declined"),
        sql`${connectionRequests.respondedAt} > ${since.toISOString()}::timestamptz`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** Ends every open request between a blocker and the other: theirs as declined, the blocker's as withdrawn. */
export async function closeOpenRequestsBetween(
  db: DbOrTx,
  blocker: string,
  other: string,
  at: Date,
): Promise<void> {
  await db
    .update(connectionRequests)
    .set({
      status: sql`case when ${connectionRequests.fromUser} = ${blocker} then 'withdrawn' else 'declined' end`,
      respondedAt: at,
    })
    .where(and(samePair(blocker, other), isOpen));
}

/**
 * A box of requests, newest first, keyset-paginated on (created_at, id). The recipient's box leaves out
 * ignored requests; the sender's shows them, as open.
 */
export async function listRequests(
  db: DbOrTx,
  me: string,
  box: RequestBox,
  after: { at: string; id: string } | null,
  limit: number,
): Promise<RequestRow[]> {
  return db
    .select()
    .from(connectionRequests)
    .where(
      and(
        box === "incoming"
          ? and(eq(connectionRequests.toUser, me), eq(connectionRequests.status, "pending"))
          : and(eq(connectionRequests.fromUser, me), isOpen),
        after
          ? sql`(${connectionRequests.createdAt}, ${connectionRequests.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(connectionRequests.createdAt), desc(connectionRequests.id))
    .limit(limit);
}

/** For each of `ids`: connected to `me`, or an open request either way. */
export async function pairStatuses(
  db: DbOrTx,
  me: string,
  ids: readonly string[],
): Promise<Map<string, "connected" | "requested">> {
  const out = new Map<string, "connected" | "requested">();
  if (ids.length === 0) return out;
  const { rows } = await db.execute<{ id: string; status: "connected" | "requested" }>(sql`
    select o.id,
      case when exists (select 1 from connections c
                        where c.user_a = least(${me}::text, o.id) and c.user_b = greatest(${me}::text, o.id))
           then 'connected'
           when exists (select 1 from connection_requests r
                        where least(r.from_user, r.to_user) = least(${me}::text, o.id)
                          and greatest(r.from_user, r.to_user) = greatest(${me}::text, o.id)
                          and r.status in ('pending', 'ignored'))
           then 'requested' end as status
    from unnest(${textArray(ids)}) as o(id)`);
  for (const r of rows) if (r.status) out.set(r.id, r.status);
  return out;
}

// ---- context: organizations and tours ----

export async function findOrg(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row;
}

export async function findTourParties(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: tours.id,
      orgId: tours.orgId,
      personId: tours.personId,
      sponsorId: tours.sponsorId,
      title: sql<string>`${tours.terms}->>'title'`,
    })
    .from(tours)
    .where(eq(tours.id, id));
  return row;
}

export async function orgRefs(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { id: string; slug: string; name: string }>();
  const rows = await db
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

export type TourParties = NonNullable<Awaited<ReturnType<typeof findTourParties>>>;

export async function tourParties(db: DbOrTx, ids: readonly string[]): Promise<Map<string, TourParties>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: tours.id,
      orgId: tours.orgId,
      personId: tours.personId,
      sponsorId: tours.sponsorId,
      title: sql<string>`${tours.terms}->>'title'`,
    })
    .from(tours)
    .where(inArray(tours.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}
