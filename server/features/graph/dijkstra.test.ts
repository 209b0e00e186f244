import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestPath } from "./dijkstra.ts";
import { GraphBuilder } from "./graph-builder.ts";
import {
  indexOf,
  isAllowedChain,
  pathCost,
  randomGraph,
  refAdjacency,
  refCost,
} from "./reference.test-support.ts";

describe("bestPath (bidirectional Dijkstra)", () => {
  it("costs what textbook Dijkstra says, along a valid chain whose costs add up, through allowed people", () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const g = indexOf(graph);
        const adj = refAdjacency(graph);
        const blocked = new Set(graph.blocked);
        const hidden = new Set(graph.hidden);
        for (let s = 0; s < graph.n; s++) {
          for (let t = 0; t < graph.n; t++) {
            const got = bestPath(g, s, t, (v) => !hidden.has(v));
            const want = refCost(adj, blocked, s, t, hidden);
            if (!Number.isFinite(want)) {
              expect(got).toEqual({ hops: -1, path: [], cost: Number.POSITIVE_INFINITY });
              continue;
            }
            expect(got.cost).toBeCloseTo(want, 9);
            expect(isAllowedChain(adj, got.path, s, t, hidden)).toBe(true);
            expect(pathCost(adj, got.path)).toBeCloseTo(got.cost, 9);
            expect(got.hops).toBe(got.path.length - 1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("prefers a longer trusted route to a short distrusted one", () => {
    const b = new GraphBuilder();
    b.addLink("a", "z", 2);
    b.addLink("a", "m", 0.5);
    b.addLink("m", "z", 0.5);
    const g = b.build();
    const [a, m, z] = ["a", "m", "z"].map((id) => g.nodeOf(id) as number) as [number, number, number];
    expect(bestPath(g, a, z)).toEqual({ hops: 2, path: [a, m, z], cost: 1 });
    expect(bestPath(g, a, z, (v) => v !== m)).toEqual({ hops: 1, path: [a, z], cost: 2 });
    expect(bestPath(g, a, a)).toEqual({ hops: 0, path: [a], cost: 0 });
  });
});
