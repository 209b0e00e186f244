import type { Side, TourOutcome, TourStatus, TourType } from "../../../shared/tours/constants.ts";
import { advanceWithTime, defaultPlannedEnd, reviewOpensOn } from "../tours/tours.lifecycle.ts";
import { addDays, at, dayOf, maxDay, minDay } from "./demo.dates.ts";
import type { DemoCompany, DemoMembership, DemoPerson } from "./demo.generator.ts";
import type { Random } from "./demo.random.ts";
import { amended, makeTerms, unfinished } from "./demo.tour-terms.ts";
import type { Amendment } from "./demo.tour-words.ts";
import type { DemoSignature, DemoTour, DemoTourVersion } from "./demo.types.ts";

/**
 * Writes one tour the way the app's commands would have left it: created, proposed (version 1 pending),
 * signed by both sides (version 1 agreed and frozen), moved on by time, amended, completed or ended early.
 * The status is always what `advanceWithTime` makes of the agreement on the day that matters.
 */
export interface TourSpec {
  /** The person's membership: the tour belongs to its company and cannot predate it. */
  membership: DemoMembership;
  sponsorId: string;
  type: TourType;
  start: string;
  /** Defaults to the type's horizon. */
  plannedEnd?: string | null;
  phase: "draft" | "proposed" | "agreed";
  createdOn?: string;
  creator?: Side;
  /** For proposals: the sides that already signed version 1. */
  signedBy?: Side[];
  amendment?: { on: string; by: Side; change: Amendment };
  end?:
    | { status: "completed"; on: string; outcome: TourOutcome; note: string }
    | { status: "ended_early"; on: string; by: string; reason: string };
  previousTourKey?: string;
  cadence?: number;
}

export interface TourSink {
  tours: DemoTour[];
  versions: DemoTourVersion[];
  signatures: DemoSignature[];
}

export interface BuilderContext {
  rng: Random;
  asOf: string;
  person: (id: string) => DemoPerson;
  company: (slug: string) => DemoCompany;
  isOwner: (m: DemoMembership) => boolean;
  usedTitles: (slug: string) => Set<string>;
}

const TIME_ORDER: Partial<Record<TourStatus, number>> = { agreed: 0, active: 1, in_review: 2 };

