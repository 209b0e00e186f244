import type { TourPart } from "../../../shared/checkins/constants.ts";
import type { TourStatus } from "../../../shared/tours/constants.ts";
import type { DbOrTx } from "../../db/client.ts";
import type { UserActor } from "../accounts/actor.ts";
import type { MembershipFacts } from "../organizations/organizations.policy.ts";
import { membershipOf } from "../organizations/organizations.repo.ts";
import { advanceWithTime, reviewOpensOn } from "../tours/tours.lifecycle.ts";
import { canOnTour } from "../tours/tours.policy.ts";
import { listToursOfUser, type TourRow } from "../tours/tours.repo.ts";
import { type CheckInDue, nextCheckIn } from "./checkin-schedule.ts";
import { lastHeldOnByTour } from "./checkins.repo.ts";

/** A tour the caller takes part in, with the status time has brought it to and its next check-in. */
export interface MyTour {
  tour: TourRow;
  part: TourPart;
  status: TourStatus;
  reviewOpensOn: string | null;
  due: CheckInDue | null;
}

/**
 * The tours where the caller is the person, and those they sponsor, as the tour policy lets them read
 * them: a person keeps their own tours after leaving; a sponsor sees theirs only while still a member.
 * Feeds the "My alliance" dashboard and the calendar feed.
 */
export async function myTours(db: DbOrTx, actor: UserActor, today: string): Promise<MyTour[]> {
  const tours = await listToursOfUser(db, actor.userId);
  const orgIds = [...new Set(tours.map((t) => t.orgId))];
  const memberships = new Map<string, MembershipFacts | null>(
    await Promise.all(
      orgIds.map(async (id) => [id, await membershipOf(db, id, actor.userId, today)] as const),
    ),
  );
  const readable = tours.filter((tour) =>
    canOnTour(
      {
        actor,
        membership: memberships.get(tour.orgId) ?? null,
        isPerson: tour.personId === actor.userId,
        isSponsor: tour.sponsorId === actor.userId,
      },
      "read",
    ),
  );
  const lastHeld = await lastHeldOnByTour(
    db,
    readable.map((t) => t.id),
  );
  return readable.map((tour) => {
    const status = advanceWithTime(tour.status, tour.terms, today);
    return {
      tour,
      part: tour.personId === actor.userId ? "person" : "sponsor",
      status,
      reviewOpensOn: reviewOpensOn(tour.terms),
      due: nextCheckIn(
        { status, startDate: tour.terms.startDate, cadenceMonths: tour.terms.checkInCadenceMonths },
        lastHeld.get(tour.id) ?? null,
        today,
      ),
    };
  });
}
