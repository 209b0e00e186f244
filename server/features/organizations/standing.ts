import { type SQL, sql } from "drizzle-orm";
import type { MembershipStatus } from "./organizations.tables.ts";

/**
 * Where a person stands with an organization on a given day. Departures take effect the day after the
 * last day: until then the person is still a member.
 * - member: sees the organization's internal data;
 * - alumnus: left in good standing, in the alumni network;
 * - former: left without confirmed good standing, or was taken out of the alumni network;
 * - removed: access ended by an admin.
 */
export type Standing = "member" | "alumnus" | "former" | "removed";

export function standingOf(m: { status: MembershipStatus; endedOn: string | null }, today: string): Standing {
  if (m.status === "active") return "member";
  if (m.status === "removed") return "removed";
  if (m.endedOn !== null && m.endedOn >= today) return "member";
  return m.status === "alumni" ? "alumnus" : "former";
}

/** SQL twin of standingOf(...) === "member" for the memberships row aliased `m`. */
export function isMemberSql(m: string, today: string): SQL {
  const a = sql.raw(m);
  return sql`(${a}.status = 'active' or (${a}.status in ('alumni', 'former') and coalesce(${a}.ended_on >= ${today}::date, false)))`;
}

/** SQL twin of standingOf(...) === "alumnus". */
export function isAlumnusSql(m: string, today: string): SQL {
  const a = sql.raw(m);
  return sql`(${a}.status = 'alumni' and (${a}.ended_on is null or ${a}.ended_on < ${today}::date))`;
}
