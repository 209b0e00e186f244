import type { TourTerms } from "../../../../shared/tours/schemas.ts";
import { AppError } from "../../../errors.ts";
import type { Actor } from "../../accounts/actor.ts";
import { sideOf } from "../tours.policy.ts";
import { findPendingVersion, insertVersion, updateTourIfVersion } from "../tours.repo.ts";
import { runTourCommand, staleGuard, type TourDeps } from "./command.ts";
import { discardPending, notifyOtherSide } from "./propose.ts";
import { changedFields, mergeTerms } from "./terms.ts";

/**
 * Proposes a change to agreed terms. It becomes the next version once both sides sign it; until then
 * the agreed text stays in force. One amendment at a time.
 */
export function proposeAmendment(
  deps: TourDeps,
  actor: Actor,
  tourId: string,
  version: number,
  patch: Partial<TourTerms>,
  summary: string,
) {
  return runTourCommand(deps, actor, tourId, version, "amend", "amend", async ({ tx, tour, viewer }) => {
    if (await findPendingVersion(tx, tour.id)) {
      throw new AppError("AMENDMENT_PENDING", "An amendment is already waiting for signatures.");
    }
    // The sponsor changes with the organization's roles, not by amendment.
    const { sponsorId: _sponsor, ...rest } = patch;
    const terms = mergeTerms(tour.terms, rest);
    if (changedFields(tour.terms, terms).length === 0) {
      throw new AppError("VALIDATION_FAILED", "The amendment changes nothing.", {
        fieldErrors: { terms: ["changes nothing"] },
      });
    }
    const proposedBy = viewer.actor.kind === "user" ? viewer.actor.userId : null;
    await insertVersion(tx, { tourId: tour.id, version: tour.agreedVersion + 1, terms, summary, proposedBy });
    const updated = staleGuard(await updateTourIfVersion(tx, tour.id, tour.rowVersion, {}));
    await notifyOtherSide(tx, updated, sideOf(viewer), "amendment_proposed", `v${tour.agreedVersion + 1}`);
    return updated;
  });
}

/** Withdraws the amendment waiting for signatures; the agreed text stays as it was. */
export function withdrawAmendment(deps: TourDeps, actor: Actor, tourId: string, version: number) {
  return runTourCommand(deps, actor, tourId, version, "amend", "amend", async ({ tx, tour }) => {
    if (!(await discardPending(tx, tour.id))) {
      throw new AppError("NO_PENDING_VERSION", "There is no amendment waiting for signatures.");
    }
    return staleGuard(await updateTourIfVersion(tx, tour.id, tour.rowVersion, {}));
  });
}
