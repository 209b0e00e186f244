/**
 * Plain, obviously-correct reference implementations and random-graph arbitraries for the property
 * tests. Deliberately naive: adjacency as Maps, BFS with an array queue, Dijkstra by linear scan.
 */
import fc from "fast-check";
import { CsrBuilder } from "./csr.ts";
import { GraphIndex } from "./graph-index.ts";
import { ratingCost } from "./link-cost.ts";

export interface RandomGraph {
  n: number;
  /** [a, b, cost]; may repeat pairs and contain self-links. */
  links: [number, number, number][];
  blocked: number[];
  /** People a path may not pass through. */
  hidden: number[];
}

/** Costs of ratings 1..10 plus some far outside that range, so cheap detours beat short paths. */
const COSTS = [...Array.from({ length: 10 }, (_, r) => ratingCost(r + 1)), 0.05, 0.3, 4, 25];

export const randomGraph: fc.Arbitrary<RandomGraph> = fc.integer({ min: 1, max: 26 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    links: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom(...COSTS)), {
      maxLength: n * 2,
    }),
    blocked: fc.array(fc.nat(n - 1), { maxLength: 2 }),
    hidden: fc.array(fc.nat(n - 1), { maxLength: Math.ceil(n / 3) }),
  }),
);

/** An index over nodes "0".."n−1" with the graph's links and blocked people. */
export function indexOf(graph: RandomGraph): GraphIndex {
  const builder = new CsrBuilder();
  for (const [a, b, c] of graph.links) builder.add(a, b, c);
  const index = new GraphIndex(
    builder.build(graph.n),
    Array.from({ length: graph.n }, (_, i) => String(i)),
  );
  for (const b of graph.blocked) index.setBlocked(b, true);
  return index;
}

export type RefAdjacency = Map<number, Map<number, number>>;

/** Adjacency of the live graph: no self-links, repeated pairs keep the highest cost, blocked removed. */
export function refAdjacency(graph: RandomGraph): RefAdjacency {
  const adj: RefAdjacency = new Map();
  for (let i = 0; i < graph.n; i++) adj.set(i, new Map());
  const blocked = new Set(graph.blocked);
  for (const [a, b, cost] of graph.links) {
    if (a === b || blocked.has(a) || blocked.has(b)) continue;
    const c = Math.fround(cost);
    const known = adj.get(a)?.get(b) ?? 0;
    adj.get(a)?.set(b, Math.max(known, c));
    adj.get(b)?.set(a, Math.max(known, c));
  }
  return adj;
}

/** Hops by plain BFS through allowed intermediaries; −1 when unreachable or an end is blocked. */
export function refHops(adj: RefAdjacency, blocked: Set<number>, s: number, t: number, hidden: Set<number>) {
  if (blocked.has(s) || blocked.has(t)) return -1;
  if (s === t) return 0;
  const dist = new Map([[s, 0]]);
  const queue = [s];
  while (queue.length > 0) {
    const u = queue.shift() as number;
    if (u !== s && hidden.has(u)) continue;
    for (const v of adj.get(u)?.keys() ?? []) {
      if (dist.has(v)) continue;
      dist.set(v, (dist.get(u) as number) + 1);
      if (v === t) return dist.get(v) as number;
      queue.push(v);
    }
  }
  return -1;
}

/** Cheapest cost by textbook Dijkstra through allowed intermediaries; Infinity when unreachable. */
export function refCost(adj: RefAdjacency, blocked: Set<number>, s: number, t: number, hidden: Set<number>) {
  if (blocked.has(s) || blocked.has(t)) return Number.POSITIVE_INFINITY;
  const dist = new Map([[s, 0]]);
  const done = new Set<number>();
  for (;;) {
    let u = -1;
    for (const [v, d] of dist) if (!done.has(v) && (u < 0 || d < (dist.get(u) as number))) u = v;
    if (u < 0) return Number.POSITIVE_INFINITY;
    if (u === t) return dist.get(u) as number;
    done.add(u);
    if (u !== s && hidden.has(u)) continue;
    for (const [v, c] of adj.get(u) ?? []) {
      const d = (dist.get(u) as number) + c;
      if (d < (dist.get(v) ?? Number.POSITIVE_INFINITY)) dist.set(v, d);
    }
  }
}

/** True when `path` runs from s to t over links of `adj` and passes only through allowed people. */
export function isAllowedChain(adj: RefAdjacency, path: number[], s: number, t: number, hidden: Set<number>) {
  if (path[0] !== s || path[path.length - 1] !== t) return false;
  if (new Set(path).size !== path.length) return false;
  for (let i = 0; i + 1 < path.length; i++) {
    if (!adj.get(path[i] as number)?.has(path[i + 1] as number)) return false;
    if (i > 0 && hidden.has(path[i] as number)) return false;
  }
  return true;
}

/** Sum of the link costs along a path. */
export function pathCost(adj: RefAdjacency, path: number[]): number {
  let cost = 0;
  for (let i = 0; i + 1 < path.length; i++)
    cost += adj.get(path[i] as number)?.get(path[i + 1] as number) ?? NaN;
  return cost;
}
