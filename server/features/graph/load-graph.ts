import { type EdgeFormat, type EdgeRecord, readEdges } from "./edge-readers.ts";
import { GraphBuilder } from "./graph-builder.ts";
import type { GraphIndex, GraphIndexOptions } from "./graph-index.ts";
import { NEUTRAL_COST, ratingCost } from "./link-cost.ts";

export interface LoadOptions extends GraphIndexOptions {
  /** Read the csv third column as a trust rating; otherwise every link costs NEUTRAL_COST (1). */
  weighted?: boolean;
}

export interface LoadStats {
  records: number;
  /** Records dropped because their rating was negative (distrust is not a link). */
  negative: number;
  ms: number;
}

/**
 * The cost of the link an edge record states, or null when it states none. Every record is a mutual
 * link; weighted, its rating is taken as both sides' trust (ratingCost), and when a pair is rated more
 * than once (say both ways) the builder keeps the highest cost, so the lower rating decides, as in
 * linkCost's min(trustAB, trustBA).
 */
export function recordCost(record: EdgeRecord, weighted: boolean): number | null {
  if (!weighted) return NEUTRAL_COST;
  if (record.rating === undefined)
    throw new SyntaxError(`--weighted needs a rating column (${record.src},${record.dst})`);
  return record.rating < 0 ? null : ratingCost(record.rating);
}

/** Streams an edge-list file into a GraphIndex. People appear only through a link they are part of. */
export async function loadEdgeList(
  path: string,
  format: EdgeFormat,
  options: LoadOptions = {},
): Promise<{ index: GraphIndex; stats: LoadStats }> {
  const started = performance.now();
  const builder = new GraphBuilder();
  const stats: LoadStats = { records: 0, negative: 0, ms: 0 };
  for await (const record of readEdges(path, format)) {
    stats.records++;
    const cost = recordCost(record, options.weighted ?? false);
    if (cost === null) stats.negative++;
    else builder.addLink(record.src, record.dst, cost);
  }
  const index = builder.build(options);
  stats.ms = performance.now() - started;
  return { index, stats };
}
