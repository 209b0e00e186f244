import { shortestPath } from "./bfs.ts";
import { bestPath } from "./dijkstra.ts";
import { type EdgeFormat, readPairs } from "./edge-readers.ts";
import type { GraphIndex } from "./graph-index.ts";
import { loadEdgeList } from "./load-graph.ts";

export interface QueryOptions {
  edges: string;
  format: EdgeFormat;
  pairs: string;
  weighted: boolean;
}

/** The column printed for "no path" (path, and cost with --weighted). */
export const NO_PATH = "-";

/**
 * One output line for a pair: `<from> <to> <hops> <ids on the path, comma-separated>`, plus the cost
 * (6 decimals) when weighted. With weighted, hops and path are those of the cheapest path. Equal ids give
 * hops 0 and the id as its own path even when unknown; unknown ids and unreachable pairs give hops −1
 * and NO_PATH.
 */
export function answerPair(g: GraphIndex, from: string, to: string, weighted: boolean): string {
  const a = g.nodeOf(from);
  const b = g.nodeOf(to);
  let hops = -1;
  let path: number[] = [];
  let cost = Number.POSITIVE_INFINITY;
  if (from === to) {
    hops = 0;
    cost = 0;
  } else if (a !== undefined && b !== undefined) {
    if (weighted) ({ hops, path, cost } = bestPath(g, a, b));
    else ({ hops, path } = shortestPath(g, a, b));
  }
  const ids = from === to ? from : hops < 0 ? NO_PATH : path.map((n) => g.externalId(n)).join(",");
  const line = `${from} ${to} ${hops} ${ids}`;
  if (!weighted) return line;
  return `${line} ${Number.isFinite(cost) ? cost.toFixed(6) : NO_PATH}`;
}

/** Loads the edge list, then writes one answer line per pair. */
export async function runQuery(options: QueryOptions, write: (line: string) => void): Promise<void> {
  const { index } = await loadEdgeList(options.edges, options.format, { weighted: options.weighted });
  for await (const [from, to] of readPairs(options.pairs))
    write(answerPair(index, from, to, options.weighted));
}
