import { CsrBuilder } from "./csr.ts";
import { GraphIndex, type GraphIndexOptions } from "./graph-index.ts";

/**
 * Builds a GraphIndex from links streamed in any order with external ids: interns each id to the next
 * dense int and hands the link to a CsrBuilder (which dedupes and drops self-links).
 */
/** Canonical small integers ("0", "17", never "017"): edge lists mostly use them. */
const SMALL_INT = /^(?:0|[1-9]\d{0,7})$/;
/** Largest integer id kept in the array (128 MB at most); larger or sparse ids go through the Map. */
const DENSE_LIMIT = 1 << 25;

export class GraphBuilder {
  private readonly ids: string[] = [];
  private readonly nodeById = new Map<string, number>();
  // Hashing tens of millions of id strings through one Map was half of a 20M-link load; canonical
  // integer ids are looked up in an array instead. A given string always takes the same path.
  private nodeByInt = new Int32Array(0);
  private readonly csr = new CsrBuilder();

  /** The dense node of `id`, interned on first sight (so people without links can be added too). */
  node(id: string): number {
    if (SMALL_INT.test(id)) {
      const k = Number(id);
      if (k < DENSE_LIMIT) return this.intNode(k, id);
    }
    let node = this.nodeById.get(id);
    if (node === undefined) {
      node = this.ids.length;
      this.ids.push(id);
      this.nodeById.set(id, node);
    }
    return node;
  }

  private intNode(k: number, id: string): number {
    if (k >= this.nodeByInt.length) {
      const grown = new Int32Array(
        Math.min(DENSE_LIMIT, Math.max(k + 1, this.nodeByInt.length * 2, 1024)),
      ).fill(-1);
      grown.set(this.nodeByInt);
      this.nodeByInt = grown;
    }
    let node = this.nodeByInt[k] as number;
    if (node < 0) {
      node = this.ids.length;
      this.ids.push(id);
      this.nodeByInt[k] = node;
    }
    return node;
  }

  addLink(a: string, b: string, cost: number): void {
    this.csr.add(this.node(a), this.node(b), cost);
  }

  build(options?: GraphIndexOptions): GraphIndex {
    return new GraphIndex(this.csr.build(this.ids.length), this.ids, options);
  }
}
