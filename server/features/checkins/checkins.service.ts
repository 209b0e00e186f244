import type { CheckIn, CreateCheckInInput, UpdateCheckInInput } from "../../../shared/checkins/schemas.ts";
import { type Clock, isoDay } from "../../clock.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import type { Database } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { UserActor } from "../accounts/actor.ts";
import { loadTourFor } from "../tours/tour-access.ts";
import { advanceWithTime } from "../tours/tours.lifecycle.ts";
import type { TourViewer } from "../tours/tours.policy.ts";
import type { TourRow } from "../tours/tours.repo.ts";
import { nextCheckIn, RUNNING } from "./checkin-schedule.ts";
import { type CheckInAction, canOnCheckIn, canReadPrivateNote } from "./checkins.policy.ts";
import * as repo from "./checkins.repo.ts";

const checkInNotFound = () => new AppError("CHECK_IN_NOT_FOUND", "Check-in not found.");

export function createCheckInsService({ db, clock }: { db: Database; clock: Clock }) {
  const today = () => isoDay(clock());

  /**
   * Loads the tour (404 to anyone who may not read it) and checks `action` under the check-in policy
   * (403 for readers who may not). Also says whether the tour is running today.
   */
  async function authorize(actor: UserActor, tourId: string, action: CheckInAction, checkInId?: string) {
    const { tour, viewer } = await loadTourFor(db, actor, tourId, "checkIn.read", today());
    const checkIn = checkInId ? await repo.findCheckIn(db, tourId, checkInId) : undefined;
    if (checkInId && !checkIn) throw checkInNotFound();
    if (!canOnCheckIn(viewer, action, checkIn ?? null)) {
      throw new AppError("FORBIDDEN", "You cannot do that on this tour's check-ins.");
    }
    const running = RUNNING.includes(advanceWithTime(tour.status, tour.terms, today()));
    return { tour, viewer, checkIn, running };
  }

  function requireRunning(running: boolean): void {
    if (!running) {
      throw new AppError("TOUR_INVALID_TRANSITION", "Check-ins are recorded while the tour is running.");
    }
  }

  /** A held-on day in the future is a mistake in the form, reported beside the field. */
  function checkHeldOn(heldOn: string | undefined): void {
    if (heldOn !== undefined && heldOn > today()) {
      throw new AppError("VALIDATION_FAILED", "A check-in cannot be held in the future.", {
        fieldErrors: { heldOn: ["cannot be in the future"] },
      });
    }
  }

  async function toDto(
    row: repo.CheckInRow,
    actor: UserActor,
    viewer: TourViewer,
    running: boolean,
  ): Promise<CheckIn> {
    const [names, notes] = await Promise.all([
      repo.displayNames(db, row.authorId ? [row.authorId] : []),
      repo.ownPrivateNotes(db, [row.id], actor.userId),
    ]);
    return dto({ ...row, authorName: names.get(row.authorId ?? "") ?? null }, notes, viewer, running);
  }

  return {
    /** Records a check-in on a running tour; the optional private note is stored for its author alone. */
    async create(actor: UserActor, tourId: string, input: CreateCheckInInput): Promise<CheckIn> {
      const { viewer, running } = await authorize(actor, tourId, "create");
      requireRunning(running);
      checkHeldOn(input.heldOn);
      const { privateNote, ...shared } = input;
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertCheckIn(tx, {
          ...shared,
          tourId,
          authorId: actor.userId,
          createdAt: clock(),
        });
        if (privateNote) await repo.setPrivateNote(tx, created.id, actor.userId, privateNote, clock());
        return created;
      });
      return toDto(row, actor, viewer, running);
    },

    /** Check-ins newest first, each with the caller's own private note only, and the tour's schedule. */
    async list(actor: UserActor, tourId: string, cursor: string | undefined, limit: number) {
      const { tour, viewer, running } = await authorize(actor, tourId, "list");
      const after = decodeCursor(cursor, ["on", "at", "id"]);
      const rows = await repo.listCheckIns(db, tourId, after, limit + 1);
      const pageRows = rows.slice(0, limit);
      const [notes, lastHeld] = await Promise.all([
        repo.ownPrivateNotes(
          db,
          pageRows.map((r) => r.id),
          actor.userId,
        ),
        repo.lastHeldOnByTour(db, [tourId]),
      ]);
      const last = rows[limit - 1];
      return {
        items: pageRows.map((r) => dto(r, notes, viewer, running)),
        nextCursor:
          rows.length > limit && last
            ? encodeCursor({ on: last.heldOn, at: last.createdAt.toISOString(), id: last.id })
            : null,
        schedule: schedule(tour, lastHeld.get(tourId) ?? null, today()),
      };
    },

    /** The author changes the shared fields and their own private note, while the tour is running. */
    async update(
      actor: UserActor,
      tourId: string,
      checkInId: string,
      input: UpdateCheckInInput,
    ): Promise<CheckIn> {
      const { viewer, running, checkIn } = await authorize(actor, tourId, "edit", checkInId);
      if (!checkIn) throw checkInNotFound();
      requireRunning(running);
      checkHeldOn(input.heldOn);
      const { privateNote, ...shared } = input;
      const row = await db.transaction(async (tx) => {
        const updated =
          Object.keys(shared).length > 0 ? await repo.updateCheckIn(tx, checkIn.id, shared) : checkIn;
        if (privateNote !== undefined) {
          await repo.setPrivateNote(tx, checkIn.id, actor.userId, privateNote, clock());
        }
        return updated;
      });
      return toDto(row, actor, viewer, running);
    },

    /** Anyone who reads the tour keeps their own note on a check-in; an empty note removes it. */
    async putPrivateNote(
      actor: UserActor,
      tourId: string,
      checkInId: string,
      note: string,
    ): Promise<CheckIn> {
      const { viewer, running, checkIn } = await authorize(actor, tourId, "keepPrivateNote", checkInId);
      if (!checkIn) throw checkInNotFound();
      await repo.setPrivateNote(db, checkIn.id, actor.userId, note, clock());
      return toDto(checkIn, actor, viewer, running);
    },
  };
}

export type CheckInsService = ReturnType<typeof createCheckInsService>;

function dto(
  row: repo.CheckInRow & { authorName: string | null },
  ownNotes: Map<string, repo.PrivateNote>,
  viewer: TourViewer,
  running: boolean,
): CheckIn {
  const own = ownNotes.get(row.id);
  return {
    id: row.id,
    tourId: row.tourId,
    heldOn: row.heldOn,
    author: row.authorId ? { id: row.authorId, displayName: row.authorName ?? "" } : null,
    progress: row.progress,
    companyDelivered: row.companyDelivered,
    personDelivered: row.personDelivered,
    blockers: row.blockers,
    nextSteps: row.nextSteps,
    sharedNotes: row.sharedNotes,
    ...(own && canReadPrivateNote(viewer, own) ? { privateNote: own.note } : {}),
    can: { edit: running && canOnCheckIn(viewer, "edit", row) },
    createdAt: row.createdAt.toISOString(),
  };
}

function schedule(tour: TourRow, lastHeldOn: string | null, today: string) {
  const status = advanceWithTime(tour.status, tour.terms, today);
  const cadenceMonths = tour.terms.checkInCadenceMonths;
  const due = nextCheckIn({ status, startDate: tour.terms.startDate, cadenceMonths }, lastHeldOn, today);
  return { cadenceMonths, nextDueOn: due?.dueOn ?? null, overdue: due?.overdue ?? false };
}
