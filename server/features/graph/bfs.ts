import { hasBit } from "./bitset.ts";
import type { GraphIndex } from "./graph-index.ts";
import { ALLOW_ALL, type AllowIntermediary } from "./privacy.ts";

export interface PathResult {
  /** Links on the path; 0 when from === to, −1 when there is no allowed path. */
  hops: number;
  /** Nodes from `from` to `to`; empty when there is no path. */
  path: number[];
}

/** One search direction. Marks are generation stamps, so a query never clears or allocates arrays. */
interface Side {
  mark: Uint32Array;
  parent: Int32Array;
  queue: Int32Array;
  head: number;
  tail: number;
  endpoint: number;
}

interface Scratch {
  gen: number;
  capacity: number;
  rejected: Uint32Array;
  fwd: Side;
  bwd: Side;
}

const scratches = new WeakMap<GraphIndex, Scratch>();

/**
 * Fewest-hops path by bidirectional BFS, a full level at a time on the side with the smaller frontier.
 * Skips disabled people, and passes only through people `allowIntermediary` accepts. Throws RangeError
 * for a node outside the index.
 */
export function shortestPath(
  g: GraphIndex,
  from: number,
  to: number,
  allowIntermediary: AllowIntermediary = ALLOW_ALL,
): PathResult {
  checkNode(g, from);
  checkNode(g, to);
  if (!g.isEnabled(from) || !g.isEnabled(to)) return { hops: -1, path: [] };
  if (from === to) return { hops: 0, path: [from] };
  const s = scratchFor(g);
  const gen = s.gen;
  start(s.fwd, from, gen);
  start(s.bwd, to, gen);
  while (s.fwd.head < s.fwd.tail && s.bwd.head < s.bwd.tail) {
    const forward = s.fwd.tail - s.fwd.head <= s.bwd.tail - s.bwd.head;
    const meet = forward
      ? expandLevel(g, s, s.fwd, s.bwd, allowIntermediary)
      : expandLevel(g, s, s.bwd, s.fwd, allowIntermediary);
    if (meet >= 0) return joinPath(s, meet);
  }
  return { hops: -1, path: [] };
}

function start(side: Side, node: number, gen: number): void {
  side.mark[node] = gen;
  side.parent[node] = -1;
  side.queue[0] = node;
  side.head = 0;
  side.tail = 1;
  side.endpoint = node;
}

/** Expands every node of the current level of `me`; returns the first node also reached by `other`. */
function expandLevel(g: GraphIndex, s: Scratch, me: Side, other: Side, allow: AllowIntermediary): number {
  const { offsets, targets, nodeCount } = g.base;
  const { added, removed } = g.overlay;
  const disabled = g.disabled;
  const levelEnd = me.tail;
  for (let q = me.head; q < levelEnd; q++) {
    const u = me.queue[q] as number;
    const cut = removed.size === 0 ? undefined : removed.get(u);
    if (u < nodeCount) {
      for (let i = offsets[u] as number, end = offsets[u + 1] as number; i < end; i++) {
        const v = targets[i] as number;
        if (cut?.has(v)) continue;
        if (discover(s, me, other, u, v, disabled, allow)) return v;
      }
    }
    const extra = added.size === 0 ? undefined : added.get(u);
    if (extra !== undefined) {
      for (const v of extra.targets) if (discover(s, me, other, u, v, disabled, allow)) return v;
    }
  }
  me.head = levelEnd;
  return -1;
}

/** Marks v as reached from u; true when the other side has reached it too (the searches meet). */
function discover(
  s: Scratch,
  me: Side,
  other: Side,
  u: number,
  v: number,
  disabled: Uint32Array,
  allow: AllowIntermediary,
): boolean {
  const gen = s.gen;
  if (me.mark[v] === gen || hasBit(disabled, v)) return false;
  if (v !== other.endpoint && other.mark[v] !== gen) {
    if (s.rejected[v] === gen) return false;
    if (!allow(v)) {
      s.rejected[v] = gen;
      return false;
    }
  }
  me.mark[v] = gen;
  me.parent[v] = u;
  me.queue[me.tail++] = v;
  return other.mark[v] === gen;
}

function joinPath(s: Scratch, meet: number): PathResult {
  const path: number[] = [];
  for (let v = meet; v !== -1; v = s.fwd.parent[v] as number) path.push(v);
  path.reverse();
  for (let v = s.bwd.parent[meet] as number; v !== -1; v = s.bwd.parent[v] as number) path.push(v);
  return { hops: path.length - 1, path };
}

/** The index's scratch arrays, grown to its node count, with a fresh generation for this query. */
function scratchFor(g: GraphIndex): Scratch {
  let s = scratches.get(g);
  if (s === undefined || s.capacity < g.nodeCount) {
    const capacity = Math.max(g.nodeCount, (s?.capacity ?? 0) * 2, 16);
    s = { gen: 0, capacity, rejected: new Uint32Array(capacity), fwd: side(capacity), bwd: side(capacity) };
    scratches.set(g, s);
  }
  if (s.gen === 0xffffffff) {
    s.gen = 0;
    s.rejected.fill(0);
    s.fwd.mark.fill(0);
    s.bwd.mark.fill(0);
  }
  s.gen++;
  return s;
}

function side(capacity: number): Side {
  const parent = new Int32Array(capacity);
  return {
    mark: new Uint32Array(capacity),
    parent,
    queue: new Int32Array(capacity),
    head: 0,
    tail: 0,
    endpoint: -1,
  };
}

export function checkNode(g: GraphIndex, node: number): void {
  if (!Number.isInteger(node) || node < 0 || node >= g.nodeCount) throw new RangeError(`no node ${node}`);
}
