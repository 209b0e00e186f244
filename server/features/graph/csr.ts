/**
 * Compressed sparse rows (CSR) for mutual links: node u's neighbours are
 * `targets[offsets[u] .. offsets[u + 1])`, sorted ascending, with the link cost at the same position in
 * `costs`. Each undirected link is stored in both rows, so a link costs 2 × 4 bytes of targets and
 * 2 × 4 bytes of costs (16 bytes), plus 4 bytes of offsets per node.
 */
export interface Csr {
  readonly nodeCount: number;
  readonly offsets: Uint32Array;
  readonly targets: Uint32Array;
  readonly costs: Float32Array;
}

export function emptyCsr(nodeCount = 0): Csr {
  return {
    nodeCount,
    offsets: new Uint32Array(nodeCount + 1),
    targets: new Uint32Array(0),
    costs: new Float32Array(0),
  };
}

/** Undirected links in the CSR. */
export function csrLinkCount(csr: Csr): number {
  return csr.targets.length / 2;
}

/** Bytes held by the three arrays. */
export function csrBytes(csr: Csr): number {
  return csr.offsets.byteLength + csr.targets.byteLength + csr.costs.byteLength;
}

/** The cost of the link u–v, or undefined. Binary search in u's sorted row. */
export function csrCost(csr: Csr, u: number, v: number): number | undefined {
  if (u >= csr.nodeCount) return undefined;
  let lo = csr.offsets[u] as number;
  let hi = (csr.offsets[u + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = csr.targets[mid] as number;
    if (t === v) return csr.costs[mid];
    if (t < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * Collects undirected links in any order into growable typed arrays, then builds a CSR with two
 * counting sorts (by target, then stably by source, so rows come out sorted). Self-links are dropped;
 * a link given more than once keeps its highest cost, i.e. the least trusting statement wins.
 */
export class CsrBuilder {
  private from = new Uint32Array(1024);
  private to = new Uint32Array(1024);
  private cost = new Float32Array(1024);
  private count = 0;
  private maxNode = -1;

  get pending(): number {
    return this.count;
  }

  add(a: number, b: number, cost: number): void {
    if (a === b) return;
    if (!(cost > 0 && Number.isFinite(cost))) throw new RangeError(`link cost must be positive, got ${cost}`);
    if (this.count === this.from.length) this.grow();
    this.from[this.count] = a;
    this.to[this.count] = b;
    this.cost[this.count] = cost;
    this.count++;
    if (a > this.maxNode) this.maxNode = a;
    if (b > this.maxNode) this.maxNode = b;
  }

  /** Builds the CSR over nodes 0..nodeCount−1 and resets the builder. */
  build(nodeCount: number): Csr {
    if (this.maxNode >= nodeCount) throw new RangeError(`node ${this.maxNode} outside 0..${nodeCount - 1}`);
    const m = this.count;
    const entries = 2 * m;
    const srcOf = (e: number) => (e < m ? this.from[e] : this.to[e - m]) as number;
    const dstOf = (e: number) => (e < m ? this.to[e] : this.from[e - m]) as number;

    // Pass 1: order the directed entries by target.
    const byTarget = new Uint32Array(entries);
    const slot = new Uint32Array(nodeCount + 1);
    for (let e = 0; e < entries; e++) slot[dstOf(e) + 1] = (slot[dstOf(e) + 1] as number) + 1;
    for (let i = 0; i < nodeCount; i++) slot[i + 1] = (slot[i + 1] as number) + (slot[i] as number);
    for (let e = 0; e < entries; e++) {
      const t = dstOf(e);
      const at = slot[t] as number;
      slot[t] = at + 1;
      byTarget[at] = e;
    }

    // Pass 2: stable counting sort by source, so each row is sorted by target.
    const offsets = new Uint32Array(nodeCount + 1);
    for (let e = 0; e < entries; e++) {
      const row = srcOf(e) + 1;
      offsets[row] = (offsets[row] as number) + 1;
    }
    for (let i = 0; i < nodeCount; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
    const cursor = offsets.slice(0, nodeCount);
    const targets = new Uint32Array(entries);
    const costs = new Float32Array(entries);
    for (let k = 0; k < entries; k++) {
      const e = byTarget[k] as number;
      const src = srcOf(e);
      const at = cursor[src] as number;
      cursor[src] = at + 1;
      targets[at] = dstOf(e);
      costs[at] = this.cost[e < m ? e : e - m] as number;
    }
    this.reset();
    return dedupeRows(nodeCount, offsets, targets, costs);
  }

  private grow(): void {
    const size = this.from.length * 2;
    const from = new Uint32Array(size);
    const to = new Uint32Array(size);
    const cost = new Float32Array(size);
    from.set(this.from);
    to.set(this.to);
    cost.set(this.cost);
    this.from = from;
    this.to = to;
    this.cost = cost;
  }

  private reset(): void {
    this.from = new Uint32Array(1024);
    this.to = new Uint32Array(1024);
    this.cost = new Float32Array(1024);
    this.count = 0;
    this.maxNode = -1;
  }
}

/** Merges repeated targets within each sorted row (keeping the highest cost) into exact-size arrays. */
function dedupeRows(nodeCount: number, offsets: Uint32Array, targets: Uint32Array, costs: Float32Array): Csr {
  let w = 0;
  let start = 0;
  for (let u = 0; u < nodeCount; u++) {
    const end = offsets[u + 1] as number;
    const rowStart = w;
    for (let i = start; i < end; i++) {
      const v = targets[i] as number;
      const c = costs[i] as number;
      if (w > rowStart && targets[w - 1] === v) {
        if (c > (costs[w - 1] as number)) costs[w - 1] = c;
      } else {
        targets[w] = v;
        costs[w] = c;
        w++;
      }
    }
    start = end;
    offsets[u + 1] = w;
  }
  if (w === targets.length) return { nodeCount, offsets, targets, costs };
  return { nodeCount, offsets, targets: targets.slice(0, w), costs: costs.slice(0, w) };
}
