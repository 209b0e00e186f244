import {
  type ConnectionListVisibility,
  type RequestSource,
  TRUST_LEVELS,
  type TrustLevel,
} from "../../../shared/connections/constants.ts";
import { addDays, at, later, maxDay, minDay } from "./demo.dates.ts";
import type { DemoCompany, DemoConnection, DemoPerson } from "./demo.generator.ts";
import { type Introductions, makeIntroductions } from "./demo.introductions.ts";
import type { Random } from "./demo.random.ts";
import * as words from "./demo.trust-words.ts";
import type { DemoAffiliation, DemoConnectionRequest } from "./demo.types.ts";
import { TRACKS } from "./demo.vocabulary.ts";

/**
 * The trust network on top of the demo's connections: what each connection knows (where the two met,
 * since when, how much each trusts the other), requests to connect, and introductions along paths of
 * connections. Drawn from a stream of its own, so the rest of the demo stays as it was without it.
 */
export interface TrustNetwork extends Introductions {
  connections: DemoConnection[];
  connectionRequests: DemoConnectionRequest[];
}

/** Where and since when two people worked at the same company at the same time. */
export interface Overlap {
  slug: string;
  since: string;
}

/** What the trust network's parts need to know about the people and their connections. */
export interface TrustCast {
  asOf: string;
  loginId: string;
  /** Everyone, in id order. */
  ids: readonly string[];
  linked(a: string, b: string): boolean;
  /** A person's connections, in id order. */
  neighbours(id: string): readonly string[];
  visibility(id: string): ConnectionListVisibility;
  firstName(id: string): string;
  /** A person's line of work, for messages ("product design"). */
  area(id: string): string;
  /** The earliest time the two worked at the same company, if they ever did. */
  overlap(a: string, b: string): Overlap | null;
  companyName(slug: string): string;
}

/**
 * Who may see each person's connection list: about one in five lets everyone, one in ten nobody, and
 * the rest (the demo login among them, so her network page shows what most people see) their connections.
 */
export function listVisibility(
  rng: Random,
  ids: readonly string[],
  loginId: string,
): ConnectionListVisibility[] {
  const others = rng.shuffle(ids.filter((id) => id !== loginId));
  const hidden = new Set(others.slice(0, Math.round(others.length * 0.1)));
  const open = new Set(others.slice(hidden.size, hidden.size + Math.round(others.length * 0.2)));
  return ids.map((id) => (hidden.has(id) ? "only_me" : open.has(id) ? "public" : "connections"));
}

