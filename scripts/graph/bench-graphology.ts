import Graph from "graphology";
import { bidirectional as dijkstraPath } from "graphology-shortest-path/dijkstra";
import { bidirectional, singleSourceLength } from "graphology-shortest-path/unweighted";
import { type EdgeFormat, readEdges } from "../../server/features/graph/edge-readers.ts";
import type { GraphIndex } from "../../server/features/graph/graph-index.ts";
import { recordCost } from "../../server/features/graph/load-graph.ts";
import { heapAfterGc, timeEach, type Workload } from "./bench-stats.ts";

type G = Graph<Record<string, never>, { weight: number }>;

/**
 * Baseline (b): the same edge list in a graphology UndirectedGraph, read independently of the engine's
 * builder. A pair given twice keeps its highest cost, like the engine; weights are float32-rounded, as
 * the engine stores them, so costs can be compared to 1e-6.
 */
export async function loadGraphology(file: string, format: EdgeFormat, weighted: boolean) {
  const heapBefore = heapAfterGc();
  const started = performance.now();
  const graph: G = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for await (const record of readEdges(file, format)) {
    const cost = recordCost(record, weighted);
    if (cost === null || record.src === record.dst) continue;
    const weight = Math.fround(cost);
    graph.mergeNode(record.src);
    graph.mergeNode(record.dst);
    const edge = graph.edge(record.src, record.dst);
    if (edge === undefined) graph.addEdge(record.src, record.dst, { weight });
    else if (weight > graph.getEdgeAttribute(edge, "weight")) graph.setEdgeAttribute(edge, "weight", weight);
  }
  const loadMs = performance.now() - started;
  return { graph, loadMs, heapBytesPerLink: (heapAfterGc() - heapBefore) / graph.size };
}

export function runGraphology(graph: G, g: GraphIndex, work: Workload) {
  const id = (v: number) => g.externalId(v);
  const hopsOf = (a: number, b: number) => {
    if (a === b) return 0;
    const path = bidirectional(graph, id(a), id(b));
    return path === null ? -1 : path.length - 1;
  };
  const costOf = (a: number, b: number) => {
    if (a === b) return 0;
    const path = dijkstraPath(graph, id(a), id(b), "weight") as string[] | null;
    if (!path || path.length === 0) return Number.POSITIVE_INFINITY;
    let cost = 0;
    for (let i = 0; i + 1 < path.length; i++) cost += graph.getEdgeAttribute(path[i], path[i + 1], "weight");
    return cost;
  };
  const degreesOf = (viewer: number, targets: Uint32Array) => {
    const lengths = singleSourceLength(graph, id(viewer));
    return Uint8Array.from(targets, (t) => Math.min(lengths[id(t)] ?? 4, 4));
  };
  const warmCount = Math.min(100, work.pairs.length);
  for (let i = 0; i < warmCount; i++) {
    const [a, b] = work.pairs[work.pairs.length - 1 - i] as [number, number];
    hopsOf(a, b);
    costOf(a, b);
  }
  const shortest = timeEach(work.pairs.length, (i) => hopsOf(...(work.pairs[i] as [number, number])));
  const weighted = timeEach(work.pairs.length, (i) => costOf(...(work.pairs[i] as [number, number])));
  const degrees50 = timeEach(work.viewers.length, (i) =>
    degreesOf(work.viewers[i] as number, work.targets[i] as Uint32Array),
  );
  return {
    times: { shortest: shortest.ms, weighted: weighted.ms, degrees50: degrees50.ms },
    answers: { hops: shortest.answers, costs: weighted.answers, degrees: degrees50.answers },
    hasLink: (a: string, b: string) => graph.hasEdge(a, b),
  };
}
