import { checkNode, type PathResult } from "./bfs.ts";
import { hasBit } from "./bitset.ts";
import type { GraphIndex } from "./graph-index.ts";
import {
  createIndexHeap,
  heapDecrease,
  heapPop,
  heapPush,
  heapTopKey,
  type IndexHeap,
} from "./index-heap.ts";
import { ALLOW_ALL, type AllowIntermediary } from "./privacy.ts";

export interface WeightedPathResult extends PathResult {
  /** Sum of the link costs on the path (see link-cost.ts); 0 when from === to, Infinity when none. */
  cost: number;
}

/** One search direction; `mark` stamps a labelled node, `done` a settled one. */
interface Side {
  dist: Float64Array;
  mark: Uint32Array;
  done: Uint32Array;
  parent: Int32Array;
  heap: IndexHeap;
  endpoint: number;
}

interface Scratch {
  gen: number;
  capacity: number;
  rejected: Uint32Array;
  fwd: Side;
  bwd: Side;
  /** Best complete path so far: cost and the link (x in fwd, y in bwd) where the two searches join. */
  best: number;
  x: number;
  y: number;
}

const scratches = new WeakMap<GraphIndex, Scratch>();

/**
 * Cheapest path by the precomputed link costs: bidirectional Dijkstra, stepping the side with the
 * smaller heap, stopping once the two heap tops together reach the best joined path. Same privacy and
 * disabled rules as shortestPath. Throws RangeError for a node outside the index.
 */
export function bestPath(
  g: GraphIndex,
  from: number,
  to: number,
  allowIntermediary: AllowIntermediary = ALLOW_ALL,
): WeightedPathResult {
  checkNode(g, from);
  checkNode(g, to);
  if (!g.isEnabled(from) || !g.isEnabled(to)) return { hops: -1, path: [], cost: Number.POSITIVE_INFINITY };
  if (from === to) return { hops: 0, path: [from], cost: 0 };
  const s = scratchFor(g);
  start(s.fwd, from, s.gen);
  start(s.bwd, to, s.gen);
  s.best = Number.POSITIVE_INFINITY;
  s.x = -1;
  s.y = -1;
  const { fwd, bwd } = s;
  while (fwd.heap.size > 0 && bwd.heap.size > 0) {
    if (heapTopKey(fwd.heap) + heapTopKey(bwd.heap) >= s.best) break;
    if (fwd.heap.size <= bwd.heap.size) settleNext(g, s, fwd, bwd, allowIntermediary);
    else settleNext(g, s, bwd, fwd, allowIntermediary);
  }
  if (s.x < 0) return { hops: -1, path: [], cost: Number.POSITIVE_INFINITY };
  const path: number[] = [];
  for (let v = s.x; v !== -1; v = fwd.parent[v] as number) path.push(v);
  path.reverse();
  for (let v = s.y; v !== -1; v = bwd.parent[v] as number) path.push(v);
  return { hops: path.length - 1, path, cost: s.best };
}

function start(side: Side, node: number, gen: number): void {
  side.dist[node] = 0;
  side.mark[node] = gen;
  side.parent[node] = -1;
  side.heap.size = 0;
  heapPush(side.heap, node);
  side.endpoint = node;
}

/** Settles the nearest node of `me` and relaxes its links. */
function settleNext(g: GraphIndex, s: Scratch, me: Side, other: Side, allow: AllowIntermediary): void {
  const u = heapPop(me.heap);
  me.done[u] = s.gen;
  // The far endpoint ends paths; going on through it could only make longer ones.
  if (u === other.endpoint) return;
  const { offsets, targets, costs, nodeCount } = g.base;
  const { added, removed } = g.overlay;
  const cut = removed.size === 0 ? undefined : removed.get(u);
  if (u < nodeCount) {
    for (let i = offsets[u] as number, end = offsets[u + 1] as number; i < end; i++) {
      const v = targets[i] as number;
      if (!cut?.has(v)) relax(g, s, me, other, u, v, costs[i] as number, allow);
    }
  }
  const extra = added.size === 0 ? undefined : added.get(u);
  if (extra !== undefined) {
    for (let k = 0; k < extra.targets.length; k++) {
      relax(g, s, me, other, u, extra.targets[k] as number, extra.costs[k] as number, allow);
    }
  }
}

function relax(
  g: GraphIndex,
  s: Scratch,
  me: Side,
  other: Side,
  u: number,
  v: number,
  cost: number,
  allow: AllowIntermediary,
): void {
  const gen = s.gen;
  if (me.done[v] === gen || hasBit(g.disabled, v)) return;
  const d = (me.dist[u] as number) + cost;
  if (me.mark[v] === gen) {
    if (d >= (me.dist[v] as number)) return;
    me.dist[v] = d;
    me.parent[v] = u;
    heapDecrease(me.heap, v);
  } else {
    if (v !== other.endpoint && other.mark[v] !== gen) {
      if (s.rejected[v] === gen) return;
      if (!allow(v)) {
        s.rejected[v] = gen;
        return;
      }
    }
    me.dist[v] = d;
    me.mark[v] = gen;
    me.parent[v] = u;
    heapPush(me.heap, v);
  }
  if (other.mark[v] === gen) {
    const total = d + (other.dist[v] as number);
    if (total < s.best) {
      s.best = total;
      const forward = me === s.fwd;
      s.x = forward ? u : v;
      s.y = forward ? v : u;
    }
  }
}

function scratchFor(g: GraphIndex): Scratch {
  let s = scratches.get(g);
  if (s === undefined || s.capacity < g.nodeCount) {
    const capacity = Math.max(g.nodeCount, (s?.capacity ?? 0) * 2, 16);
    s = {
      gen: 0,
      capacity,
      rejected: new Uint32Array(capacity),
      fwd: side(capacity),
      bwd: side(capacity),
      best: Number.POSITIVE_INFINITY,
      x: -1,
      y: -1,
    };
    scratches.set(g, s);
  }
  if (s.gen === 0xffffffff) {
    s.gen = 0;
    for (const a of [s.rejected, s.fwd.mark, s.fwd.done, s.bwd.mark, s.bwd.done]) a.fill(0);
  }
  s.gen++;
  return s;
}

function side(capacity: number): Side {
  const dist = new Float64Array(capacity);
  return {
    dist,
    mark: new Uint32Array(capacity),
    done: new Uint32Array(capacity),
    parent: new Int32Array(capacity),
    heap: createIndexHeap(capacity, dist),
    endpoint: -1,
  };
}
