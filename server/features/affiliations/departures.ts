import { and, eq, isNull } from "drizzle-orm";
import { addDays } from "../../clock.ts";
import type { DbOrTx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { notify } from "../notifications/notifier.ts";
import { countActiveOwners, membershipOf } from "../organizations/organizations.repo.ts";
import { memberships, organizations } from "../organizations/organizations.tables.ts";
import { closeOpenAffiliations, openAffiliation } from "./affiliations.repo.ts";
import { type DepartureReason, departures } from "./affiliations.tables.ts";

export interface DepartureInput {
  orgId: string;
  userId: string;
  lastDay: string;
  reasonCategory: DepartureReason | null;
  /** null: self-reported, waiting for the organization to confirm. */
  goodStanding: boolean | null;
  selfReported: boolean;
  recordedBy: string;
}

/**
 * Records that a member leaves on `lastDay`. They keep access through that day; from the next day they
 * are an alumnus (good standing) or a former member. The employee stage closes on the last day and, in
 * good standing, an alumni stage opens the day after. Nothing is deleted.
 */
export async function recordDeparture(tx: DbOrTx, input: DepartureInput, today: string) {
  const membership = await membershipOf(tx, input.orgId, input.userId, today);
  if (membership?.standing !== "member")
    throw new AppError("MEMBER_NOT_FOUND", "Only a current member can leave.");
  const [open] = await tx
    .select({ status: memberships.status })
    .from(memberships)
    .where(and(eq(memberships.orgId, input.orgId), eq(memberships.userId, input.userId)));
  if (open && open.status !== "active") {
    throw new AppError("DEPARTURE_EXISTS", "A departure is already recorded for this person.");
  }

  const [departure] = await tx.insert(departures).values(input).returning();
  if (!departure) throw new Error("insert returned no row");
  await tx
    .update(memberships)
    .set({
      status: input.goodStanding ? "alumni" : "former",
      endedOn: input.lastDay,
      alumniTier: input.goodStanding ? "alumni" : null,
      updatedAt: new Date(),
    })
    .where(and(eq(memberships.orgId, input.orgId), eq(memberships.userId, input.userId)));
  if (membership.role === "owner" && (await countActiveOwners(tx, input.orgId)) === 0) {
    throw new AppError(
      "LAST_OWNER",
      "An organization needs at least one owner. Make someone else owner first.",
    );
  }
  await closeOpenAffiliations(tx, input.orgId, input.userId, input.lastDay);
  if (input.goodStanding)
    await openAlumniStage(tx, input.orgId, input.userId, input.lastDay, input.recordedBy);

  const [org] = await tx
    .select({ name: organizations.name, slug: organizations.slug })
    .from(organizations)
    .where(eq(organizations.id, input.orgId));
  if (input.recordedBy !== input.userId) {
    await notify(tx, {
      userId: input.userId,
      kind: "departure_recorded",
      data: { orgName: org?.name ?? "", lastDay: input.lastDay },
      link: `/orgs/${org?.slug ?? ""}/alumni-area`,
      dedupeKey: `departure_recorded:${departure.id}:${input.userId}`,
    });
  }
  return departure;
}

/**
 * The organization settles a self-reported departure: in good standing the person joins the alumni
 * network the day after their last day; otherwise they stay a former member.
 */
export async function confirmDeparture(
  tx: DbOrTx,
  departureId: string,
  orgId: string,
  goodStanding: boolean,
  confirmedBy: string,
  now: Date,
) {
  const [row] = await tx
    .update(departures)
    .set({ goodStanding, confirmedBy, confirmedAt: now })
    .where(and(eq(departures.id, departureId), eq(departures.orgId, orgId), isNull(departures.goodStanding)))
    .returning();
  if (!row) throw new AppError("DEPARTURE_NOT_FOUND", "No departure waiting for confirmation.");
  if (goodStanding) {
    await tx
      .update(memberships)
      .set({ status: "alumni", alumniTier: "alumni", updatedAt: new Date() })
      .where(
        and(
          eq(memberships.orgId, orgId),
          eq(memberships.userId, row.userId),
          eq(memberships.status, "former"),
        ),
      );
    await openAlumniStage(tx, orgId, row.userId, row.lastDay, confirmedBy);
  }
  return row;
}

async function openAlumniStage(
  tx: DbOrTx,
  orgId: string,
  userId: string,
  lastDay: string,
  createdBy: string,
) {
  await openAffiliation(tx, { orgId, userId, stage: "alumni", startedOn: addDays(lastDay, 1), createdBy });
}
