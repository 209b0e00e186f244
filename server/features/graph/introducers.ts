import type { AffiliationIndex } from "./affiliations.ts";
import { checkNode } from "./bfs.ts";
import type { GraphIndex } from "./graph-index.ts";
import { ALLOW_ALL, type AllowIntermediary } from "./privacy.ts";

/** Who to find: people who are or were at an organization, or anyone a predicate accepts (a skill). */
export type IntroducerTarget =
  | { org: number; affiliations: AffiliationIndex }
  | { accept: (node: number) => boolean; recency?: (node: number) => number };

export interface IntroducerOptions {
  allowIntermediary?: AllowIntermediary;
  /** Most introducers returned; 20 unless told. */
  limit?: number;
}

export interface Introducer {
  node: number;
  hops: 1 | 2;
  /** Cost of the cheapest path of at most two links from the viewer. */
  cost: number;
  /** viewer, [intermediary,] introducer. */
  path: number[];
  /** Infinity while current at the organization, else the last year there (for a predicate: its recency). */
  recency: number;
}

interface Reach {
  cost: number;
  via: number;
}

/**
 * People within two hops of the viewer who match the target, cheapest path first, then the most recent
 * (current before recent past), then by node. A two-hop path passes only through an allowed, enabled
 * first-degree person; disabled people never appear. Throws RangeError for a node outside the index.
 */
export function introducersTo(
  g: GraphIndex,
  viewer: number,
  target: IntroducerTarget,
  options: IntroducerOptions = {},
): Introducer[] {
  checkNode(g, viewer);
  if (!g.isEnabled(viewer)) return [];
  const allow = options.allowIntermediary ?? ALLOW_ALL;
  const firsts = new Map<number, number>();
  g.forEachNeighbor(viewer, (w, c) => firsts.set(w, c));
  const found: Introducer[] = [];
  const add = (node: number, reach: Reach | undefined, recency: number) => {
    if (reach === undefined) return;
    const path = reach.via < 0 ? [viewer, node] : [viewer, reach.via, node];
    found.push({ node, hops: reach.via < 0 ? 1 : 2, cost: reach.cost, path, recency });
  };

  if ("org" in target) {
    for (const [person, recency] of recencyByPerson(target)) {
      if (person !== viewer && g.isEnabled(person)) add(person, reachOf(g, person, firsts, allow), recency);
    }
  } else {
    for (const [node, reach] of twoHopBall(g, viewer, firsts, allow)) {
      if (target.accept(node)) add(node, reach, target.recency?.(node) ?? 0);
    }
  }
  found.sort((a, b) => a.cost - b.cost || b.recency - a.recency || a.node - b.node);
  return found.slice(0, options.limit ?? 20);
}

/** The most recent stint of each person at the organization: Infinity while current. */
function recencyByPerson(target: { org: number; affiliations: AffiliationIndex }): Map<number, number> {
  const out = new Map<number, number>();
  for (const stint of target.affiliations.peopleAt(target.org)) {
    const recency = stint.to === 0 ? Number.POSITIVE_INFINITY : stint.to;
    if (recency > (out.get(stint.node) ?? Number.NEGATIVE_INFINITY)) out.set(stint.node, recency);
  }
  return out;
}

/** Cheapest path of at most two links to `person`, looked up from the person's side. */
function reachOf(
  g: GraphIndex,
  person: number,
  firsts: Map<number, number>,
  allow: AllowIntermediary,
): Reach | undefined {
  const direct = firsts.get(person);
  let best: Reach | undefined = direct === undefined ? undefined : { cost: direct, via: -1 };
  g.forEachNeighbor(person, (w, c) => {
    const first = firsts.get(w);
    if (first === undefined) return;
    const cost = first + c;
    if ((best === undefined || cost < best.cost) && allow(w)) best = { cost, via: w };
  });
  return best;
}

/** Everyone within two links of the viewer with their cheapest such path. */
function twoHopBall(
  g: GraphIndex,
  viewer: number,
  firsts: Map<number, number>,
  allow: AllowIntermediary,
): Map<number, Reach> {
  const ball = new Map<number, Reach>();
  for (const [w, c] of firsts) ball.set(w, { cost: c, via: -1 });
  for (const [w, c1] of firsts) {
    if (!allow(w)) continue;
    g.forEachNeighbor(w, (x, c2) => {
      if (x === viewer) return;
      const cost = c1 + c2;
      const known = ball.get(x);
      if (known === undefined || cost < known.cost) ball.set(x, { cost, via: w });
    });
  }
  return ball;
}