export function addTour(ctx: BuilderContext, sink: TourSink, spec: TourSpec): DemoTour {
  const { rng, asOf } = ctx;
  const m = spec.membership;
  const latest = minDay(addDays(asOf, -1), spec.end ? addDays(spec.end.on, -1) : asOf);
  const key = `tour-${String(sink.tours.length + 1).padStart(3, "0")}`;
  const person = ctx.person(m.personId);
  const idOf = (side: Side) => (side === "person" ? m.personId : spec.sponsorId);
  const plannedEnd =
    spec.plannedEnd !== undefined ? spec.plannedEnd : defaultPlannedEnd(spec.type, spec.start);
  const young = spec.start >= addDays(asOf, -240);
  const cadence =
    spec.cadence ??
    (young ? [1, 2, 3][rng.weighted([3, 3, 4])] : [2, 3, 4, 6][rng.weighted([15, 60, 10, 15])]);
  let terms = makeTerms(rng, {
    person,
    company: ctx.company(m.companySlug),
    isOwner: ctx.isOwner(m),
    type: spec.type,
    startDate: spec.start,
    plannedEndDate: plannedEnd,
    sponsorId: spec.sponsorId,
    cadence: cadence as number,
    usedTitles: ctx.usedTitles(m.companySlug),
  });
  if (spec.phase === "draft") terms = unfinished(rng, terms);

  const createdOn =
    spec.createdOn ?? minDay(maxDay(m.startedOn, addDays(spec.start, -rng.int(10, 35))), addDays(asOf, -8));
  const creator = spec.creator ?? (rng.chance(0.7) ? "company" : "person");
  const tour: DemoTour = {
    key,
    personId: m.personId,
    companySlug: m.companySlug,
    sponsorId: spec.sponsorId,
    terms,
    status: "draft",
    agreedVersion: 0,
    createdBy: idOf(creator),
    createdAt: at(createdOn, 9, rng.int(0, 59)),
    proposedBy: null,
    proposedAt: null,
    agreedAt: null,
    outcome: null,
    outcomeNote: null,
    endedEarlyBy: null,
    endedEarlyReason: null,
    endedOn: null,
    previousTourKey: spec.previousTourKey ?? null,
    rowVersion: 1,
    updatedAt: "",
  };
  const stamps = [tour.createdAt];
  sink.tours.push(tour);

  if (spec.phase === "draft") {
    const edits = rng.int(0, 3);
    tour.rowVersion += edits;
    if (edits > 0) stamps.push(at(minDay(addDays(createdOn, rng.int(0, 4)), latest), 17, rng.int(0, 59)));
    tour.updatedAt = maxDay(...stamps);
    return tour;
  }

  // Proposed by the side that wrote it: its text becomes version 1, waiting for both signatures.
  const proposedOn = minDay(addDays(createdOn, rng.int(1, 5)), latest);
  tour.status = "proposed";
  tour.proposedBy = idOf(creator);
  tour.proposedAt = at(proposedOn, 11, rng.int(0, 59));
  tour.rowVersion = 2;
  const v1: DemoTourVersion = {
    tourKey: key,
    version: 1,
    terms,
    status: "pending",
    summary: "",
    proposedBy: idOf(creator),
    createdAt: tour.proposedAt,
    agreedAt: null,
  };
  sink.versions.push(v1);
  stamps.push(tour.proposedAt);

  const sign = (version: number, side: Side, from: string): string => {
    const signedAt = at(
      minDay(addDays(from, rng.int(0, 5)), latest),
      side === "person" ? 14 : 16,
      rng.int(0, 59),
    );
    const signer = ctx.person(idOf(side));
    sink.signatures.push({
      tourKey: key,
      version,
      side,
      userId: signer.id,
      signerName: signer.displayName,
      signedAt,
    });
    tour.rowVersion++;
    stamps.push(signedAt);
    return signedAt;
  };
  const sides: Side[] =
    spec.phase === "agreed" ? rng.shuffle(["person", "company"] as const) : (spec.signedBy ?? []);
  const signedAts = sides.map((side) => sign(1, side, proposedOn));
  if (spec.phase === "proposed") {
    tour.updatedAt = maxDay(...stamps);
    return tour;
  }

  // Both signed: version 1 is frozen; from here on time moves the tour.
  const agreedAt = maxDay(...signedAts);
  v1.status = "agreed";
  v1.agreedAt = agreedAt;
  Object.assign(tour, { agreedAt, agreedVersion: 1 });
  const atSigning = advanceWithTime("agreed", terms, dayOf(agreedAt));

  if (spec.amendment) {
    const { on, by, change } = spec.amendment;
    const proposedAt = at(on, 10, rng.int(0, 59));
    const v2: DemoTourVersion = {
      tourKey: key,
      version: 2,
      terms: amended(terms, change),
      status: "pending",
      summary: change.summary,
      proposedBy: idOf(by),
      createdAt: proposedAt,
      agreedAt: null,
    };
    sink.versions.push(v2);
    tour.rowVersion++;
    stamps.push(proposedAt);
    const signed = (["person", "company"] as const).map((side) => sign(2, side, on));
    Object.assign(v2, { status: "agreed", agreedAt: maxDay(...signed) });
    Object.assign(tour, { terms: v2.terms, agreedVersion: 2 });
  }

  const finalDay = spec.end ? spec.end.on : asOf;
  const byTime = advanceWithTime("agreed", tour.terms, finalDay);
  const steps = (TIME_ORDER[byTime] ?? 0) - (TIME_ORDER[atSigning] ?? 0);
  if (steps > 0) {
    tour.rowVersion += steps;
    const movedOn = byTime === "in_review" ? reviewOpensOn(tour.terms) : tour.terms.startDate;
    if (movedOn) stamps.push(at(movedOn, 0, 5));
  }
  tour.status = byTime;
  if (spec.end) {
    const end = spec.end;
    tour.status = end.status;
    tour.endedOn = end.on;
    tour.rowVersion++;
    stamps.push(at(end.on, 16, rng.int(0, 59)));
    if (end.status === "completed") Object.assign(tour, { outcome: end.outcome, outcomeNote: end.note });
    else Object.assign(tour, { endedEarlyBy: end.by, endedEarlyReason: end.reason });
  }
  tour.updatedAt = maxDay(...stamps);
  return tour;
}
