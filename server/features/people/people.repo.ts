import { eq, type SQL, sql } from "drizzle-orm";
import { DEFAULT_VISIBILITY, type ProfileField } from "../../../shared/people/schemas.ts";
import type { DbOrTx } from "../../db/client.ts";
import { containsPattern } from "../../db/sql.ts";
import { users } from "../accounts/accounts.tables.ts";
import { isAlumnusSql, isMemberSql } from "../organizations/standing.ts";
import type { StoredProfile, ViewerRelation } from "./people.policy.ts";
import { profiles } from "./people.tables.ts";

export async function createProfileFor(db: DbOrTx, userId: string, displayName: string): Promise<void> {
  await db
    .insert(profiles)
    .values({ userId, displayName, visibility: DEFAULT_VISIBILITY })
    .onConflictDoNothing({ target: profiles.userId });
}

export async function renameAccount(db: DbOrTx, userId: string, name: string): Promise<void> {
  await db.update(users).set({ name, updatedAt: new Date() }).where(eq(users.id, userId));
}

export async function findProfile(db: DbOrTx, userId: string): Promise<StoredProfile | undefined> {
  const [row] = await db.select().from(profiles).where(eq(profiles.userId, userId));
  return row ? withAllVisibility(row) : undefined;
}

export async function updateProfile(
  db: DbOrTx,
  userId: string,
  patch: Partial<Omit<StoredProfile, "userId">>,
): Promise<StoredProfile | undefined> {
  const [row] = await db
    .update(profiles)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(profiles.userId, userId))
    .returning();
  return row ? withAllVisibility(row) : undefined;
}

/** Fields added after a profile was saved fall back to their default audience. */
function withAllVisibility<T extends StoredProfile>(row: T): T {
  return { ...row, visibility: { ...DEFAULT_VISIBILITY, ...row.visibility } };
}

/**
 * SQL for the viewer's relation to the profile owner in `ownerCol` on `today`, mirroring people.policy.ts
 * and the date-aware standing of organizations/standing.ts. `viewerId` null means a signed-out visitor,
 * who has no relation to anyone.
 */
export function relationColumns(viewerId: string | null, ownerCol: SQL, today: string) {
  const v = viewerId ?? "";
  return {
    self: sql<boolean>`(${ownerCol} = ${v})`,
    sharesOrg: sql<boolean>`exists (
      select 1 from memberships mv join memberships mo on mo.org_id = mv.org_id
      where mv.user_id = ${v} and ${isMemberSql("mv", today)}
        and mo.user_id = ${ownerCol} and ${isMemberSql("mo", today)})`,
    sharesAlumniNetwork: sql<boolean>`exists (
      select 1 from memberships mv join memberships mo on mo.org_id = mv.org_id
      where mv.user_id = ${v} and (${isMemberSql("mv", today)} or ${isAlumnusSql("mv", today)})
        and mo.user_id = ${ownerCol} and ${isAlumnusSql("mo", today)})`,
    connected: sql<boolean>`exists (
      select 1 from connections c
      where c.user_a = least(${v}::text, ${ownerCol}) and c.user_b = greatest(${v}::text, ${ownerCol}))`,
  };
}

export async function relationBetween(
  db: DbOrTx,
  viewerId: string | null,
  ownerId: string,
  today: string,
): Promise<ViewerRelation> {
  const cols = relationColumns(viewerId, sql`${ownerId}::text`, today);
  const result = await db.execute<{
    self: boolean;
    shares_org: boolean;
    shares_alumni: boolean;
    connected: boolean;
  }>(
    sql`select ${cols.self} as self, ${cols.sharesOrg} as shares_org,
        ${cols.sharesAlumniNetwork} as shares_alumni, ${cols.connected} as connected`,
  );
  const r = result.rows[0];
  return {
    self: Boolean(r?.self),
    sharesOrg: Boolean(r?.shares_org),
    sharesAlumniNetwork: Boolean(r?.shares_alumni),
    connected: Boolean(r?.connected),
  };
}

/** SQL truth of "this viewer may see this field", the same rule as canSeeField; reads columns of a row `r` carrying the relation columns (see searchProfiles). */
export function fieldVisible(field: ProfileField): SQL {
  return sql`(r.self or case r.visibility->>${field}
    when 'public' then true
    when 'organizations' then r.shares_org
    when 'alumni_networks' then r.shares_alumni
    when 'connections' then r.connected
    else false end)`;
}

export interface SearchRow {
  profile: StoredProfile;
  relation: ViewerRelation;
  sortKey: string;
}

/**
 * Finds people by name, or by headline, location or skill where the viewer may see that field, so a
 * hidden field can never make someone show up. People who block the viewer, or whom the viewer
 * blocks, never show up. Keyset-paginated on (lower(name), id).
 */
export async function searchProfiles(
  db: DbOrTx,
  viewerId: string,
  q: string,
  today: string,
  after: { key: string; id: string } | null,
  limit: number,
): Promise<SearchRow[]> {
  const rel = relationColumns(viewerId, sql`p.user_id`, today);
  const pattern = containsPattern(q);
  const match = q
    ? sql`(r.display_name ilike ${pattern}
        or (r.headline ilike ${pattern} and ${fieldVisible("headline")})
        or (r.location ilike ${pattern} and ${fieldVisible("location")})
        or (exists (select 1 from unnest(r.skills) s where s ilike ${pattern}) and ${fieldVisible("skills")}))`
    : sql`true`;
  const cursor = after ? sql`and (lower(r.display_name), r.user_id) > (${after.key}, ${after.id})` : sql``;
  const result = await db.execute<Record<string, unknown>>(sql`
    with r as (
      select p.*, ${rel.self} as self, ${rel.sharesOrg} as shares_org,
             ${rel.sharesAlumniNetwork} as shares_alumni, ${rel.connected} as connected
      from profiles p
    )
    select r.*, lower(r.display_name) as sort_key from r where ${match} ${cursor}
      and not exists (select 1 from user_blocks b
        where (b.blocker = ${viewerId} and b.blocked = r.user_id) or (b.blocker = r.user_id and b.blocked = ${viewerId}))
    order by lower(r.display_name), r.user_id
    limit ${limit}`);
  return result.rows.map((row) => ({
    profile: withAllVisibility({
      userId: String(row.user_id),
      displayName: String(row.display_name),
      headline: String(row.headline),
      bio: String(row.bio),
      location: String(row.location),
      skills: row.skills as string[],
      links: row.links as StoredProfile["links"],
      mission: String(row.mission),
      vision: String(row.vision),
      values: row.values as string[],
      visibility: row.visibility as StoredProfile["visibility"],
    }),
    relation: {
      self: Boolean(row.self),
      sharesOrg: Boolean(row.shares_org),
      sharesAlumniNetwork: Boolean(row.shares_alumni),
      connected: Boolean(row.connected),
    },
    sortKey: String(row.sort_key),
  }));
}
