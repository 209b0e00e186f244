import { and, eq } from "drizzle-orm";
import type { TourTerms } from "../../../../shared/tours/schemas.ts";
import type { DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../accounts/actor.ts";
import { notify } from "../../notifications/notifier.ts";
import { sideOf } from "../tours.policy.ts";
import {
  clearSignatures,
  findPendingVersion,
  insertVersion,
  type TourRow,
  updateTourIfVersion,
} from "../tours.repo.ts";
import { tourVersions } from "../tours.tables.ts";
import { runTourCommand, staleGuard, type TourDeps } from "./command.ts";
import { mergeTerms } from "./terms.ts";

/** Changes the terms of a draft or proposal. Changing a proposal clears its signatures: nobody signed this text. */
export function editTour(
  deps: TourDeps,
  actor: Actor,
  tourId: string,
  version: number,
  patch: Partial<TourTerms>,
) {
  return runTourCommand(deps, actor, tourId, version, "edit", "edit", async ({ tx, tour }) => {
    const { sponsorId: _sponsorIsNotEditedHere, ...rest } = patch;
    const terms = mergeTerms(tour.terms, rest);
    const updated = staleGuard(await updateTourIfVersion(tx, tour.id, tour.rowVersion, { terms }));
    if (tour.status === "proposed") {
      const pending = await findPendingVersion(tx, tour.id);
      if (pending) {
        await tx
          .update(tourVersions)
          .set({ terms })
          .where(and(eq(tourVersions.tourId, tour.id), eq(tourVersions.version, pending.version)));
        await clearSignatures(tx, tour.id, pending.version);
      }
    }
    return updated;
  });
}

/** Either side proposes the draft; its text becomes version 1, waiting for both signatures. */
export function proposeTour(deps: TourDeps, actor: Actor, tourId: string, version: number) {
  return runTourCommand(
    deps,
    actor,
    tourId,
    version,
    "propose",
    "propose",
    async ({ tx, tour, viewer, now }) => {
      await insertVersion(tx, {
        tourId: tour.id,
        version: tour.agreedVersion + 1,
        terms: tour.terms,
        status: "pending",
        proposedBy: viewer.actor.kind === "user" ? viewer.actor.userId : null,
      });
      const updated = staleGuard(
        await updateTourIfVersion(tx, tour.id, tour.rowVersion, {
          status: "proposed",
          proposedBy: viewer.actor.kind === "user" ? viewer.actor.userId : null,
          proposedAt: now,
        }),
      );
      await notifyOtherSide(tx, updated, sideOf(viewer), "tour_proposed");
      return updated;
    },
  );
}

/** Takes a proposal back to draft; its unsigned version is discarded. */
export function withdrawProposal(deps: TourDeps, actor: Actor, tourId: string, version: number) {
  return runTourCommand(deps, actor, tourId, version, "withdraw", "withdraw", async ({ tx, tour }) => {
    await discardPending(tx, tour.id);
    return staleGuard(
      await updateTourIfVersion(tx, tour.id, tour.rowVersion, { status: "draft", proposedAt: null }),
    );
  });
}

export async function discardPending(tx: DbOrTx, tourId: string): Promise<boolean> {
  const pending = await findPendingVersion(tx, tourId);
  if (!pending) return false;
  await clearSignatures(tx, tourId, pending.version);
  await tx
    .delete(tourVersions)
    .where(and(eq(tourVersions.tourId, tourId), eq(tourVersions.version, pending.version)));
  return true;
}

/** Tells the side that did not act. The company side is the sponsor; a tour without one has nobody to tell. */
export async function notifyOtherSide(
  tx: DbOrTx,
  tour: TourRow,
  actingSide: "person" | "company" | null,
  kind: "tour_proposed" | "signature_needed" | "tour_agreed" | "amendment_proposed",
  key = `${tour.rowVersion}`,
): Promise<void> {
  const recipients =
    actingSide === "person" ? [tour.sponsorId] : actingSide === "company" ? [tour.personId] : [];
  for (const userId of recipients) {
    if (!userId) continue;
    await notify(tx, {
      userId,
      kind,
      data: { tourTitle: tour.terms.title },
      link: `/tours/${tour.id}`,
      dedupeKey: `${kind}:${tour.id}:${key}:${userId}`,
    });
  }
}
