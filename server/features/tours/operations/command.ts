import { type Clock, isoDay } from "../../../clock.ts";
import type { Database, DbOrTx } from "../../../db/client.ts";
import { AppError } from "../../../errors.ts";
import type { Actor } from "../../accounts/actor.ts";
import { syncTourWithTime } from "../time-sync.ts";
import { loadTourFor } from "../tour-access.ts";
import { commandAllowed, type TourCommand } from "../tours.lifecycle.ts";
import type { TourAction, TourViewer } from "../tours.policy.ts";
import type { TourRow } from "../tours.repo.ts";

export interface TourDeps {
  db: Database;
  clock: Clock;
}

export interface CommandContext {
  tx: DbOrTx;
  tour: TourRow;
  viewer: TourViewer;
  now: Date;
  today: string;
}

/**
 * Runs one change to a tour in a transaction holding the tour's row lock, in this order: may the caller
 * do it (404/403), is their copy current (409 TOUR_STALE), does the status allow it (409
 * TOUR_INVALID_TRANSITION). The status is first brought up to date with the calendar.
 */
export async function runTourCommand<T>(
  deps: TourDeps,
  actor: Actor,
  tourId: string,
  expectedVersion: number,
  action: TourAction,
  command: TourCommand,
  fn: (ctx: CommandContext) => Promise<T>,
): Promise<T> {
  const now = deps.clock();
  const today = isoDay(now);
  return deps.db.transaction(async (tx) => {
    const loaded = await loadTourFor(tx, actor, tourId, action, today, { lock: true });
    const tour = await syncTourWithTime(tx, loaded.tour, today);
    if (tour.rowVersion !== expectedVersion) {
      throw new AppError("TOUR_STALE", "This tour was changed by someone else. Reload it and try again.", {
        currentVersion: tour.rowVersion,
      });
    }
    if (!commandAllowed(command, tour.status)) {
      throw new AppError(
        "TOUR_INVALID_TRANSITION",
        `A ${tour.status.replace("_", " ")} tour cannot do that.`,
        {
          status: tour.status,
          command,
        },
      );
    }
    return fn({ tx, tour, viewer: loaded.viewer, now, today });
  });
}

/** Applies a patch only if nobody changed the tour since it was locked; the lock makes this certain. */
export function staleGuard<T>(row: T | undefined): T {
  if (!row)
    throw new AppError("TOUR_STALE", "This tour was changed by someone else. Reload it and try again.");
  return row;
}
