import { bitsetFor, clearBit, growBitset, hasBit, setBit } from "./bitset.ts";
import { foldOverlay } from "./compact.ts";
import { type Csr, csrCost, csrLinkCount, emptyCsr } from "./csr.ts";
import { Overlay } from "./overlay.ts";

export interface GraphIndexOptions {
  /** Fold the overlay into a new CSR once it holds more than this fraction of the CSR's links. */
  compactFraction?: number;
  /** ... but never before it holds this many links, so a small graph is not rebuilt on every write. */
  compactMin?: number;
}

/**
 * The people graph in memory: dense node ids 0..n−1 mapped to external ids, an immutable CSR base, a
 * small mutable overlay for writes since the last compaction, and a `disabled` bitset for removed or
 * blocked people that every query checks, so they vanish from all results at the moment of the write.
 * Every write bumps `version`, which caches key their entries by.
 */
export class GraphIndex {
  readonly overlay = new Overlay();
  private csr: Csr;
  private disabledBits: Uint32Array;
  private readonly ids: (string | undefined)[];
  private readonly nodeById = new Map<string, number>();
  private readonly deleted = new Set<number>();
  private versionCounter = 0;
  private readonly compactFraction: number;
  private readonly compactMin: number;

  /** `ids[i]` is the external id of node i; `csr` must cover exactly those nodes. */
  constructor(csr: Csr, ids: readonly string[], options: GraphIndexOptions = {}) {
    if (csr.nodeCount !== ids.length) throw new RangeError("the CSR and the id list disagree on node count");
    this.csr = csr;
    this.ids = [...ids];
    ids.forEach((id, node) => {
      if (this.nodeById.has(id)) throw new RangeError(`duplicate node id ${id}`);
      this.nodeById.set(id, node);
    });
    this.disabledBits = bitsetFor(ids.length);
    this.compactFraction = options.compactFraction ?? 0.05;
    this.compactMin = options.compactMin ?? 1024;
  }

  static empty(options?: GraphIndexOptions): GraphIndex {
    return new GraphIndex(emptyCsr(0), [], options);
  }

  get base(): Csr {
    return this.csr;
  }
  get disabled(): Uint32Array {
    return this.disabledBits;
  }
  get nodeCount(): number {
    return this.ids.length;
  }
  get version(): number {
    return this.versionCounter;
  }
  /** Stored links (base − removed + added), including those of blocked people. */
  get linkCount(): number {
    return csrLinkCount(this.csr) - this.overlay.removedCount + this.overlay.addedCount;
  }

  nodeOf(id: string): number | undefined {
    return this.nodeById.get(id);
  }

  externalId(node: number): string {
    const id = this.ids[node];
    if (id === undefined) throw new RangeError(`no node ${node}`);
    return id;
  }

  isEnabled(node: number): boolean {
    return node >= 0 && node < this.ids.length && !hasBit(this.disabledBits, node);
  }

  /** The node for `id`, created without links if it is new. */
  addNode(id: string): number {
    const known = this.nodeById.get(id);
    if (known !== undefined) return known;
    const node = this.ids.length;
    this.ids.push(id);
    this.nodeById.set(id, node);
    this.disabledBits = growBitset(this.disabledBits, this.ids.length);
    this.versionCounter++;
    return node;
  }

  /** Removes a person for good: disabled at once, links dropped at the next compaction, id freed. */
  removeNode(node: number): void {
    const id = this.ids[node];
    if (id === undefined || this.deleted.has(node)) return;
    setBit(this.disabledBits, node);
    this.deleted.add(node);
    this.nodeById.delete(id);
    this.versionCounter++;
  }

  /** Blocks (or unblocks) a person: their links stay stored, but no query sees them meanwhile. */
  setBlocked(node: number, blocked: boolean): void {
    this.checkNode(node);
    if (this.deleted.has(node)) return;
    if (blocked) setBit(this.disabledBits, node);
    else clearBit(this.disabledBits, node);
    this.versionCounter++;
  }

