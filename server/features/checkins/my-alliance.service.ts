import {
  type AllianceTour,
  ENDING_WITHIN_DAYS,
  type MyAlliance,
  UPCOMING_WITHIN_DAYS,
} from "../../../shared/checkins/schemas.ts";
import { addDays, type Clock, isoDay } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import type { UserActor } from "../accounts/actor.ts";
import { RUNNING } from "./checkin-schedule.ts";
import { displayNames, orgsByIds } from "./checkins.repo.ts";
import { type MyTour, myTours } from "./my-tours.ts";

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b));

export function createMyAllianceService({ db, clock }: { db: Database; clock: Clock }) {
  return {
    /**
     * The caller's "My alliance" dashboard: their own tours, the tours they sponsor while still a member,
     * and what needs attention across both (check-ins coming up or overdue). The sponsor view adds tours
     * ending within six months and tours in their review window.
     */
    async get(actor: UserActor): Promise<MyAlliance> {
      const today = isoDay(clock());
      const mine = await myTours(db, actor, today);
      const [names, orgs] = await Promise.all([
        displayNames(
          db,
          mine.flatMap(({ tour }) => [tour.personId, ...(tour.sponsorId ? [tour.sponsorId] : [])]),
        ),
        orgsByIds(
          db,
          mine.map(({ tour }) => tour.orgId),
        ),
      ]);
      const summary = ({ tour, part, status, reviewOpensOn, due }: MyTour): AllianceTour => ({
        id: tour.id,
        title: tour.terms.title,
        type: tour.terms.type,
        org: orgs.get(tour.orgId) ?? { id: tour.orgId, slug: "", name: "" },
        person: { id: tour.personId, displayName: names.get(tour.personId) ?? "" },
        sponsor: tour.sponsorId ? { id: tour.sponsorId, displayName: names.get(tour.sponsorId) ?? "" } : null,
        myPart: part,
        status,
        startDate: tour.terms.startDate,
        plannedEndDate: tour.terms.plannedEndDate,
        reviewOpensOn,
        nextCheckInDue: due?.dueOn ?? null,
        overdue: due?.overdue ?? false,
      });

      const all = mine.map(summary);
      const sponsored = all.filter((t) => t.myPart === "sponsor");
      const upcomingUntil = addDays(today, UPCOMING_WITHIN_DAYS);
      const endingUntil = addDays(today, ENDING_WITHIN_DAYS);
      const dueOf = (t: AllianceTour) => t.nextCheckInDue ?? "";
      return {
        asPerson: all.filter((t) => t.myPart === "person"),
        asSponsor: sponsored,
        upcoming: all
          .filter((t) => !t.overdue && t.nextCheckInDue !== null && t.nextCheckInDue <= upcomingUntil)
          .sort(byKey(dueOf)),
        overdue: all.filter((t) => t.overdue).sort(byKey(dueOf)),
        endingWithinSixMonths: sponsored
          .filter(
            (t) =>
              RUNNING.includes(t.status) &&
              t.plannedEndDate !== null &&
              t.plannedEndDate >= today &&
              t.plannedEndDate <= endingUntil,
          )
          .sort(byKey((t) => t.plannedEndDate ?? "")),
        inReview: sponsored.filter((t) => t.status === "in_review"),
      };
    },
  };
}

export type MyAllianceService = ReturnType<typeof createMyAllianceService>;