export function makeTrustNetwork(
  rng: Random,
  input: {
    asOf: string;
    loginId: string;
    people: DemoPerson[];
    companies: DemoCompany[];
    pairs: Pick<DemoConnection, "userA" | "userB">[];
    affiliations: DemoAffiliation[];
  },
): TrustNetwork {
  const cast = makeCast(input);
  const described = input.pairs.map((pair) => describeConnection(rng, cast, pair));
  const intros = makeIntroductions(rng, cast);
  // People in the login's introductions do not also ask her to connect: each name shows up once.
  const busy = new Set<string>();
  for (const intro of intros.introductions) {
    const path = [intro.requesterId, ...stepsOf(intros, intro.key)];
    if (path.includes(input.loginId)) for (const id of path) busy.add(id);
  }
  const connectionRequests = makeRequests(rng, cast, described, busy);

  // A made introduction counts once on every link of its path, as the app counts it.
  const interactions = new Map<string, number>();
  for (const intro of intros.introductions.filter((i) => i.status === "accepted")) {
    const path = [intro.requesterId, ...stepsOf(intros, intro.key)];
    for (let k = 1; k < path.length; k++) {
      const key = pairKey(path[k - 1] as string, path[k] as string);
      interactions.set(key, (interactions.get(key) ?? 0) + 1);
    }
  }
  const connections = described.map((c) => ({
    ...c,
    interactions: interactions.get(pairKey(c.userA, c.userB)) ?? 0,
  }));
  return { connections, connectionRequests, ...intros };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function stepsOf(intros: Introductions, key: string): string[] {
  return intros.introductionSteps
    .filter((s) => s.introductionKey === key)
    .sort((a, b) => a.position - b.position)
    .map((s) => s.personId);
}

function makeCast(input: {
  asOf: string;
  loginId: string;
  people: DemoPerson[];
  companies: DemoCompany[];
  pairs: Pick<DemoConnection, "userA" | "userB">[];
  affiliations: DemoAffiliation[];
}): TrustCast {
  const { asOf } = input;
  const people = new Map(input.people.map((p) => [p.id, p]));
  const neighbours = new Map<string, string[]>(input.people.map((p) => [p.id, []]));
  const links = new Set<string>();
  for (const { userA, userB } of input.pairs) {
    links.add(pairKey(userA, userB));
    neighbours.get(userA)?.push(userB);
    neighbours.get(userB)?.push(userA);
  }
  for (const list of neighbours.values()) list.sort();
  const stints = new Map<string, DemoAffiliation[]>();
  for (const a of input.affiliations) {
    if (a.stage === "employee") stints.set(a.personId, [...(stints.get(a.personId) ?? []), a]);
  }
  const names = new Map(input.companies.map((c) => [c.slug, c.name]));

  return {
    asOf,
    loginId: input.loginId,
    ids: input.people.map((p) => p.id),
    linked: (a, b) => links.has(pairKey(a, b)),
    neighbours: (id) => neighbours.get(id) ?? [],
    visibility: (id) => people.get(id)?.connectionListVisibility ?? "connections",
    firstName: (id) => people.get(id)?.displayName.split(" ")[0] ?? "",
    area: (id) => {
      const skills = people.get(id)?.skills ?? [];
      const track = TRACKS.find((t) => skills.every((s) => t.skills.includes(s)));
      return track?.area ?? "their field";
    },
    overlap: (a, b) => {
      let best: Overlap | null = null;
      for (const x of stints.get(a) ?? []) {
        for (const y of stints.get(b) ?? []) {
          if (x.companySlug !== y.companySlug) continue;
          const since = maxDay(x.startedOn, y.startedOn);
          const until = minDay(x.endedOn ?? asOf, y.endedOn ?? asOf);
          if (since <= until && (best === null || since < best.since)) best = { slug: x.companySlug, since };
        }
      }
      return best;
    },
    companyName: (slug) => names.get(slug) ?? "",
  };
}

// Each side's trust, in the order of TRUST_LEVELS and then "not set".
const TRUST_CHOICES: readonly (TrustLevel | null)[] = [...TRUST_LEVELS, null];
const COLLEAGUE_TRUST = [8, 62, 18, 12];
const OTHER_TRUST = [45, 12, 8, 35];

/**
 * Where two people know each other from (the company where they first worked at the same time), since
 * when (the start of that overlap, else some earlier day), and each side's private trust in the other.
 */
function describeConnection(
  rng: Random,
  cast: TrustCast,
  { userA, userB }: Pick<DemoConnection, "userA" | "userB">,
): DemoConnection {
  const met = cast.overlap(userA, userB);
  const weights = met ? COLLEAGUE_TRUST : OTHER_TRUST;
  return {
    userA,
    userB,
    contextOrgSlug: met?.slug ?? null,
    since: met?.since ?? addDays(cast.asOf, -rng.int(45, 2400)),
    trustA: TRUST_CHOICES[rng.weighted(weights)] ?? null,
    trustB: TRUST_CHOICES[rng.weighted(weights)] ?? null,
    interactions: 0,
  };
}

const OTHER_SOURCES: readonly RequestSource[] = ["manual", "manual", "suggestion", "import"];

/**
 * Requests to connect: three waiting for the demo login (one naming a company she shared with the
 * sender), one she sent, and a few elsewhere, answered or open. An accepted request is one of the
 * connections; pending and declined ones are between people not connected; no two requests share a pair.
 */
function makeRequests(
  rng: Random,
  cast: TrustCast,
  connections: DemoConnection[],
  busy: ReadonlySet<string>,
): DemoConnectionRequest[] {
  const { asOf, loginId } = cast;
  const out: DemoConnectionRequest[] = [];
  const pairs = new Set<string>();
  const stamp = (daysAgo: number) => at(addDays(asOf, -daysAgo), rng.int(7, 21), rng.int(0, 59));
  const push = (r: DemoConnectionRequest) => {
    pairs.add(pairKey(r.fromUser, r.toUser));
    out.push(r);
  };
  const message = (to: string, met: Overlap | null) =>
    met
      ? words.fill(rng.pick(words.CONTEXT_REQUEST_MESSAGES), {
          first: cast.firstName(to),
          company: cast.companyName(met.slug),
        })
      : words.fill(rng.pick(words.REQUEST_MESSAGES), { first: cast.firstName(to), area: cast.area(to) });
  const open = (
    fromUser: string,
    toUser: string,
    met: Overlap | null,
    source: RequestSource,
    daysAgo: number,
  ) =>
    push({
      fromUser,
      toUser,
      message: source === "import" ? "" : message(toUser, met),
      contextOrgSlug: met?.slug ?? null,
      since: met?.since ?? null,
      source,
      status: "pending",
      createdAt: stamp(daysAgo),
      respondedAt: null,
    });

  // The login's own: strangers to her who are not in her introductions.
  const strangers = cast.ids.filter((id) => id !== loginId && !cast.linked(id, loginId) && !busy.has(id));
  const formerColleagues = strangers.filter((id) => cast.overlap(id, loginId) !== null);
  const contextual = formerColleagues.length > 0 ? rng.pick(formerColleagues) : undefined;
  const rest = rng.shuffle(strangers.filter((id) => id !== contextual));
  const senders = (contextual ? [contextual, ...rest] : rest).slice(0, 3);
  senders.forEach((from, k) => {
    const met = from === contextual ? cast.overlap(from, loginId) : null;
    open(from, loginId, met, k === 2 ? "suggestion" : "manual", rng.int(1, 9));
  });
  const recipient = rest.find((id) => !senders.includes(id));
  if (recipient) open(loginId, recipient, null, "manual", rng.int(2, 6));

  // Elsewhere: accepted requests behind some connections, declined and open ones between strangers.
  const answered = (r: Omit<DemoConnectionRequest, "message" | "respondedAt" | "createdAt">) => {
    const createdAt = stamp(rng.int(20, 240));
    const met = r.contextOrgSlug && r.since ? { slug: r.contextOrgSlug, since: r.since } : null;
    push({
      ...r,
      message: r.source === "import" ? "" : message(r.toUser, met),
      createdAt,
      respondedAt: later(createdAt, rng.int(30, 72 * 60)),
    });
  };
  const accept = (c: DemoConnection, toLogin: boolean) => {
    const [fromUser, toUser] = toLogin
      ? [c.userA === loginId ? c.userB : c.userA, loginId]
      : rng.chance(0.5)
        ? [c.userA, c.userB]
        : [c.userB, c.userA];
    answered({
      fromUser,
      toUser,
      contextOrgSlug: c.contextOrgSlug,
      since: c.contextOrgSlug ? c.since : null,
      source: rng.pick(OTHER_SOURCES),
      status: "accepted",
    });
  };
  const mine = connections.filter(
    (c) => (c.userA === loginId || c.userB === loginId) && !pairs.has(pairKey(c.userA, c.userB)),
  );
  if (mine.length > 0) accept(rng.pick(mine), true);
  const others = connections.filter((c) => c.userA !== loginId && c.userB !== loginId);
  for (const c of rng.sample(others, 3)) accept(c, false);

  const pool = cast.ids.filter((id) => id !== loginId);
  const strangerPair = (): [string, string] | null => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const [a, b] = rng.sample(pool, 2);
      if (a && b && !cast.linked(a, b) && !pairs.has(pairKey(a, b))) return [a, b];
    }
    return null;
  };
  for (let k = 0; k < 2; k++) {
    const pair = strangerPair();
    if (!pair) break;
    answered({
      fromUser: pair[0],
      toUser: pair[1],
      contextOrgSlug: null,
      since: null,
      source: rng.pick(OTHER_SOURCES),
      status: "declined",
    });
  }
  for (let k = 0; k < 2; k++) {
    const pair = strangerPair();
    if (!pair) break;
    const met = cast.overlap(pair[0], pair[1]);
    open(pair[0], pair[1], met, met ? "manual" : rng.pick(OTHER_SOURCES), rng.int(1, 20));
  }
  return out;
}
