import { and, count, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { checkIns } from "../checkins/checkins.tables.ts";
import { memberships, organizations } from "../organizations/organizations.tables.ts";
import { tours } from "../tours/tours.tables.ts";
import { affiliations, departures } from "./affiliations.tables.ts";

/**
 * Everything of one person's history, optionally limited to one organization: memberships, stages,
 * tours where they are the person (with check-in counts) and departures. Four queries, not one per org.
 */
export async function loadHistory(db: DbOrTx, userId: string, orgId?: string) {
  const byOrg = <T extends { orgId: unknown }>(col: T["orgId"]) =>
    orgId ? eq(col as never, orgId) : undefined;
  const [orgRows, stageRows, tourRows, departureRows] = await Promise.all([
    db
      .select({ org: organizations, membership: memberships })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(and(eq(memberships.userId, userId), byOrg(memberships.orgId)))
      .orderBy(desc(memberships.startedOn)),
    db
      .select()
      .from(affiliations)
      .where(and(eq(affiliations.userId, userId), byOrg(affiliations.orgId)))
      .orderBy(affiliations.startedOn, affiliations.createdAt),
    db
      .select()
      .from(tours)
      .where(and(eq(tours.personId, userId), byOrg(tours.orgId)))
      .orderBy(desc(tours.createdAt)),
    db
      .select()
      .from(departures)
      .where(and(eq(departures.userId, userId), byOrg(departures.orgId)))
      .orderBy(desc(departures.createdAt)),
  ]);
  const counts = tourRows.length
    ? await db
        .select({ tourId: checkIns.tourId, n: count() })
        .from(checkIns)
        .where(
          inArray(
            checkIns.tourId,
            tourRows.map((t) => t.id),
          ),
        )
        .groupBy(checkIns.tourId)
    : [];
  return {
    orgRows,
    stageRows,
    tourRows,
    departureRows,
    checkInCount: (tourId: string) => counts.find((c) => c.tourId === tourId)?.n ?? 0,
  };
}
