import type { AlumniTier } from "../../../shared/affiliations/constants.ts";
import type { ConnectionListVisibility, TrustLevel } from "../../../shared/connections/constants.ts";
import type { Role } from "../../../shared/organizations/schemas.ts";
import type { StoredProfile } from "../people/people.policy.ts";
import { makeCheckIns } from "./demo.checkins.ts";
import { streamSeed } from "./demo.dates.ts";
import { makeHistory } from "./demo.history.ts";
import { makeNotifications } from "./demo.notifications.ts";
import { makeNames, makePerson, type Name } from "./demo.people.ts";
import { createRandom, type Random } from "./demo.random.ts";
import { makeTours } from "./demo.tours.ts";
import { listVisibility, makeTrustNetwork } from "./demo.trust.ts";
import type * as lifecycle from "./demo.types.ts";
import * as words from "./demo.vocabulary.ts";

export { DEMO_EMAIL_DOMAIN } from "./demo.people.ts";
export type * from "./demo.types.ts";

/**
 * The demo network as plain data: a pure function of (seed, size, asOf), so tests can check it without a
 * database and the seeder only has to insert it. Dates are computed back from `asOf`; the seeder passes
 * today so the network never looks stale, tests pass a fixed day.
 */
export interface DemoCompany {
  name: string;
  slug: string;
  description: string;
  website: string;
  mission: string;
  vision: string;
  values: string[];
}

/** A demo person's profile as stored, plus the account's id and email. */
export type DemoProfile = Omit<StoredProfile, "userId"> & { id: string; email: string };

/** A demo person: their profile and who may see their connection list. */
export type DemoPerson = DemoProfile & { connectionListVisibility: ConnectionListVisibility };

/**
 * One membership row per person and company. `active` is the current one (no end); `alumni` (good
 * standing) and `former` (not, or not yet confirmed) have ended on `endedOn`, the last day. A boomerang's
 * row starts on the day they came back; their earlier period is in the affiliations.
 */
export interface DemoMembership {
  personId: string;
  companySlug: string;
  role: Role;
  status: "active" | "alumni" | "former";
  startedOn: string;
  endedOn: string | null;
  alumniTier: AlumniTier | null;
  boomerang: boolean;
}

/**
 * A mutual connection, stored once with userA < userB like the connections table: where the two know
 * each other from (a company where they worked at the same time, if any) and since when, each side's
 * private trust in the other (`trustA` is A's in B), and how many made introductions passed through it.
 */
export interface DemoConnection {
  userA: string;
  userB: string;
  contextOrgSlug: string | null;
  since: string;
  trustA: TrustLevel | null;
  trustB: TrustLevel | null;
  interactions: number;
}

type ConnectionPair = Pick<DemoConnection, "userA" | "userB">;

export interface DemoNetwork {
  companies: DemoCompany[];
  people: DemoPerson[];
  memberships: DemoMembership[];
  connections: DemoConnection[];
  affiliations: lifecycle.DemoAffiliation[];
  departures: lifecycle.DemoDeparture[];
  tours: lifecycle.DemoTour[];
  tourVersions: lifecycle.DemoTourVersion[];
  tourSignatures: lifecycle.DemoSignature[];
  checkIns: lifecycle.DemoCheckIn[];
  privateNotes: lifecycle.DemoPrivateNote[];
  notifications: lifecycle.DemoNotification[];
  connectionRequests: lifecycle.DemoConnectionRequest[];
  introductions: lifecycle.DemoIntroduction[];
  introductionSteps: lifecycle.DemoIntroductionStep[];
  thanks: lifecycle.DemoThanks[];
}

export interface DemoSize {
  companies: number;
  people: number;
}

/** Tours in "months before asOf": [start, end) with start > end; end null while ongoing. */
interface Tour {
  company: number;
  start: number;
  end: number | null;
}

