import { and, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TourStatus } from "../../../shared/tours/constants.ts";
import type { DbOrTx } from "../../db/client.ts";
import { checkIns } from "../checkins/checkins.tables.ts";
import { memberships, organizations } from "../organizations/organizations.tables.ts";
import { isMemberSql } from "../organizations/standing.ts";
import { profiles } from "../people/people.tables.ts";
import { tours } from "../tours/tours.tables.ts";
import { notifications } from "./notifications.tables.ts";

/** Stored statuses time can still act on: agreed and active move forward, running ones expect check-ins. */
const TIME_DRIVEN: TourStatus[] = ["agreed", "active", "in_review"];

const sponsorMembership = alias(memberships, "sponsor_membership");

/**
 * Every tour time may act on, with what its reminders say and who may receive them, in one query: the
 * latest check-in, the organization's and the person's names, and whether the sponsor is still a
 * member on `today` (a sponsor who left gets no more reminders; the person always does).
 */
export async function loadTimeDrivenTours(db: DbOrTx, today: string) {
  return db
    .select({
      id: tours.id,
      status: tours.status,
      terms: tours.terms,
      personId: tours.personId,
      sponsorId: tours.sponsorId,
      orgName: organizations.name,
      personName: profiles.displayName,
      sponsorIsMember: sql<boolean>`coalesce(${isMemberSql("sponsor_membership", today)}, false)`,
      // As text: a bare date from a raw expression would come back as a JS Date in local time.
      lastHeldOn: sql<
        string | null
      >`(select max(${checkIns.heldOn})::text from ${checkIns} where ${checkIns.tourId} = ${tours.id})`,
    })
    .from(tours)
    .innerJoin(organizations, eq(organizations.id, tours.orgId))
    .leftJoin(profiles, eq(profiles.userId, tours.personId))
    .leftJoin(
      sponsorMembership,
      and(eq(sponsorMembership.orgId, tours.orgId), eq(sponsorMembership.userId, tours.sponsorId)),
    )
    .where(inArray(tours.status, TIME_DRIVEN));
}

export type TimeDrivenTour = Awaited<ReturnType<typeof loadTimeDrivenTours>>[number];

/** Which of these dedupe keys are already stored, in one query (one array parameter, however many). */
export async function existingDedupeKeys(db: DbOrTx, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows = await db
    .select({ key: notifications.dedupeKey })
    .from(notifications)
    .where(sql`${notifications.dedupeKey} = any(${sql.param(keys)}::text[])`);
  return new Set(rows.map((r) => r.key));
}
