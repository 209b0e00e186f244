import { createRandom, type Random } from "../demo/demo.random.ts";

/**
 * A deterministic, realistic-enough professional network for benchmarks and tests: organizations with
 * power-law (Zipf) sizes, people with 1–5 employers over their careers, and links that are mostly
 * between colleagues (more when their years overlap), some friend-of-friend, a few random. How sociable
 * a person is follows a Pareto law, which gives heavy-tailed degrees. Ratings 1..10 grow with shared
 * years, like trust ratings in real networks: mostly low, a long tail of high.
 */
export interface NetworkOptions {
  people: number;
  /** Average links per person; the network has round(people × avgDegree / 2) links when reachable. */
  avgDegree: number;
  seed: number;
}

export interface SyntheticStint {
  person: number;
  org: number;
  from: number;
  /** 0 while current. */
  to: number;
}

export interface SyntheticNetwork {
  people: number;
  orgs: number;
  /** Link i joins linkA[i] and linkB[i] (people 0..people−1) with trust rating[i] in 1..10. */
  linkA: Uint32Array;
  linkB: Uint32Array;
  rating: Uint8Array;
  stints: SyntheticStint[];
}

const THIS_YEAR = 2026;
const PEOPLE_PER_ORG = 30;
const MAX_ATTEMPTS_PER_LINK = 50;

export function generateNetwork({ people, avgDegree, seed }: NetworkOptions): SyntheticNetwork {
  if (!Number.isInteger(people) || people < 2) throw new RangeError("people must be an integer ≥ 2");
  const rng = createRandom(seed);
  const orgs = Math.max(1, Math.round(people / PEOPLE_PER_ORG));
  const orgPick = sampler(Array.from({ length: orgs }, (_, k) => 1 / (k + 1) ** 1.1));
  const stints: SyntheticStint[] = [];
  const stintsOf: SyntheticStint[][] = [];
  for (let p = 0; p < people; p++) stintsOf.push(career(rng, p, orgPick, stints));
  // Pareto(alpha 2.2) sociability, capped so one person cannot know everyone.
  const sociability = Array.from({ length: people }, () => Math.min(100, (1 - rng.next()) ** (-1 / 2.2)));
  const personPick = sampler(sociability);
  const rosters: SyntheticStint[][] = Array.from({ length: orgs }, () => []);
  for (const s of stints) rosters[s.org]?.push(s);
  const rosterPick = rosters.map((r) => sampler(r.map((s) => sociability[s.person] as number)));

  const wanted = Math.min(Math.round((people * avgDegree) / 2), (people * (people - 1)) / 2);
  const linkA = new Uint32Array(wanted);
  const linkB = new Uint32Array(wanted);
  const rating = new Uint8Array(wanted);
  const seen = new Set<number>();
  const adjacency: number[][] = Array.from({ length: people }, () => []);
  let count = 0;
  for (let attempt = 0; count < wanted && attempt < wanted * MAX_ATTEMPTS_PER_LINK; attempt++) {
    const a = personPick(rng);
    const { b, sharedYears } = pickPartner(rng, a, stintsOf, rosters, rosterPick, adjacency, personPick);
    if (b < 0 || a === b) continue;
    const key = Math.min(a, b) * people + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    adjacency[a]?.push(b);
    adjacency[b]?.push(a);
    linkA[count] = a;
    linkB[count] = b;
    rating[count] = Math.min(10, 1 + Math.floor(sharedYears * 0.6 + -Math.log(1 - rng.next()) * 1.3));
    count++;
  }
  return {
    people,
    orgs,
    linkA: linkA.subarray(0, count),
    linkB: linkB.subarray(0, count),
    rating: rating.subarray(0, count),
    stints,
  };
}

/** 1–5 consecutive stints from a career start year; the last one is usually current. */
function career(rng: Random, person: number, orgPick: Sampler, all: SyntheticStint[]): SyntheticStint[] {
  const planned = 1 + rng.weighted([2, 3, 3, 2, 1]);
  let year = rng.int(1996, 2022);
  const mine: SyntheticStint[] = [];
  for (let k = 0; k < planned && year <= THIS_YEAR; k++) {
    const from = year;
    const end = from + rng.int(1, 7);
    const last = k === planned - 1 || end >= THIS_YEAR;
    const current = end >= THIS_YEAR || (last && rng.chance(0.8));
    let org = orgPick(rng);
    if (mine.some((s) => s.org === org)) org = orgPick(rng);
    const stint = { person, org, from, to: current ? 0 : end };
    mine.push(stint);
    all.push(stint);
    if (current) break;
    year = end + rng.int(0, 1);
  }
  return mine;
}

function pickPartner(
  rng: Random,
  a: number,
  stintsOf: SyntheticStint[][],
  rosters: SyntheticStint[][],
  rosterPick: Sampler[],
  adjacency: number[][],
  personPick: Sampler,
): { b: number; sharedYears: number } {
  const roll = rng.next();
  const mine = stintsOf[a] ?? [];
  if (roll < 0.7 && mine.length > 0) {
    const stint = rng.pick(mine);
    const other = rosters[stint.org]?.[(rosterPick[stint.org] as Sampler)(rng)];
    if (other === undefined) return { b: -1, sharedYears: 0 };
    const shared = overlap(stint, other);
    // Colleagues whose years never overlapped (alumni) know each other less often.
    if (shared === 0 && !rng.chance(0.3)) return { b: -1, sharedYears: 0 };
    return { b: other.person, sharedYears: shared };
  }
  const friends = adjacency[a] ?? [];
  if (roll < 0.85 && friends.length > 0) {
    const viaFriends = adjacency[rng.pick(friends)] ?? [];
    return { b: viaFriends.length > 0 ? rng.pick(viaFriends) : -1, sharedYears: 0 };
  }
  return { b: personPick(rng), sharedYears: 0 };
}

function overlap(x: SyntheticStint, y: SyntheticStint): number {
  const end = (s: SyntheticStint) => (s.to === 0 ? THIS_YEAR : s.to);
  return Math.max(0, Math.min(end(x), end(y)) - Math.max(x.from, y.from));
}

type Sampler = (rng: Random) => number;

/** Picks an index with probability proportional to its weight: binary search in cumulative sums. */
function sampler(weights: readonly number[]): Sampler {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    cumulative[i] = total;
  });
  return (rng) => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = weights.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
