import type { Side, TourType } from "../../../shared/tours/constants.ts";
import { monthsBetween } from "../../clock.ts";
import { addDays, maxDay, minDay, monthStart } from "./demo.dates.ts";
import type { DemoMembership } from "./demo.generator.ts";
import type { Random } from "./demo.random.ts";
import type { TourSpec } from "./demo.tour-builder.ts";
import { AMENDMENTS, END_EARLY_REASONS, OUTCOME_NOTES } from "./demo.tour-words.ts";
import type { DemoDeparture, DemoTour } from "./demo.types.ts";

/**
 * The stories the demo tells with tours: each scenario is one or two tours for one membership, dated
 * so that time (advanceWithTime) brings them to the intended status on `asOf`.
 */
export type Scenario =
  | "active"
  | "lapsed"
  | "in_review"
  | "amended"
  | "draft"
  | "proposed"
  | "proposed_signed"
  | "agreed_future"
  | "completed_next"
  | "completed_new_role"
  | "ended_early";

export interface Storyteller {
  rng: Random;
  asOf: string;
  add(spec: TourSpec): DemoTour;
  typeFor(m: DemoMembership): TourType;
  /** Collects the tours whose check-ins should lapse. */
  lapsed: string[];
}

export function tellStory(
  t: Storyteller,
  m: DemoMembership,
  scenario: Scenario,
  sponsor: (day: string) => string,
  /** Set when the demo login sponsors it: her proposals come from the person. */
  forLogin: boolean,
): void {
  const { rng, asOf, add } = t;
  const agreed = { membership: m, phase: "agreed" as const };
  const openType = (): TourType => rng.pick(["rotational", "transformational"] as const);
  const tenure = monthsBetween(m.startedOn, asOf);
  const next = monthStart(asOf, 1);
  switch (scenario) {
    case "active":
    case "lapsed": {
      // A lapsed tour has run long enough to have missed a check-in.
      const type = scenario === "lapsed" ? openType() : t.typeFor(m);
      const limit = scenario === "lapsed" ? 6 : 1;
      const back = rng.int(limit, type === "rotational" ? 17 : type === "transformational" ? 29 : 40);
      const start = maxDay(m.startedOn, monthStart(asOf, -back));
      const tour = add({ ...agreed, sponsorId: sponsor(start), type, start });
      if (scenario === "lapsed") t.lapsed.push(tour.key);
      return;
    }
    case "in_review": {
      // Planned end one to five months away, so the review window has opened; a shorter custom
      // horizon when the person joined too recently for a full one.
      const type = openType();
      const start = monthStart(asOf, -((type === "rotational" ? 24 : 36) - rng.int(1, 5)));
      if (start >= m.startedOn) add({ ...agreed, sponsorId: sponsor(start), type, start });
      else {
        const plannedEnd = monthStart(asOf, rng.int(1, 2));
        const sponsorId = sponsor(m.startedOn);
        add({ ...agreed, sponsorId, type: "rotational", start: m.startedOn, plannedEnd });
      }
      return;
    }
    case "amended": {
      const start = maxDay(m.startedOn, monthStart(asOf, -rng.int(12, 16)));
      const on = addDays(asOf, -rng.int(20, 60));
      const amendment = { on, by: "company" as const, change: rng.pick(AMENDMENTS) };
      add({ ...agreed, sponsorId: sponsor(start), type: "rotational", start, amendment, cadence: 2 });
      return;
    }
    case "draft":
    case "proposed":
    case "proposed_signed":
    case "agreed_future": {
      const phase = scenario === "draft" ? "draft" : scenario === "agreed_future" ? "agreed" : "proposed";
      const createdOn = addDays(asOf, -(phase === "draft" ? rng.int(1, 12) : rng.int(8, 20)));
      const creator: Side = forLogin || rng.chance(0.5) ? "person" : "company";
      // The side that proposed signs at once; the other side's signature is what is awaited.
      const signedBy: Side[] = scenario === "proposed_signed" ? [creator] : [];
      const type = t.typeFor(m);
      add({
        membership: m,
        sponsorId: sponsor(next),
        type,
        start: next,
        phase,
        createdOn,
        creator,
        signedBy,
      });
      return;
    }
    case "completed_next": {
      const back = rng.int(26, Math.min(30, tenure));
      const start = monthStart(asOf, -back);
      const plannedEnd = monthStart(asOf, 24 - back);
      const on = addDays(plannedEnd, -rng.int(5, 25));
      const sponsorId = sponsor(start);
      const end = {
        status: "completed" as const,
        on,
        outcome: "next_tour" as const,
        note: rng.pick(OUTCOME_NOTES.next_tour),
      };
      const done = add({ ...agreed, sponsorId, type: "rotational", start, end });
      // As completeTour does: the next tour starts the day after the planned end, drafted by the company.
      const following = { createdOn: on, creator: "company" as const, previousTourKey: done.key };
      add({ ...agreed, sponsorId, type: t.typeFor(m), start: addDays(plannedEnd, 1), ...following });
      return;
    }
    case "completed_new_role": {
      const start = monthStart(asOf, -rng.int(14, Math.min(22, tenure)));
      const on = addDays(asOf, -rng.int(10, 40));
      const sponsorId = sponsor(start);
      const note = rng.pick(OUTCOME_NOTES.new_role_here);
      const end = { status: "completed" as const, on, outcome: "new_role_here" as const, note };
      add({ ...agreed, sponsorId, type: openType(), start, end });
      // The tour for the new role is being written.
      const createdOn = minDay(addDays(on, rng.int(2, 7)), addDays(asOf, -1));
      add({
        membership: m,
        sponsorId,
        type: t.typeFor(m),
        start: next,
        phase: "draft",
        createdOn,
        creator: "company",
      });
      return;
    }
    case "ended_early": {
      const on = addDays(asOf, -rng.int(60, 120));
      const start = maxDay(m.startedOn, minDay(monthStart(asOf, -rng.int(10, 18)), monthStart(on, -6)));
      const sponsorId = sponsor(start);
      const by = rng.chance(0.7) ? sponsorId : m.personId;
      const end = { status: "ended_early" as const, on, by, reason: rng.pick(END_EARLY_REASONS) };
      add({ ...agreed, sponsorId, type: openType(), start, end });
      const createdOn = addDays(on, rng.int(1, 10));
      add({ ...agreed, sponsorId, type: t.typeFor(m), start: monthStart(on, 1), createdOn });
      return;
    }
  }
}

