import { DEPARTURE_REASONS, type DepartureReasonCategory } from "../../../shared/affiliations/constants.ts";
import { monthsBetween } from "../../clock.ts";
import { addDays, addMonths, at, minDay, monthStart } from "./demo.dates.ts";
import type { DemoMembership } from "./demo.generator.ts";
import type { Random } from "./demo.random.ts";
import type { DemoAffiliation, DemoDeparture } from "./demo.types.ts";

/**
 * What leaving and coming back left behind, written the way departures.ts and the invitation flow write
 * it: a departure row per past membership, the membership's status and alumni tier, an employee stage per
 * period of work and, in good standing, an alumni stage from the day after the last day. A few current
 * members are boomerangs: one membership row whose earlier period lives only in the stages.
 */
export interface History {
  memberships: DemoMembership[];
  affiliations: DemoAffiliation[];
  departures: DemoDeparture[];
}

// One weight per reason, in the order of DEPARTURE_REASONS.
const GOOD_WEIGHTS = [35, 10, 12, 8, 10, 14, 6, 3];
const POOR_REASONS: readonly DepartureReasonCategory[] = ["new_opportunity", "personal", "other"];
const BOOMERANG_REASONS: readonly DepartureReasonCategory[] = [
  "new_opportunity",
  "studies",
  "relocation",
  "career_change",
];