export function generateDemoNetwork(
  seed = 42,
  size: DemoSize = { companies: 4, people: 60 },
  asOf = "2026-01-15",
): DemoNetwork {
  // Every company needs an active owner and an active admin.
  if (size.companies < 1 || size.people < size.companies * 2) {
    throw new RangeError("the demo needs at least one company and two people per company");
  }
  const rng = createRandom(seed);
  const [year, month] = asOf.split("-").map(Number) as [number, number];
  const monthsAgo = (m: number) => new Date(Date.UTC(year, month - 1 - m, 1));
  const startDate = (m: number) => isoDate(monthsAgo(m));
  // A tour ending at month m ended the day before that month began.
  const endDate = (m: number) => isoDate(new Date(monthsAgo(m).getTime() - 86_400_000));

  const companies = makeCompanies(rng, size.companies);

  // Current employers, weighted so some companies are bigger than others; about one in eight is between tours.
  const weights = companies.map(() => 1 + rng.next() * 2);
  const current: (number | null)[] = Array.from({ length: size.people }, (_, i) =>
    i === 0 ? 0 : rng.chance(0.88) ? rng.weighted(weights) : null,
  );
  balanceCurrentEmployers(current, size.companies);

  const careers = current.map((now, i) => makeCareer(rng, now, size.companies, i === 0));
  const tenure = careers.map((tours) => tours.reduce((months, t) => months + (t.start - (t.end ?? 0)), 0));

  const memberships: DemoMembership[] = [];
  const roles = assignRoles(rng, careers, size.companies);
  const pad = Math.max(3, String(size.people).length);
  const ids = careers.map((_, i) => `demo-person-${String(i + 1).padStart(pad, "0")}`);
  careers.forEach((tours, i) => {
    for (const t of tours) {
      memberships.push({
        personId: ids[i] as string,
        companySlug: (companies[t.company] as DemoCompany).slug,
        role: roles.get(`${i}:${t.company}`) ?? "member",
        status: t.end === null ? "active" : "alumni",
        startedOn: startDate(t.start),
        endedOn: t.end === null ? null : endDate(t.end),
        alumniTier: null,
        boomerang: false,
      });
    }
  });

  const names = makeNames(rng, size.people);
  const nameOf = (t: Tour) => (companies[t.company] as DemoCompany).name;
  const profiles = careers.map((tours, i) => {
    const now = tours.find((t) => t.end === null);
    return makePerson(rng, {
      index: i,
      id: ids[i] as string,
      name: names[i] as Name,
      years: Math.max(1, Math.round((tenure[i] as number) / 12)),
      currentCompany: now ? nameOf(now) : null,
      isOwner: now !== undefined && roles.get(`${i}:${now.company}`) === "owner",
      pastCompanies: tours.filter((t) => t.end !== null).map(nameOf),
    });
  });
  const pairs = makeConnections(rng, ids, careers);

  // The trust network draws from a stream of its own, like the lifecycle below: who may see each
  // connection list here, the rest (connections' context and trust, requests, introductions) once the
  // history is known.
  const trustRng = createRandom(streamSeed(seed, 4));
  const visibility = listVisibility(trustRng, ids, ids[0] as string);
  const people: DemoPerson[] = profiles.map((p, i) => ({
    ...p,
    connectionListVisibility: visibility[i] as ConnectionListVisibility,
  }));

  // The lifecycle draws from streams of its own, so the network above stays as it was without it.
  const loginId = ids[0] as string;
  const firstSlug = (companies[0] as DemoCompany).slug;
  const history = makeHistory(createRandom(streamSeed(seed, 1)), { memberships, loginId, firstSlug, asOf });
  const cast = { asOf, loginId, companies, people, ...history };
  const { lapsed, versions, signatures, ...tours } = makeTours(createRandom(streamSeed(seed, 2)), cast);
  const held = makeCheckIns(createRandom(streamSeed(seed, 3)), { asOf, loginId, lapsed, ...tours });
  const notifications = makeNotifications({ asOf, people, companies, signatures, ...tours, ...held });
  const lifecycle = { ...history, ...tours, tourVersions: versions, tourSignatures: signatures, ...held };
  const trust = makeTrustNetwork(trustRng, {
    asOf,
    loginId,
    people,
    companies,
    pairs,
    affiliations: history.affiliations,
  });
  return { companies, people, ...lifecycle, notifications, ...trust };
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function makeCompanies(rng: Random, count: number): DemoCompany[] {
  const prefixes = rng.shuffle(words.COMPANY_PREFIXES);
  const sectors = rng.shuffle(words.SECTORS);
  return Array.from({ length: count }, (_, i) => {
    const sector = sectors[i % sectors.length] as words.Sector;
    const round = Math.floor(i / prefixes.length);
    // Past the end of the lists, a number keeps names and slugs unique.
    const name = `${prefixes[i % prefixes.length]} ${sector.suffix}${round > 0 ? ` ${round + 1}` : ""}`;
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    return {
      name,
      slug,
      description: `${name} ${sector.what}. ${rng.pick(words.COMPANY_TAGLINES)}`,
      website: `https://${slug}.example`,
      mission: sector.mission,
      vision: sector.vision,
      values: rng.sample(words.COMPANY_VALUES, rng.int(3, 5)),
    };
  });
}

/** Moves people so every company has at least two current members (an owner and an admin). */
function balanceCurrentEmployers(current: (number | null)[], companyCount: number): void {
  const countOf = (c: number) => current.filter((x) => x === c).length;
  for (let c = 0; c < companyCount; c++) {
    while (countOf(c) < 2) {
      // Prefer someone between tours, else someone from the largest company; never the demo login.
      let donor = current.findIndex((x, i) => i > 0 && x === null);
      if (donor < 0) {
        const sizes = Array.from({ length: companyCount }, (_, k) => countOf(k));
        const largest = sizes.indexOf(Math.max(...sizes));
        donor = current.findLastIndex((x, i) => i > 0 && x === largest);
      }
      current[donor] = c;
    }
  }
}

/** 1–3 tours at distinct companies, oldest first, without overlaps; the last is ongoing if `now` is set. */
function makeCareer(rng: Random, now: number | null, companyCount: number, isLogin: boolean): Tour[] {
  const others = rng.shuffle(Array.from({ length: companyCount }, (_, c) => c).filter((c) => c !== now));
  const wanted = isLogin ? 2 : [1, 1, 2, 2, 3][rng.int(0, 4)];
  const count = Math.min(wanted as number, now === null ? companyCount : others.length + 1);
  const order = now === null ? others.slice(0, count) : [...others.slice(0, count - 1), now];
  const endGap = now === null ? rng.int(1, 9) : 0;
  const gaps = order.map((_, j) => (j === 0 ? 0 : rng.int(0, 3)));
  const minLength = 4;
  // The demo login is a CEO, so give them a career of a few years at least.
  const spare = isLogin ? rng.int(60, 140) : rng.int(0, 200);
  const shares = order.map(() => 1 + rng.next() * 3);
  const total = shares.reduce((a, b) => a + b, 0);
  let t = endGap + gaps.reduce((a, b) => a + b, 0) + minLength * order.length + spare;
  return order.map((company, j) => {
    t -= gaps[j] as number;
    const start = t;
    const last = j === order.length - 1;
    t -= minLength + Math.floor((spare * (shares[j] as number)) / total);
    // The shares never add up to more than `spare`, so the last finished tour ends at least `endGap` ago.
    return { company, start, end: last && now !== null ? null : t };
  });
}

/** Per company: the longest-serving current member owns it (the demo login owns the first), 1–2 admins, some managers. */
function assignRoles(rng: Random, careers: Tour[][], companyCount: number): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (let c = 0; c < companyCount; c++) {
    const active: { person: number; start: number }[] = [];
    careers.forEach((tours, person) => {
      for (const t of tours) {
        if (t.company !== c) continue;
        if (t.end === null) active.push({ person, start: t.start });
        // Alumni keep the role they left with: mostly members, some managers.
        else roles.set(`${person}:${c}`, rng.chance(0.2) ? "manager" : "member");
      }
    });
    active.sort((a, b) => b.start - a.start || a.person - b.person);
    const owner = c === 0 ? 0 : (active[0] as { person: number }).person;
    const rest = rng.shuffle(active.filter((a) => a.person !== owner).map((a) => a.person));
    const admins = rest.length >= 6 && rng.chance(0.5) ? 2 : 1;
    const managers = Math.max(rest.length >= 4 ? 1 : 0, Math.round((rest.length - admins) * 0.2));
    roles.set(`${owner}:${c}`, "owner");
    rest.forEach((person, k) => {
      roles.set(`${person}:${c}`, k < admins ? "admin" : k < admins + managers ? "manager" : "member");
    });
  }
  return roles;
}

