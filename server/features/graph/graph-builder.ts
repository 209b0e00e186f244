import { CsrBuilder } from "./csr.ts";
import { GraphIndex, type GraphIndexOptions } from "./graph-index.ts";

/**
 * Builds a GraphIndex from links streamed in any order with external ids: interns each id to the next
 * dense int and hands the link to a CsrBuilder (which dedupes and drops self-links).
 */
export class GraphBuilder {
  private readonly ids: string[] = [];
  private readonly nodeById = new Map<string, number>();
  private readonly csr = new CsrBuilder();

  /** The dense node of `id`, interned on first sight (so people without links can be added too). */
  node(id: string): number {
    let node = this.nodeById.get(id);
    if (node === undefined) {
      node = this.ids.length;
      this.ids.push(id);
      this.nodeById.set(id, node);
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
