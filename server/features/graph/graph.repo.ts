import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { containsPattern, textArray } from "../../db/sql.ts";
import { fieldVisible, relationColumns } from "../people/people.repo.ts";

/** Display names by user id (always visible: a name is how people find each other). */
export async function displayNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.execute<{ user_id: string; display_name: string }>(
    sql`select user_id, display_name from profiles where user_id = any(${textArray(ids)})`,
  );
  return new Map(rows.map((r) => [r.user_id, r.display_name]));
}

/**
 * Of the candidates, those with the skill among the skills the viewer may see (case-insensitive), so a
 * hidden skill never makes someone an introducer.
 */
export async function withVisibleSkill(
  db: DbOrTx,
  viewerId: string,
  candidates: readonly string[],
  skill: string,
  today: string,
): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const rel = relationColumns(viewerId, sql`p.user_id`, today);
  const { rows } = await db.execute<{ user_id: string }>(sql`
    with r as (
      select p.user_id, p.skills, p.visibility, ${rel.self} as self, ${rel.sharesOrg} as shares_org,
             ${rel.sharesAlumniNetwork} as shares_alumni, ${rel.connected} as connected
      from profiles p where p.user_id = any(${textArray(candidates)})
        and exists (select 1 from unnest(p.skills) s where lower(s) = lower(${skill}))
    )
    select r.user_id from r where ${fieldVisible("skills")}`);
  return new Set(rows.map((r) => r.user_id));
}

/** Organizations by name, for finding an introduction to one. Names are public to signed-in people. */
export async function searchOrganizations(db: DbOrTx, q: string, limit: number) {
  const pattern = containsPattern(q);
  const { rows } = await db.execute<{ id: string; name: string; slug: string }>(sql`
    select id, name, slug from organizations where name ilike ${pattern} or slug ilike ${pattern}
    order by lower(name), id limit ${limit}`);
  return rows;
}

export async function organizationExists(db: DbOrTx, orgId: string): Promise<boolean> {
  const { rows } = await db.execute(sql`select 1 from organizations where id = ${orgId}::uuid`);
  return rows.length > 0;
}
