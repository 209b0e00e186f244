import { bitsetFor, hasBit, setBit } from "./bitset.ts";
import type { GraphIndex } from "./graph-index.ts";
import type { AllowIntermediary } from "./privacy.ts";

/**
 * A viewer's neighbourhood up to two hops, as bitsets over all nodes:
 * - `first`: the viewer's enabled neighbours;
 * - `within2`: first plus everyone reached through an allowed first-degree person (viewer excluded);
 * - `bridge`: the members of within2 a path may continue through (allowed), used for 3rd degree.
 */
export interface Frontier {
  version: number;
  first: Uint32Array;
  within2: Uint32Array;
  bridge: Uint32Array;
}

export interface DegreeCacheOptions {
  /** Most viewers kept (least recently used go first). */
  maxEntries?: number;
  /** Most bytes of bitsets kept. Each entry holds 3 bits per node: 375 KB at a million people. */
  maxBytes?: number;
}

/**
 * LRU cache of frontiers per viewer. An entry is valid for one index version; any write bumps the
 * version, so a stale entry is rebuilt on its next use. That is coarser than tracking which writes touch
 * a viewer's two-hop neighbourhood, and simply correct. The predicate must depend only on the viewer and
 * on data whose changes bump the version (GraphIndex.touch()).
 */
export class DegreeCache {
  private readonly entries = new Map<number, Frontier>();
  private bytes = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  hits = 0;
  misses = 0;

  constructor(options: DegreeCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 1024;
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  }

  get size(): number {
    return this.entries.size;
  }

  frontier(g: GraphIndex, viewer: number, allow: AllowIntermediary): Frontier {
    const cached = this.entries.get(viewer);
    if (cached !== undefined) {
      this.entries.delete(viewer);
      this.bytes -= frontierBytes(cached);
      if (cached.version === g.version) {
        this.hits++;
        this.store(viewer, cached);
        return cached;
      }
    }
    this.misses++;
    const fresh = buildFrontier(g, viewer, allow);
    this.store(viewer, fresh);
    return fresh;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private store(viewer: number, f: Frontier): void {
    this.entries.set(viewer, f);
    this.bytes += frontierBytes(f);
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      if (oldest === viewer) break;
      this.entries.delete(oldest);
      this.bytes -= frontierBytes(entry);
    }
  }
}

function frontierBytes(f: Frontier): number {
  return f.first.byteLength + f.within2.byteLength + f.bridge.byteLength;
}

/** Builds the frontier of `viewer`: O(deg(viewer) + sum of its neighbours' degrees). */
export function buildFrontier(g: GraphIndex, viewer: number, allow: AllowIntermediary): Frontier {
  const n = g.nodeCount;
  const f: Frontier = {
    version: g.version,
    first: bitsetFor(n),
    within2: bitsetFor(n),
    bridge: bitsetFor(n),
  };
  if (!g.isEnabled(viewer)) return f;
  const firsts: number[] = [];
  g.forEachNeighbor(viewer, (w) => {
    setBit(f.first, w);
    firsts.push(w);
  });
  const reach = (x: number) => {
    if (x === viewer || hasBit(f.within2, x)) return;
    setBit(f.within2, x);
    if (allow(x)) setBit(f.bridge, x);
  };
  for (const w of firsts) reach(w);
  for (const w of firsts) if (hasBit(f.bridge, w)) g.forEachNeighbor(w, reach);
  return f;
}
