import type { DbOrTx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { Actor } from "../accounts/actor.ts";
import { membershipOf } from "../organizations/organizations.repo.ts";
import { canOnTour, type TourAction, type TourViewer } from "./tours.policy.ts";
import { findTour, type TourRow } from "./tours.repo.ts";

export const tourNotFound = () => new AppError("TOUR_NOT_FOUND", "Tour not found.");

/**
 * Loads a tour and checks the caller may perform `action` on it. Callers who may not even read it get
 * 404, so a tour id reveals nothing to outsiders; readers who may not act get 403.
 */
export async function loadTourFor(
  db: DbOrTx,
  actor: Actor,
  tourId: string,
  action: TourAction,
  today: string,
  options: { lock?: boolean } = {},
): Promise<{ tour: TourRow; viewer: TourViewer }> {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const tour = await findTour(db, tourId, options);
  if (!tour) throw tourNotFound();
  const membership = await membershipOf(db, tour.orgId, actor.userId, today);
  const viewer: TourViewer = {
    actor,
    membership,
    isPerson: tour.personId === actor.userId,
    isSponsor: tour.sponsorId === actor.userId,
  };
  if (!canOnTour(viewer, "read")) throw tourNotFound();
  if (!canOnTour(viewer, action)) throw new AppError("FORBIDDEN", "You cannot do that on this tour.");
  return { tour, viewer };
}
