import { createRandom } from "../../server/features/demo/demo.random.ts";
import { shortestPath } from "../../server/features/graph/bfs.ts";
import { csrBytes, csrLinkCount } from "../../server/features/graph/csr.ts";
import { DegreeCache } from "../../server/features/graph/degree-cache.ts";
import { degrees } from "../../server/features/graph/degrees.ts";
import { bestPath } from "../../server/features/graph/dijkstra.ts";
import type { EdgeFormat } from "../../server/features/graph/edge-readers.ts";
import type { GraphIndex } from "../../server/features/graph/graph-index.ts";
import { loadEdgeList } from "../../server/features/graph/load-graph.ts";
import { heapAfterGc, sampleWorkload, timeEach, type Workload } from "./bench-stats.ts";

export interface Answers {
  hops: number[];
  costs: number[];
  /** Paths as external ids, to check they are real chains of links in the other engine. */
  paths: string[][];
  degrees: Uint8Array[];
}

export interface EngineRun {
  index: GraphIndex;
  loadMs: number;
  csrBytesPerLink: number;
  heapBytesPerLink: number;
  times: {
    shortest: Float64Array;
    weighted: Float64Array;
    degrees50: Float64Array;
    degrees50Cached: Float64Array;
  };
  answers: Answers;
}

/** Loads the edge list into the engine, warms it up, then times the three operations on the workload. */
export async function loadEngine(file: string, format: EdgeFormat, weighted: boolean) {
  const heapBefore = heapAfterGc();
  const { index, stats } = await loadEdgeList(file, format, { weighted });
  const heapBytes = heapAfterGc() - heapBefore;
  const links = csrLinkCount(index.base);
  return {
    index,
    loadMs: stats.ms,
    csrBytesPerLink: csrBytes(index.base) / links,
    heapBytesPerLink: heapBytes / links,
  };
}

export function runEngine(
  loaded: Awaited<ReturnType<typeof loadEngine>>,
  work: Workload,
  seed: number,
): EngineRun {
  const g = loaded.index;
  const warm = sampleWorkload(g.nodeCount, Math.min(500, work.pairs.length), seed ^ 0x5eed);
  for (const [a, b] of warm.pairs) {
    shortestPath(g, a, b);
    bestPath(g, a, b);
  }
  warm.viewers.forEach((v, i) => {
    degrees(g, v, warm.targets[i] as Uint32Array, undefined, new DegreeCache());
  });

  const shortest = timeEach(work.pairs.length, (i) =>
    shortestPath(g, ...(work.pairs[i] as [number, number])),
  );
  const weighted = timeEach(work.pairs.length, (i) => bestPath(g, ...(work.pairs[i] as [number, number])));
  // Cold: a fresh cache per viewer, so every call builds the viewer's frontier.
  const cold = timeEach(work.viewers.length, (i) =>
    degrees(g, work.viewers[i] as number, work.targets[i] as Uint32Array, undefined, new DegreeCache()),
  );
  // Room for every viewer: the default cap (64 MB, 174 frontiers at a million people) would make this
  // pass all misses on a large graph.
  const cache = new DegreeCache({ maxEntries: work.viewers.length, maxBytes: Number.POSITIVE_INFINITY });
  work.viewers.forEach((v, i) => {
    degrees(g, v, work.targets[i] as Uint32Array, undefined, cache);
  });
  const cached = timeEach(work.viewers.length, (i) =>
    degrees(g, work.viewers[i] as number, work.targets[i] as Uint32Array, undefined, cache),
  );
  return {
    ...loaded,
    times: { shortest: shortest.ms, weighted: weighted.ms, degrees50: cold.ms, degrees50Cached: cached.ms },
    answers: {
      hops: shortest.answers.map((r) => r.hops),
      costs: weighted.answers.map((r) => r.cost),
      paths: [...shortest.answers, ...weighted.answers].map((r) => r.path.map((v) => g.externalId(v))),
      degrees: cold.answers,
    },
  };
}

/**
 * Live writes, measured after the baselines because it changes the graph: removes 1% of the links and
 * adds as many new ones through the overlay (timing each write), times shortest paths with that
 * overlay in place, then times the compaction that folds it into a new CSR.
 */
export function runWrites(g: GraphIndex, work: Workload, seed: number) {
  const rng = createRandom(seed ^ 0xbeef);
  const { offsets, targets } = g.base;
  const count = Math.max(1, Math.floor(g.linkCount / 100));
  const writes: (() => void)[] = [];
  while (writes.length < 2 * count) {
    const a = rng.int(0, g.nodeCount - 1);
    const degree = (offsets[a + 1] as number) - (offsets[a] as number);
    if (writes.length % 2 === 0 && degree > 0) {
      const b = targets[(offsets[a] as number) + rng.int(0, degree - 1)] as number;
      writes.push(() => g.removeLink(a, b));
    } else if (writes.length % 2 === 1) {
      const b = rng.int(0, g.nodeCount - 1);
      if (b !== a) writes.push(() => g.addLink(a, b, 1));
    }
  }
  const write = timeEach(writes.length, (i) => (writes[i] as () => void)());
  const overlayLinks = g.overlay.size;
  const shortest = timeEach(work.pairs.length, (i) =>
    shortestPath(g, ...(work.pairs[i] as [number, number])),
  );
  const started = performance.now();
  g.compact();
  return {
    write: write.ms,
    shortestWithOverlay: shortest.ms,
    overlayLinks,
    compactMs: performance.now() - started,
  };
}
