import { RUNNING } from "../checkins/checkin-schedule.ts";
import * as cw from "./demo.checkin-words.ts";
import { addDays, addMonths, at, dayOf, maxDay } from "./demo.dates.ts";
import type { Random } from "./demo.random.ts";
import type { DemoCheckIn, DemoPrivateNote, DemoTour } from "./demo.types.ts";

/**
 * Check-ins held while each tour ran, one cadence apart (a few days early or late), alternately written
 * by the sponsor and the person. Lapsed tours skipped their latest ones and are overdue on `asOf`.
 * A few check-ins carry a private note by their author.
 */
export interface CheckInsResult {
  checkIns: DemoCheckIn[];
  privateNotes: DemoPrivateNote[];
}

/** Tours that ran at some point: running now, or finished after running. */
const RAN = [...RUNNING, "completed", "ended_early"];

export function makeCheckIns(
  rng: Random,
  input: { asOf: string; tours: DemoTour[]; lapsed: string[]; loginId: string },
): CheckInsResult {
  const { asOf, loginId } = input;
  const checkIns: DemoCheckIn[] = [];
  const privateNotes: DemoPrivateNote[] = [];

  for (const tour of input.tours) {
    if (!RAN.includes(tour.status) || !tour.agreedAt) continue;
    const { startDate, checkInCadenceMonths: cadence } = tour.terms;
    // Only while running: from the start (or the agreement, if signed later) to its end or yesterday.
    const from = maxDay(startDate, dayOf(tour.agreedAt));
    const until = tour.endedOn ?? addDays(asOf, -1);
    const held: string[] = [];
    for (;;) {
      const due = addMonths(held.at(-1) ?? startDate, cadence);
      const day = maxDay(addDays(due, rng.int(-10, 6)), from);
      if (day > until) break;
      held.push(day);
    }
    const lapsed = input.lapsed.includes(tour.key) || (tour.endedOn === null && rng.chance(0.15));
    if (lapsed) {
      held.pop();
      while (held.length > 0 && addMonths(held.at(-1) as string, cadence) >= asOf) held.pop();
    }

    for (const day of held) {
      const bySponsor = rng.chance(0.55);
      const authorId = bySponsor ? tour.sponsorId : tour.personId;
      const key = `checkin-${String(checkIns.length + 1).padStart(4, "0")}`;
      const createdAt = at(day, rng.int(9, 17), rng.int(0, 59));
      checkIns.push({
        key,
        tourKey: tour.key,
        authorId,
        heldOn: day,
        progress: rng.pick(cw.PROGRESS),
        companyDelivered: rng.pick(cw.COMPANY_DELIVERED),
        personDelivered: rng.pick(cw.PERSON_DELIVERED),
        blockers: rng.pick(cw.BLOCKERS),
        nextSteps: rng.pick(cw.NEXT_STEPS),
        sharedNotes: rng.pick(cw.SHARED_NOTES),
        createdAt,
      });
      if (rng.chance(0.12)) {
        const note = rng.pick(bySponsor ? cw.SPONSOR_NOTES : cw.PERSON_NOTES);
        privateNotes.push({ checkInKey: key, authorId, note, updatedAt: createdAt });
      }
    }
  }

  // The demo login should find at least one note of her own on a check-in she wrote.
  if (!privateNotes.some((n) => n.authorId === loginId)) {
    const mine = checkIns.findLast((c) => c.authorId === loginId);
    if (mine) {
      const sponsor = input.tours.some((t) => t.key === mine.tourKey && t.sponsorId === loginId);
      const note = rng.pick(sponsor ? cw.SPONSOR_NOTES : cw.PERSON_NOTES);
      privateNotes.push({ checkInKey: mine.key, authorId: loginId, note, updatedAt: mine.createdAt });
    }
  }
  return { checkIns, privateNotes };
}
