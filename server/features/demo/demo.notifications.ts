import { nextCheckIn, RUNNING } from "../checkins/checkin-schedule.ts";
import { CHECK_IN_NOTICE_DAYS } from "../notifications/reminders.ts";
import { reviewOpensOn } from "../tours/tours.lifecycle.ts";
import { addDays, at, dayOf, minDay } from "./demo.dates.ts";
import type { DemoCompany, DemoPerson } from "./demo.generator.ts";
import type { DemoCheckIn, DemoNotification, DemoSignature, DemoTour } from "./demo.types.ts";

/**
 * The notifications the app would have raised by `asOf`: proposals and signatures waiting for the other
 * side, review windows that opened, check-ins coming due or overdue. They carry the app's own dedupe
 * keys, so the reminder job finds them already raised; the seeder stores them without email.
 * Notifications older than two weeks have been read.
 */
export function makeNotifications(input: {
  asOf: string;
  tours: DemoTour[];
  signatures: DemoSignature[];
  checkIns: DemoCheckIn[];
  people: DemoPerson[];
  companies: DemoCompany[];
}): DemoNotification[] {
  const { asOf } = input;
  const nameOf = (id: string) => input.people.find((p) => p.id === id)?.displayName ?? "";
  const out: DemoNotification[] = [];
  const push = (n: Omit<DemoNotification, "readAt">) => {
    const old = dayOf(n.createdAt) < addDays(asOf, -14);
    out.push({ ...n, readAt: old ? at(addDays(dayOf(n.createdAt), 1), 8) : null });
  };

  for (const tour of input.tours) {
    const other = (userId: string) => (userId === tour.personId ? tour.sponsorId : tour.personId);
    const tourTitle = tour.terms.title;
    const orgName = input.companies.find((c) => c.slug === tour.companySlug)?.name ?? "";
    const facts = (userId: string) => ({
      tourTitle,
      orgName,
      ...(userId !== tour.personId ? { personName: nameOf(tour.personId) } : {}),
    });

    if (tour.status === "proposed" && tour.proposedBy && tour.proposedAt) {
      const to = other(tour.proposedBy);
      const data = { tourTitle, actorName: nameOf(tour.proposedBy) };
      push({
        userId: to,
        kind: "tour_proposed",
        tourKey: tour.key,
        keySuffix: `2:${to}`,
        data,
        createdAt: tour.proposedAt,
      });
      for (const s of input.signatures.filter((x) => x.tourKey === tour.key)) {
        const signedTo = other(s.userId);
        const signed = { tourTitle, actorName: s.signerName };
        push({
          userId: signedTo,
          kind: "signature_needed",
          tourKey: tour.key,
          keySuffix: `v1:${signedTo}`,
          data: signed,
          createdAt: s.signedAt,
        });
      }
    }
    if (!RUNNING.includes(tour.status)) continue;

    const recipients = [tour.personId, tour.sponsorId];
    const review = reviewOpensOn(tour.terms);
    if (tour.status === "in_review" && review) {
      for (const userId of recipients) {
        const data = { ...facts(userId), plannedEndDate: tour.terms.plannedEndDate ?? "" };
        push({
          userId,
          kind: "review_window_open",
          tourKey: tour.key,
          keySuffix: userId,
          data,
          createdAt: at(review, 0, 30),
        });
      }
    }
    const last = input.checkIns
      .filter((c) => c.tourKey === tour.key)
      .reduce<string | null>((a, c) => (a === null || c.heldOn > a ? c.heldOn : a), null);
    const schedule = {
      status: tour.status,
      startDate: tour.terms.startDate,
      cadenceMonths: tour.terms.checkInCadenceMonths,
    };
    const due = nextCheckIn(schedule, last, asOf);
    if (due && (due.overdue || due.dueOn <= addDays(asOf, CHECK_IN_NOTICE_DAYS))) {
      const kind = due.overdue ? "check_in_overdue" : "check_in_due";
      const raisedOn = due.overdue ? addDays(due.dueOn, 1) : addDays(due.dueOn, -CHECK_IN_NOTICE_DAYS);
      for (const userId of recipients) {
        const data = { ...facts(userId), dueOn: due.dueOn };
        push({
          userId,
          kind,
          tourKey: tour.key,
          keySuffix: `${due.dueOn}:${userId}`,
          data,
          createdAt: at(minDay(raisedOn, asOf), 0, 30),
        });
      }
    }
  }
  return out;
}
