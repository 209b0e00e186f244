import type { TourType } from "../../../shared/tours/constants.ts";
import { monthsBetween } from "../../clock.ts";
import { maxDay, monthStart } from "./demo.dates.ts";
import type { DemoCompany, DemoMembership, DemoPerson } from "./demo.generator.ts";
import type { Random } from "./demo.random.ts";
import { addTour, type BuilderContext, type TourSink, type TourSpec } from "./demo.tour-builder.ts";
import { type Scenario, type Storyteller, tellLeaverStory, tellStory } from "./demo.tour-stories.ts";
import type { DemoDeparture } from "./demo.types.ts";

/**
 * Tours of duty for most current members, in every state the product knows: most agreed and running,
 * a few in their review window, some drafts and proposals, one amended, some finished. The demo login
 * sponsors several (one waiting for her signature, one amended, one overdue for a check-in) and has her own.
 */
export interface ToursResult extends TourSink {
  /** Tours whose check-ins lapsed, so they show as overdue. */
  lapsed: string[];
}

/** What the demo login sponsors at her company, in this order of priority. */
const LOGIN_SPONSORED: Scenario[] = ["amended", "proposed_signed", "in_review", "lapsed"];
const SPECIALS: Scenario[] = [
  "completed_next",
  "completed_new_role",
  "ended_early",
  "in_review",
  "in_review",
  "agreed_future",
  "draft",
  "draft",
  "proposed",
  "proposed_signed",
];
/** Months of membership a scenario needs, so its tours fit inside the membership. */
const MIN_TENURE: Partial<Record<Scenario, number>> = {
  amended: 13,
  in_review: 13,
  ended_early: 13,
  completed_new_role: 16,
  completed_next: 28,
};
const UPCOMING = new Set<Scenario>(["draft", "proposed", "proposed_signed", "agreed_future"]);

export function makeTours(
  rng: Random,
  input: {
    asOf: string;
    loginId: string;
    companies: DemoCompany[];
    people: DemoPerson[];
    memberships: DemoMembership[];
    departures: DemoDeparture[];
  },
): ToursResult {
  const { asOf, loginId, companies, memberships } = input;
  const people = new Map(input.people.map((p) => [p.id, p]));
  const titles = new Map(companies.map((c) => [c.slug, new Set<string>()]));
  const ctx: BuilderContext = {
    rng,
    asOf,
    person: (id) => people.get(id) as DemoPerson,
    company: (slug) => companies.find((c) => c.slug === slug) as DemoCompany,
    isOwner: (m) => m.role === "owner",
    usedTitles: (slug) => titles.get(slug) as Set<string>,
  };
  const sink: ToursResult = { tours: [], versions: [], signatures: [], lapsed: [] };
  const add = (spec: TourSpec) => addTour(ctx, sink, spec);
  const active = memberships.filter((m) => m.status === "active");
  const tenure = (m: DemoMembership) => monthsBetween(m.startedOn, asOf);

  /** A manager, admin or owner of the company, never the person; preferably one already there on `day`. */
  const sponsorFor = (m: DemoMembership, day: string, roles = ["owner", "admin", "manager"]): string => {
    const pool = active.filter(
      (s) => s.companySlug === m.companySlug && s.personId !== m.personId && roles.includes(s.role),
    );
    const eligible =
      pool.length > 0
        ? pool
        : active.filter(
            (s) => s.companySlug === m.companySlug && s.role !== "member" && s.personId !== m.personId,
          );
    const present = eligible.filter((s) => s.startedOn <= day);
    const from = present.length > 0 ? present : eligible;
    const weight = (s: DemoMembership) =>
      s.personId === loginId ? 3 : { owner: 1, admin: 2, manager: 3, member: 0 }[s.role];
    return (from[rng.weighted(from.map(weight))] as DemoMembership).personId;
  };
  const typeFor = (m: DemoMembership): TourType => {
    const weights = m.role === "owner" ? [0, 40, 60] : tenure(m) >= 96 ? [25, 40, 35] : [50, 35, 15];
    return (["rotational", "transformational", "foundational"] as const)[rng.weighted(weights)] as TourType;
  };

  // Who gets which story: the login's company first, then the specials, then the usual running tour.
  const candidates = rng.shuffle(active.filter((m) => m.personId !== loginId));
  const plan = new Map<DemoMembership, { scenario: Scenario; sponsor?: string }>();
  const assign = (scenario: Scenario, where: (m: DemoMembership) => boolean, sponsor?: string) => {
    const free = candidates.filter(
      (m) => !plan.has(m) && where(m) && tenure(m) >= (MIN_TENURE[scenario] ?? 0),
    );
    // Upcoming tours go to the newest members, who are still agreeing their first one.
    if (UPCOMING.has(scenario)) free.sort((a, b) => tenure(a) - tenure(b));
    if (free[0]) plan.set(free[0], { scenario, ...(sponsor ? { sponsor } : {}) });
  };
  const firstSlug = companies[0]?.slug;
  for (const s of LOGIN_SPONSORED) assign(s, (m) => m.companySlug === firstSlug, loginId);
  for (const s of SPECIALS) assign(s, () => true);

  const login = active.find((m) => m.personId === loginId);
  if (login) {
    const start = maxDay(login.startedOn, monthStart(asOf, -rng.int(8, 14)));
    add({
      membership: login,
      sponsorId: sponsorFor(login, start, ["admin"]),
      type: "transformational",
      start,
      phase: "agreed",
      cadence: 3,
    });
  }

  const teller: Storyteller = { rng, asOf, add, typeFor, lapsed: sink.lapsed };
  for (const m of active) {
    if (m.personId === loginId) continue;
    const planned = plan.get(m);
    if (!planned && rng.chance(0.12)) continue;
    const sponsor = (day: string) => planned?.sponsor ?? sponsorFor(m, day);
    tellStory(teller, m, planned?.scenario ?? "active", sponsor, planned?.sponsor === loginId);
  }
  tellLeaverStory(teller, memberships, input.departures);
  return sink;
}
