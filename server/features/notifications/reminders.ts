import type { TourStatus } from "../../../shared/tours/constants.ts";
import { addDays, type Clock, isoDay } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import { nextCheckIn } from "../checkins/checkin-schedule.ts";
import { advanceWithTime } from "../tours/tours.lifecycle.ts";
import { moveStatusIfUnchanged } from "../tours/tours.repo.ts";
import { type NotificationInput, notify } from "./notifier.ts";
import { existingDedupeKeys, loadTimeDrivenTours, type TimeDrivenTour } from "./reminders.repo.ts";

/** A check-in reminder goes out this many days before the check-in is due. */
export const CHECK_IN_NOTICE_DAYS = 7;

export interface TickResult {
  /** Tours this tick moved forward in time (agreed → active, active → in_review). */
  advanced: number;
  /** Notifications this tick created; those another server or an earlier tick created are not counted. */
  notified: number;
}

/** The tour's person, and its sponsor while still a member of the organization. */
function recipients(tour: TimeDrivenTour): string[] {
  const sponsor = tour.sponsorId && tour.sponsorIsMember ? tour.sponsorId : null;
  return sponsor && sponsor !== tour.personId ? [tour.personId, sponsor] : [tour.personId];
}

/** What a reminder to `userId` says; the person's name only for the sponsor, who meets them. */
function tourFacts(tour: TimeDrivenTour, userId: string): Record<string, string> {
  return {
    tourTitle: tour.terms.title,
    orgName: tour.orgName,
    ...(tour.personName && userId !== tour.personId ? { personName: tour.personName } : {}),
  };
}

/**
 * What time alone makes true about tours: agreed tours start, running ones reach their review window,
 * check-ins come due and go overdue. Every tick is idempotent and may run on several servers at once:
 * status changes are conditional on the status read, and every notification carries a dedupe key that
 * is stored once.
 *
 * The review notice is raised from the tour's status, not from the moment this tick moved it: so a tour
 * moved elsewhere (a request that read it, a signature on a tour already in its window) or a crash
 * between the move and the notice is caught up on the next tick, at the cost of one lookup of known keys.
 */
export function createReminderScheduler({ db, clock }: { db: Database; clock: Clock }) {
  /** The notifications a tour in `status` calls for today; most were raised by an earlier tick. */
  function remindersFor(tour: TimeDrivenTour, status: TourStatus, today: string): NotificationInput[] {
    const link = `/tours/${tour.id}`;
    const out: NotificationInput[] = [];
    if (status === "in_review") {
      const end: Record<string, string> = tour.terms.plannedEndDate
        ? { plannedEndDate: tour.terms.plannedEndDate }
        : {};
      for (const userId of recipients(tour)) {
        out.push({
          userId,
          kind: "review_window_open",
          data: { ...tourFacts(tour, userId), ...end },
          link,
          dedupeKey: `review_window_open:${tour.id}:${userId}`,
        });
      }
    }
    const due = nextCheckIn(
      { status, startDate: tour.terms.startDate, cadenceMonths: tour.terms.checkInCadenceMonths },
      tour.lastHeldOn,
      today,
    );
    if (due && (due.overdue || due.dueOn <= addDays(today, CHECK_IN_NOTICE_DAYS))) {
      const kind = due.overdue ? "check_in_overdue" : "check_in_due";
      for (const userId of recipients(tour)) {
        out.push({
          userId,
          kind,
          data: { ...tourFacts(tour, userId), dueOn: due.dueOn },
          link,
          dedupeKey: `${kind}:${tour.id}:${due.dueOn}:${userId}`,
        });
      }
    }
    return out;
  }

  return {
    async tick(): Promise<TickResult> {
      const today = isoDay(clock());
      const result: TickResult = { advanced: 0, notified: 0 };
      const reminders: NotificationInput[] = [];

      for (const tour of await loadTimeDrivenTours(db, today)) {
        const status = advanceWithTime(tour.status, tour.terms, today);
        if (status !== tour.status) {
          // Someone else moved it (another server, or a person completing it): re-read it next tick.
          if (!(await moveStatusIfUnchanged(db, tour.id, tour.status, status))) continue;
          result.advanced++;
        }
        reminders.push(...remindersFor(tour, status, today));
      }

      // Skip the reminders already stored in one query, rather than two queries per reminder.
      const known = await existingDedupeKeys(
        db,
        reminders.map((r) => r.dedupeKey),
      );
      for (const reminder of reminders) {
        if (!known.has(reminder.dedupeKey) && (await notify(db, reminder))) result.notified++;
      }
      return result;
    },
  };
}

export type ReminderScheduler = ReturnType<typeof createReminderScheduler>;
