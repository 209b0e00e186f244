import { checkNode } from "./bfs.ts";
import { hasBit } from "./bitset.ts";
import { DegreeCache, type Frontier } from "./degree-cache.ts";
import type { GraphIndex } from "./graph-index.ts";
import { ALLOW_ALL, type AllowIntermediary } from "./privacy.ts";

/** 0 the viewer, 1..3 the degree of connection, BEYOND for four or more hops or no allowed path. */
export type Degree = 0 | 1 | 2 | 3 | 4;
export const BEYOND = 4;

const defaultCaches = new WeakMap<GraphIndex, DegreeCache>();

/** The cache `degrees` uses for an index when none is passed. */
export function degreeCacheFor(g: GraphIndex): DegreeCache {
  let cache = defaultCaches.get(g);
  if (cache === undefined) {
    cache = new DegreeCache();
    defaultCaches.set(g, cache);
  }
  return cache;
}

/**
 * Degree badges for many targets at once. The viewer's two-hop frontier comes from the cache (built
 * once per viewer and index version); a target is 3rd degree when one of its neighbours is in the
 * frontier and may be passed through. Cost per target: O(its degree) at worst. Entry i of the result
 * belongs to targets[i]. Throws RangeError for a node outside the index.
 */
export function degrees(
  g: GraphIndex,
  viewer: number,
  targets: ArrayLike<number>,
  allowIntermediary: AllowIntermediary = ALLOW_ALL,
  cache: DegreeCache = degreeCacheFor(g),
): Uint8Array {
  checkNode(g, viewer);
  const out = new Uint8Array(targets.length);
  const f = cache.frontier(g, viewer, allowIntermediary);
  const viewerOn = g.isEnabled(viewer);
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i] as number;
    checkNode(g, t);
    out[i] = !viewerOn || !g.isEnabled(t) ? BEYOND : t === viewer ? 0 : degreeOf(g, f, t);
  }
  return out;
}

function degreeOf(g: GraphIndex, f: Frontier, t: number): Degree {
  if (hasBit(f.first, t)) return 1;
  if (hasBit(f.within2, t)) return 2;
  const { offsets, targets, nodeCount } = g.base;
  const { added, removed } = g.overlay;
  const cut = removed.size === 0 ? undefined : removed.get(t);
  // The frontier is of this version, so it holds no disabled person: only removed links need skipping.
  if (t < nodeCount) {
    for (let i = offsets[t] as number, end = offsets[t + 1] as number; i < end; i++) {
      const w = targets[i] as number;
      if (hasBit(f.bridge, w) && !cut?.has(w)) return 3;
    }
  }
  const extra = added.size === 0 ? undefined : added.get(t);
  if (extra !== undefined) {
    for (const w of extra.targets) if (hasBit(f.bridge, w)) return 3;
  }
  return BEYOND;
}