export function makeHistory(
  rng: Random,
  input: { memberships: DemoMembership[]; loginId: string; firstSlug: string; asOf: string },
): History {
  const { loginId, firstSlug, asOf } = input;
  const memberships = input.memberships.map((m) => ({ ...m }));
  const yesterday = addDays(asOf, -1);

  /** An owner or admin who records a departure: preferably one who was already there on the day. */
  const recorder = (slug: string, personId: string, day: string): string => {
    const pool = memberships.filter(
      (m) =>
        m.companySlug === slug &&
        m.status === "active" &&
        m.personId !== personId &&
        (m.role === "owner" || m.role === "admin"),
    );
    const present = pool.filter((m) => m.startedOn <= day);
    return rng.pick(present.length > 0 ? present : pool).personId;
  };

  // Past memberships: a couple of recent self-reported departures still wait for confirmation (the
  // demo login's company first, so she has one to confirm), a few left without good standing.
  const past = memberships.filter((m) => m.endedOn !== null);
  const others = past.filter((m) => m.personId !== loginId);
  const recentFirst = [...others].sort(
    (a, b) =>
      (b.endedOn as string).localeCompare(a.endedOn as string) || a.personId.localeCompare(b.personId),
  );
  const recent = (m: DemoMembership) => (m.endedOn as string) >= addMonths(asOf, -6);
  const pending = [
    ...new Set([...recentFirst.filter((m) => m.companySlug === firstSlug && recent(m)), ...recentFirst]),
  ].slice(0, Math.min(2, Math.floor(past.length / 4)));
  const poor =
    past.length >= 8
      ? rng.sample(
          others.filter((m) => !pending.includes(m)),
          Math.max(1, Math.round(past.length * 0.07)),
        )
      : [];

  // Boomerangs: long-serving current members (not owners) who left for a while and came back.
  const returners = memberships.filter(
    (m) =>
      m.status === "active" &&
      m.personId !== loginId &&
      m.role !== "owner" &&
      monthsBetween(m.startedOn, monthStart(asOf)) >= 36,
  );
  const boomerangs = new Set(rng.sample(returners, Math.min(returners.length, rng.int(2, 4))));

  const affiliations: DemoAffiliation[] = [];
  const departures: DemoDeparture[] = [];
  const stage = (
    m: DemoMembership,
    kind: "employee" | "alumni",
    startedOn: string,
    endedOn: string | null,
    extra: Partial<DemoAffiliation> = {},
  ) =>
    affiliations.push({
      personId: m.personId,
      companySlug: m.companySlug,
      stage: kind,
      startedOn,
      endedOn,
      boomerang: false,
      createdBy: null,
      ...extra,
    });

  for (const m of memberships) {
    if (m.endedOn === null && boomerangs.has(m)) {
      const tenure = monthsBetween(m.startedOn, monthStart(asOf));
      const gap = rng.int(6, Math.min(18, tenure - 24));
      const firstStint = rng.int(12, tenure - gap - 12);
      const lastDay = addDays(addMonths(m.startedOn, firstStint), -1);
      const back = addMonths(m.startedOn, firstStint + gap);
      const by = recorder(m.companySlug, m.personId, lastDay);
      departures.push({
        personId: m.personId,
        companySlug: m.companySlug,
        lastDay,
        reasonCategory: rng.pick(BOOMERANG_REASONS),
        goodStanding: true,
        selfReported: false,
        recordedBy: by,
        confirmedBy: null,
        confirmedAt: null,
        createdAt: at(addDays(lastDay, -rng.int(7, 30)), 10, rng.int(0, 59)),
      });
      stage(m, "employee", m.startedOn, lastDay);
      // The alumni stage closes the day before the return, so the stages never overlap.
      stage(m, "alumni", addDays(lastDay, 1), addDays(back, -1), { createdBy: by });
      stage(m, "employee", back, null, { boomerang: true });
      // Rejoining resets the membership as the invitation flow does: new start, no tier, a boomerang.
      Object.assign(m, { startedOn: back, boomerang: true, alumniTier: null });
      continue;
    }
    if (m.endedOn === null) {
      stage(m, "employee", m.startedOn, null);
      continue;
    }

    const lastDay = m.endedOn;
    stage(m, "employee", m.startedOn, lastDay);
    if (pending.includes(m)) {
      // "I left": recorded by the person, reason kept private (none), standing not yet confirmed.
      departures.push({
        personId: m.personId,
        companySlug: m.companySlug,
        lastDay,
        reasonCategory: null,
        goodStanding: null,
        selfReported: true,
        recordedBy: m.personId,
        confirmedBy: null,
        confirmedAt: null,
        createdAt: at(minDay(addDays(lastDay, rng.int(-10, 5)), yesterday), 19, rng.int(0, 59)),
      });
      Object.assign(m, { status: "former", alumniTier: null });
      continue;
    }
    if (poor.includes(m)) {
      departures.push({
        personId: m.personId,
        companySlug: m.companySlug,
        lastDay,
        reasonCategory: rng.pick(POOR_REASONS),
        goodStanding: false,
        selfReported: false,
        recordedBy: recorder(m.companySlug, m.personId, lastDay),
        confirmedBy: null,
        confirmedAt: null,
        createdAt: at(addDays(lastDay, -rng.int(3, 20)), 11, rng.int(0, 59)),
      });
      Object.assign(m, { status: "former", alumniTier: null });
      continue;
    }

    // Good standing: recorded by the company, or self-reported and since confirmed.
    const by = recorder(m.companySlug, m.personId, lastDay);
    const self = m.personId !== loginId && rng.chance(0.25);
    const created = self
      ? minDay(addDays(lastDay, -rng.int(0, 21)), yesterday)
      : addDays(lastDay, -rng.int(5, 30));
    const confirmed = self ? minDay(addDays(created, rng.int(1, 6)), yesterday) : null;
    departures.push({
      personId: m.personId,
      companySlug: m.companySlug,
      lastDay,
      reasonCategory: self
        ? null
        : (DEPARTURE_REASONS[rng.weighted(GOOD_WEIGHTS)] as DepartureReasonCategory),
      goodStanding: true,
      selfReported: self,
      recordedBy: self ? m.personId : by,
      confirmedBy: self ? by : null,
      confirmedAt: confirmed ? at(confirmed, 15, rng.int(0, 59)) : null,
      createdAt: at(created, self ? 18 : 10, rng.int(0, 59)),
    });
    stage(m, "alumni", addDays(lastDay, 1), null, { createdBy: by });
    Object.assign(m, { status: "alumni", alumniTier: rng.chance(0.12) ? "distinguished" : "alumni" });
  }
  return { memberships, affiliations, departures };
}
