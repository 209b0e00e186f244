import { eq } from "drizzle-orm";
import { AppError } from "../../../errors.ts";
import type { Actor } from "../../accounts/actor.ts";
import { profiles } from "../../people/people.tables.ts";
import { statusOnAgreement } from "../tours.lifecycle.ts";
import { sideOf } from "../tours.policy.ts";
import {
  findPendingVersion,
  insertSignature,
  setVersionStatus,
  signaturesFor,
  updateTourIfVersion,
} from "../tours.repo.ts";
import { runTourCommand, staleGuard, type TourDeps } from "./command.ts";
import { notifyOtherSide } from "./propose.ts";

/**
 * Signs the pending version (the proposal or an amendment) for the caller's side. When both sides have
 * signed, that text is frozen as the agreed version and becomes the tour's terms.
 */
export function signTour(deps: TourDeps, actor: Actor, tourId: string, version: number) {
  return runTourCommand(
    deps,
    actor,
    tourId,
    version,
    "sign",
    "sign",
    async ({ tx, tour, viewer, now, today }) => {
      const pending = await findPendingVersion(tx, tour.id);
      if (!pending) throw new AppError("NO_PENDING_VERSION", "There is nothing to sign on this tour.");
      const side = sideOf(viewer);
      if (!side || viewer.actor.kind !== "user")
        throw new AppError("FORBIDDEN", "You cannot sign this tour.");
      const [me] = await tx
        .select({ name: profiles.displayName })
        .from(profiles)
        .where(eq(profiles.userId, viewer.actor.userId));
      const signed = await insertSignature(tx, {
        tourId: tour.id,
        version: pending.version,
        side,
        userId: viewer.actor.userId,
        signerName: me?.name ?? viewer.actor.name,
        signedAt: now,
      });
      if (!signed) throw new AppError("TOUR_ALREADY_SIGNED", "Your side has already signed this version.");

      const sides = new Set((await signaturesFor(tx, tour.id, [pending.version])).map((s) => s.side));
      if (!(sides.has("person") && sides.has("company"))) {
        const updated = staleGuard(await updateTourIfVersion(tx, tour.id, tour.rowVersion, {}));
        await notifyOtherSide(tx, updated, side, "signature_needed", `v${pending.version}`);
        return updated;
      }

      await setVersionStatus(tx, tour.id, pending.version, { status: "agreed", agreedAt: now });
      const status = statusOnAgreement(pending.terms, today);
      const updated = staleGuard(
        await updateTourIfVersion(tx, tour.id, tour.rowVersion, {
          terms: pending.terms,
          sponsorId: pending.terms.sponsorId,
          agreedVersion: pending.version,
          status,
          ...(tour.agreedVersion === 0 ? { agreedAt: now } : {}),
        }),
      );
      await notifyOtherSide(tx, updated, side, "tour_agreed", `v${pending.version}`);
      return updated;
    },
  );
}