  /** Bumps the version for a change the index cannot see (e.g. a privacy setting that predicates read). */
  touch(): void {
    this.versionCounter++;
  }

  /** The cost of the stored link a–b (blocked people included), or undefined. */
  costOf(a: number, b: number): number | undefined {
    const added = this.overlay.addedCost(a, b);
    if (added !== undefined) return added;
    if (this.overlay.isRemoved(a, b)) return undefined;
    return csrCost(this.csr, a, b);
  }

  /** Adds the mutual link a–b or changes its cost. */
  addLink(a: number, b: number, cost: number): void {
    this.checkNode(a);
    this.checkNode(b);
    if (a === b) throw new RangeError("a link needs two different people");
    if (this.deleted.has(a) || this.deleted.has(b)) throw new RangeError("cannot link a removed person");
    const c = Math.fround(cost);
    if (!(c > 0 && Number.isFinite(c))) throw new RangeError(`link cost must be positive, got ${cost}`);
    this.versionCounter++;
    if (this.overlay.addedCost(a, b) !== undefined) {
      this.overlay.add(a, b, c);
      return;
    }
    const baseCost = csrCost(this.csr, a, b);
    if (baseCost === c) this.overlay.unmarkRemoved(a, b);
    else {
      // A base link with another cost is shadowed: removed from the base, added with the new cost.
      if (baseCost !== undefined) this.overlay.markRemoved(a, b);
      this.overlay.add(a, b, c);
    }
    this.compactIfLarge();
  }

  /** Removes the mutual link a–b; false when there was none. */
  removeLink(a: number, b: number): boolean {
    const dropped = this.overlay.drop(a, b);
    let removed = dropped;
    if (!dropped && !this.overlay.isRemoved(a, b) && csrCost(this.csr, a, b) !== undefined) {
      this.overlay.markRemoved(a, b);
      removed = true;
    }
    if (removed) {
      this.versionCounter++;
      this.compactIfLarge();
    }
    return removed;
  }

  /** Calls `visit` for each neighbour of u that is stored and enabled. Used off the hottest paths
   * (frontier builds, introducers, tools); bfs.ts, dijkstra.ts and degrees.ts inline the same loop. */
  forEachNeighbor(u: number, visit: (v: number, cost: number) => void): void {
    const { offsets, targets, costs, nodeCount } = this.csr;
    const removed = this.overlay.removed.get(u);
    if (u < nodeCount) {
      for (let i = offsets[u] as number, end = offsets[u + 1] as number; i < end; i++) {
        const v = targets[i] as number;
        if (removed?.has(v) || hasBit(this.disabledBits, v)) continue;
        visit(v, costs[i] as number);
      }
    }
    const added = this.overlay.added.get(u);
    if (added === undefined) return;
    for (let k = 0; k < added.targets.length; k++) {
      const v = added.targets[k] as number;
      if (!hasBit(this.disabledBits, v)) visit(v, added.costs[k] as number);
    }
  }

  /** Enabled neighbours of u, ascending. Allocates; for tools and tests. */
  neighbors(u: number): number[] {
    const out: number[] = [];
    this.forEachNeighbor(u, (v) => out.push(v));
    return out.sort((x, y) => x - y);
  }

  /** Folds the overlay into a new CSR and drops the links of removed people. Same answers before and
   * after; O(links), see compact.ts. */
  compact(): void {
    this.csr = foldOverlay(this.csr, this.overlay, this.ids.length, this.deleted);
    this.overlay.clear();
  }

  private compactIfLarge(): void {
    const limit = Math.max(this.compactMin, this.compactFraction * csrLinkCount(this.csr));
    if (this.overlay.size > limit) this.compact();
  }

  private checkNode(node: number): void {
    if (!Number.isInteger(node) || node < 0 || node >= this.ids.length)
      throw new RangeError(`no node ${node}`);
  }
}
