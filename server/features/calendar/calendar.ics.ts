import { createEvents, type DateArray, type EventAttributes } from "ics";
import { addDays } from "../../clock.ts";
import type { MyTour } from "../checkins/my-tours.ts";

/** The facts a feed shows about one tour. Deliberately narrow: no private notes, no departure reasons. */
export interface FeedTour extends MyTour {
  orgName: string;
  personName: string;
}

/** Tours whose dates still matter: agreed (about to start) and running. */
const IN_FEED = new Set(["agreed", "active", "in_review"]);

const dateArray = (day: string): DateArray => day.split("-").map(Number) as DateArray;

/** A one-day event; the UID stays the same for a tour and kind, so calendar apps update it in place. */
function allDay(kind: string, tourId: string, day: string, title: string, details: string): EventAttributes {
  return {
    uid: `${kind}-${tourId}@alliance`,
    title,
    description: details,
    start: dateArray(day),
    end: dateArray(addDays(day, 1)),
    transp: "TRANSPARENT",
    busyStatus: "FREE",
  };
}

/**
 * The RFC 5545 calendar of the feed owner's agreed and running tours: the next check-in due, the start,
 * the planned end and the day the review window opens.
 */
export function renderFeed(tours: FeedTour[], baseUrl: string): string {
  const events = tours
    .filter((t) => IN_FEED.has(t.status))
    .flatMap(({ tour, part, reviewOpensOn, due, orgName, personName }) => {
      const name = part === "sponsor" ? `${tour.terms.title} (${personName})` : tour.terms.title;
      const details = `Tour of duty at ${orgName}.\n${baseUrl}/tours/${tour.id}`;
      const { startDate, plannedEndDate } = tour.terms;
      return [
        ...(due ? [allDay("check-in", tour.id, due.dueOn, `Check-in due: ${name}`, details)] : []),
        allDay("start", tour.id, startDate, `Tour starts: ${name}`, details),
        ...(plannedEndDate ? [allDay("end", tour.id, plannedEndDate, `Tour ends: ${name}`, details)] : []),
        ...(reviewOpensOn
          ? [allDay("review", tour.id, reviewOpensOn, `Tour review opens: ${name}`, details)]
          : []),
      ];
    });
  const { error, value } = createEvents(events, {
    productId: "-//Alliance//Tours of duty//EN",
    method: "PUBLISH",
    calName: "Alliance",
  });
  if (error || !value) throw error ?? new Error("the calendar could not be generated");
  return value;
}