/** Who knows whom: mostly colleagues (more likely when their tours overlapped), plus a few chance links. */
function makeConnections(rng: Random, ids: string[], careers: Tour[][]): ConnectionPair[] {
  const pairs = new Set<string>();
  const degree = ids.map(() => 0);
  const link = (i: number, j: number) => {
    if (i === j) return;
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = `${a}:${b}`;
    if (pairs.has(key)) return;
    pairs.add(key);
    degree[a] = (degree[a] as number) + 1;
    degree[b] = (degree[b] as number) + 1;
  };
  const overlaps = (x: Tour, y: Tour) => x.start > (y.end ?? 0) && y.start > (x.end ?? 0);
  for (let i = 0; i < careers.length; i++) {
    for (let j = i + 1; j < careers.length; j++) {
      let p = 0;
      for (const x of careers[i] as Tour[]) {
        for (const y of careers[j] as Tour[]) {
          if (x.company !== y.company) continue;
          const bothNow = x.end === null && y.end === null;
          p = Math.max(p, bothNow ? 0.3 : overlaps(x, y) ? 0.22 : 0.05);
        }
      }
      // The demo login is an owner who knows most of the team, so their network page is well filled.
      if (i === 0) p = Math.min(1, p * 2.5);
      if (p === 0) p = 0.012;
      if (rng.chance(p)) link(i, j);
    }
  }
  // Nobody should be an island: give each loner one link to someone random.
  ids.forEach((_, i) => {
    if (degree[i] === 0) link(i, (i + rng.int(1, ids.length - 1)) % ids.length);
  });
  // Indices are zero-padded into ids, so index order is also the ids' string order (userA < userB).
  return [...pairs]
    .map((key) => key.split(":").map(Number) as [number, number])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])
    .map(([a, b]) => ({ userA: ids[a] as string, userB: ids[b] as string }));
}
