import { type EdgeFormat, readEdges } from "../../server/features/graph/edge-readers.ts";
import { recordCost } from "../../server/features/graph/load-graph.ts";
import { CTE_MAX_DEPTH } from "./bench-cte.ts";
import type { Answers } from "./bench-engine.ts";

export interface Baseline {
  hops: number[];
  costs?: number[];
  degrees: Uint8Array[];
}

/**
 * Every disagreement between the engine and a baseline, as readable lines (at most `limit`). Hop counts
 * and degrees must be equal, weighted costs equal within 1e-6. The CTE looks only CTE_MAX_DEPTH deep,
 * so a farther engine answer must be "no path" there. `pairs` maps index → pair for the messages.
 */
export function disagreements(
  name: string,
  engine: Answers,
  other: Baseline,
  pairs: [number, number][],
  options: { boundedDepth?: boolean; limit?: number } = {},
): string[] {
  const out: string[] = [];
  const limit = options.limit ?? 10;
  other.hops.forEach((hops, i) => {
    let want = engine.hops[i] as number;
    if (options.boundedDepth && want > CTE_MAX_DEPTH) want = -1;
    if (hops !== want) out.push(`${name} hops ${pairs[i]}: engine ${engine.hops[i]}, ${name} ${hops}`);
  });
  other.costs?.forEach((cost, i) => {
    const mine = engine.costs[i] as number;
    const same = cost === mine || Math.abs(cost - mine) <= 1e-6;
    if (!same) out.push(`${name} cost ${pairs[i]}: engine ${mine}, ${name} ${cost}`);
  });
  other.degrees.forEach((degrees, i) => {
    const mine = engine.degrees[i] as Uint8Array;
    for (let k = 0; k < degrees.length; k++) {
      if (degrees[k] !== mine[k])
        out.push(`${name} degree viewer #${i} target #${k}: engine ${mine[k]}, ${name} ${degrees[k]}`);
    }
  });
  return out.slice(0, limit);
}

/** Engine paths that are not chains of existing links (or, for the shortest paths, of the wrong length). */
export function brokenPaths(engine: Answers, hasLink: (a: string, b: string) => boolean): string[] {
  const out: string[] = [];
  engine.paths.forEach((path, i) => {
    const hops = i < engine.hops.length ? (engine.hops[i] as number) : path.length - 1;
    if (path.length !== Math.max(0, hops + 1))
      out.push(`path #${i} has ${path.length} nodes for ${hops} hops`);
    for (let k = 0; k + 1 < path.length; k++) {
      if (!hasLink(path[k] as string, path[k + 1] as string))
        out.push(`path #${i}: ${path[k]}-${path[k + 1]} is no link`);
    }
  });
  return out.slice(0, 10);
}

/**
 * For when no baseline holds the whole graph: reads the edge file again, independently of the engine,
 * and returns which of the links the paths use it states (a link it drops, e.g. a negative rating or a
 * self-link, is no link).
 */
export async function linksInFile(
  file: string,
  format: EdgeFormat,
  weighted: boolean,
  paths: string[][],
): Promise<(a: string, b: string) => boolean> {
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const wanted = new Set<string>();
  for (const path of paths)
    for (let k = 0; k + 1 < path.length; k++) wanted.add(key(path[k] as string, path[k + 1] as string));
  const found = new Set<string>();
  for await (const record of readEdges(file, format)) {
    if (record.src === record.dst || recordCost(record, weighted) === null) continue;
    const k = key(record.src, record.dst);
    if (wanted.has(k)) found.add(k);
  }
  return (a, b) => found.has(key(a, b));
}
