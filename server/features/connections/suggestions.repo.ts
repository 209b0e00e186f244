import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { blockedWith } from "./connections.repo.ts";
import { dismissedSuggestions } from "./connections.tables.ts";

// ---- suggestions ----

export async function dismissSuggestion(db: DbOrTx, userId: string, otherId: string, at: Date) {
  await db
    .insert(dismissedSuggestions)
    .values({ userId, otherId, createdAt: at })
    .onConflictDoNothing({ target: [dismissedSuggestions.userId, dismissedSuggestions.otherId] });
}

export interface SuggestionRow {
  userId: string;
  reasons: { orgId: string; fromYear: number; toYear: number; days: number }[];
}

/**
 * People whose stints overlapped the viewer's at the same organization (any stage but alumni, which
 * follows employment), who are not connected to the viewer, have no open or declined request with them,
 * are not blocked either way and were not dismissed. Ranked by overlap weighted by recency: the days
 * spent together, counted in full while the overlap is current and halved five years after it ended.
 * Ties go to the more recent overlap. Uses affiliations (user_id, started_on) for the viewer's stints
 * and (org_id, user_id, started_on) for everyone else's.
 */
export async function suggest(
  db: DbOrTx,
  me: string,
  today: string,
  limit: number,
): Promise<SuggestionRow[]> {
  const { rows } = await db.execute<{ user_id: string; reasons: SuggestionRow["reasons"] }>(sql`
    with mine as (
      select org_id, started_on, coalesce(ended_on, ${today}::date) as ended_on
      from affiliations where user_id = ${me} and stage <> 'alumni' and started_on <= ${today}::date
    ),
    together as (
      select a.user_id, a.org_id,
             greatest(a.started_on, m.started_on) as from_day,
             least(coalesce(a.ended_on, ${today}::date), m.ended_on) as to_day
      from mine m
      join affiliations a on a.org_id = m.org_id and a.user_id <> ${me} and a.stage <> 'alumni'
        and a.started_on <= m.ended_on and coalesce(a.ended_on, ${today}::date) >= m.started_on
    ),
    per_org as (
      select user_id, org_id, min(from_day) as from_day, max(to_day) as to_day,
             sum(to_day - from_day + 1) as days
      from together where to_day >= from_day group by user_id, org_id
    ),
    candidates as (
      select o.user_id,
             sum(o.days / (1 + greatest(${today}::date - o.to_day, 0) / (5 * 365.25))) as score,
             max(o.to_day) as latest,
             json_agg(json_build_object(
               'orgId', o.org_id,
               'fromYear', extract(year from o.from_day)::int,
               'toYear', extract(year from o.to_day)::int,
               'days', o.days) order by o.days desc, o.to_day desc) as reasons
      from per_org o
      join profiles p on p.user_id = o.user_id
      where not exists (select 1 from connections c
                        where c.user_a = least(${me}::text, o.user_id) and c.user_b = greatest(${me}::text, o.user_id))
        and not exists (select 1 from connection_requests r
                        where least(r.from_user, r.to_user) = least(${me}::text, o.user_id)
                          and greatest(r.from_user, r.to_user) = greatest(${me}::text, o.user_id)
                          and r.status in ('pending', 'ignored', 'declined'))
        and not ${blockedWith(me, sql`o.user_id`)}
        and not exists (select 1 from dismissed_suggestions d where d.user_id = ${me} and d.other_id = o.user_id)
      group by o.user_id
    )
    select user_id, reasons from candidates
    order by score desc, latest desc, user_id
    limit ${limit}`);
  return rows.map((r) => ({ userId: r.user_id, reasons: r.reasons }));
}
