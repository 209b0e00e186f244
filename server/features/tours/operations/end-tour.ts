import type { TourOutcome } from "../../../../shared/tours/schemas.ts";
import { addDays } from "../../../clock.ts";
import { AppError } from "../../../errors.ts";
import type { Actor } from "../../accounts/actor.ts";
import { recordDeparture } from "../../affiliations/departures.ts";
import { defaultPlannedEnd } from "../tours.lifecycle.ts";
import { insertTour, updateTourIfVersion } from "../tours.repo.ts";
import { runTourCommand, staleGuard, type TourDeps } from "./command.ts";
import { discardPending } from "./propose.ts";

/** Either side ends an agreed tour before its time, saying why. A pending amendment is dropped. */
export function endTourEarly(deps: TourDeps, actor: Actor, tourId: string, version: number, reason: string) {
  return runTourCommand(
    deps,
    actor,
    tourId,
    version,
    "endEarly",
    "endEarly",
    async ({ tx, tour, viewer, today }) => {
      await discardPending(tx, tour.id);
      return staleGuard(
        await updateTourIfVersion(tx, tour.id, tour.rowVersion, {
          status: "ended_early",
          endedEarlyBy: viewer.actor.kind === "user" ? viewer.actor.userId : null,
          endedEarlyReason: reason,
          endedOn: today,
        }),
      );
    },
  );
}

/**
 * The end-of-tour conversation's outcome, recorded by the company side:
 * - next_tour: a linked draft starts where this one ends;
 * - new_role_here: the tour completes, the person stays;
 * - leaving_on_good_terms: the departure is recorded in good standing with the given last day.
 */
export function completeTour(
  deps: TourDeps,
  actor: Actor,
  tourId: string,
  version: number,
  input: { outcome: TourOutcome; note: string; lastDay?: string },
) {
  return runTourCommand(
    deps,
    actor,
    tourId,
    version,
    "complete",
    "complete",
    async ({ tx, tour, viewer, today }) => {
      if (viewer.actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
      await discardPending(tx, tour.id);
      const completed = staleGuard(
        await updateTourIfVersion(tx, tour.id, tour.rowVersion, {
          status: "completed",
          outcome: input.outcome,
          outcomeNote: input.note,
          endedOn: today,
        }),
      );
      if (input.outcome === "next_tour") {
        const plannedEnd = tour.terms.plannedEndDate;
        const startDate = plannedEnd && plannedEnd > today ? addDays(plannedEnd, 1) : today;
        await insertTour(tx, {
          orgId: tour.orgId,
          personId: tour.personId,
          sponsorId: tour.sponsorId,
          previousTourId: tour.id,
          createdBy: viewer.actor.userId,
          terms: { ...tour.terms, startDate, plannedEndDate: defaultPlannedEnd(tour.terms.type, startDate) },
        });
      }
      if (input.outcome === "leaving_on_good_terms" && input.lastDay) {
        await recordDeparture(
          tx,
          {
            orgId: tour.orgId,
            userId: tour.personId,
            lastDay: input.lastDay,
            reasonCategory: "end_of_tour",
            goodStanding: true,
            selfReported: false,
            recordedBy: viewer.actor.userId,
          },
          today,
        );
      }
      return completed;
    },
  );
}
