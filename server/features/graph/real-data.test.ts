import { existsSync } from "node:fs";
import path from "node:path";
import Graph from "graphology";
import { bidirectional as dijkstraPath } from "graphology-shortest-path/dijkstra";
import { bidirectional, singleSourceLength } from "graphology-shortest-path/unweighted";
import { describe, expect, it } from "vitest";
import { createRandom } from "../demo/demo.random.ts";
import { shortestPath } from "./bfs.ts";
import { degrees } from "./degrees.ts";
import { bestPath } from "./dijkstra.ts";
import { type EdgeFormat, readEdges } from "./edge-readers.ts";
import type { GraphIndex } from "./graph-index.ts";
import { loadEdgeList, recordCost } from "./load-graph.ts";

// Real networks from /work/shared/data (see its README); never copied into the repository.
const DATA = path.resolve(import.meta.dirname, "../../../../shared/data");
const BITCOIN = path.join(DATA, "bitcoin-otc/edges.csv");
const LDBC = path.join(DATA, "ldbc-snb-test/person_knows_person_0_0.csv");
const missing = (file: string) => `skipped: ${file} is missing (real data lives outside the repository)`;

type G = Graph<Record<string, never>, { weight: number }>;

/** The same file read into graphology independently of the engine's builder (highest cost wins). */
async function graphologyOf(file: string, format: EdgeFormat, weighted: boolean): Promise<G> {
  const graph: G = new Graph({ type: "undirected", allowSelfLoops: false });
  for await (const record of readEdges(file, format)) {
    const cost = recordCost(record, weighted);
    if (cost === null || record.src === record.dst) continue;
    graph.mergeNode(record.src);
    graph.mergeNode(record.dst);
    const weight = Math.fround(cost);
    const edge = graph.edge(record.src, record.dst);
    if (edge === undefined) graph.addEdge(record.src, record.dst, { weight });
    else if (weight > graph.getEdgeAttribute(edge, "weight")) graph.setEdgeAttribute(edge, "weight", weight);
  }
  return graph;
}

function referenceHops(graph: G, a: string, b: string): number {
  if (a === b) return 0;
  const path = bidirectional(graph, a, b);
  return path === null ? -1 : path.length - 1;
}

function referenceCost(graph: G, a: string, b: string): number {
  if (a === b) return 0;
  const path = dijkstraPath(graph, a, b, "weight") as string[] | null;
  if (!path?.length) return Number.POSITIVE_INFINITY;
  let cost = 0;
  for (let i = 0; i + 1 < path.length; i++) cost += graph.getEdgeAttribute(path[i], path[i + 1], "weight");
  return cost;
}

function samplePairs(g: GraphIndex, count: number, seed: number): [number, number][] {
  const rng = createRandom(seed);
  return Array.from({ length: count }, () => [rng.int(0, g.nodeCount - 1), rng.int(0, g.nodeCount - 1)]);
}

function expectSameAnswers(g: GraphIndex, graph: G, pairs: [number, number][]) {
  for (const [a, b] of pairs) {
    const [x, y] = [g.externalId(a), g.externalId(b)];
    const hops = shortestPath(g, a, b);
    expect(hops.hops, `hops ${x}-${y}`).toBe(referenceHops(graph, x, y));
    for (let i = 0; i + 1 < hops.path.length; i++) {
      expect(
        graph.hasEdge(g.externalId(hops.path[i] as number), g.externalId(hops.path[i + 1] as number)),
      ).toBe(true);
    }
    const best = bestPath(g, a, b);
    const want = referenceCost(graph, x, y);
    if (Number.isFinite(want)) expect(Math.abs(best.cost - want), `cost ${x}-${y}`).toBeLessThanOrEqual(1e-6);
    else expect(best.cost).toBe(want);
  }
}

describe.skipIf(!existsSync(BITCOIN))(
  `bitcoin-otc against graphology ${existsSync(BITCOIN) ? "" : missing(BITCOIN)}`,
  () => {
    it("agrees on hops and trust-weighted costs for sampled pairs, before and after live writes", async () => {
      const { index: g, stats } = await loadEdgeList(BITCOIN, "csv", { weighted: true });
      const graph = await graphologyOf(BITCOIN, "csv", true);
      expect(stats.negative).toBeGreaterThan(0);
      expect([g.nodeCount, g.linkCount]).toEqual([graph.order, graph.size]);
      expectSameAnswers(g, graph, samplePairs(g, 300, 1));

      // Remove 2,000 links and block 30 people through the overlay; graphology drops the same.
      const rng = createRandom(2);
      const edges = graph.edges();
      for (const edge of rng.sample(edges, 2000)) {
        const [x, y] = graph.extremities(edge);
        expect(g.removeLink(g.nodeOf(x) as number, g.nodeOf(y) as number)).toBe(true);
        graph.dropEdge(edge);
      }
      const blocked = new Set(rng.sample(graph.nodes(), 30));
      for (const id of blocked) {
        g.setBlocked(g.nodeOf(id) as number, true);
        graph.dropNode(id);
      }
      const live = samplePairs(g, 400, 3).filter(([a, b]) => g.isEnabled(a) && g.isEnabled(b));
      expectSameAnswers(g, graph, live);
    });
  },
);

describe.skipIf(!existsSync(LDBC))(
  `SNB-derived sample against graphology ${existsSync(LDBC) ? "" : missing(LDBC)}`,
  () => {
    it("agrees on hops for every pair and on degrees for every viewer", async () => {
      const { index: g } = await loadEdgeList(LDBC, "ldbc");
      const graph = await graphologyOf(LDBC, "ldbc", false);
      expect([g.nodeCount, g.linkCount]).toEqual([graph.order, graph.size]);
      const everyone = Array.from({ length: g.nodeCount }, (_, i) => i);
      for (const viewer of everyone) {
        const lengths = singleSourceLength(graph, g.externalId(viewer));
        const want = everyone.map((t) => Math.min(lengths[g.externalId(t)] ?? 4, 4));
        expect([...degrees(g, viewer, everyone)]).toEqual(want);
        for (const t of everyone) {
          const hops = lengths[g.externalId(t)] ?? -1;
          expect(shortestPath(g, viewer, t).hops).toBe(hops);
          expect(bestPath(g, viewer, t).cost).toBe(hops < 0 ? Number.POSITIVE_INFINITY : hops);
        }
      }
    });
  },
);