/**
 * One alumna or alumnus whose tour ended with the conversation the book asks for: completed as
 * `leaving_on_good_terms`, with the departure (reason end_of_tour) recorded by the sponsor at that moment.
 */
export function tellLeaverStory(
  t: Storyteller,
  memberships: DemoMembership[],
  departures: DemoDeparture[],
): void {
  const { rng, asOf } = t;
  const membershipOf = (d: DemoDeparture) =>
    memberships.find((x) => x.personId === d.personId && x.companySlug === d.companySlug);
  const leaver = departures.find((d) => {
    const m = membershipOf(d);
    return (
      d.reasonCategory === "end_of_tour" &&
      d.goodStanding === true &&
      !d.selfReported &&
      m?.endedOn === d.lastDay &&
      d.lastDay >= monthStart(asOf, -30) &&
      monthsBetween(m.startedOn, d.lastDay) >= 14
    );
  });
  if (!leaver) return;
  const m = membershipOf(leaver) as DemoMembership;
  const start = maxDay(m.startedOn, monthStart(addDays(leaver.lastDay, 1), -24));
  const on = addDays(leaver.lastDay, -rng.int(20, 45));
  const note = rng.pick(OUTCOME_NOTES.leaving_on_good_terms);
  const end = { status: "completed" as const, on, outcome: "leaving_on_good_terms" as const, note };
  const tour = t.add({
    membership: m,
    phase: "agreed",
    sponsorId: leaver.recordedBy,
    type: "rotational",
    start,
    end,
  });
  leaver.createdAt = tour.updatedAt;
}
