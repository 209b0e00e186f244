import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shortestPath } from "./bfs.ts";
import { GraphBuilder } from "./graph-builder.ts";
import { indexOf, isAllowedChain, randomGraph, refAdjacency, refHops } from "./reference.test-support.ts";

const pairsOf = (n: number) => Array.from({ length: n * n }, (_, i) => [i % n, Math.floor(i / n)] as const);

describe("shortestPath (bidirectional BFS)", () => {
  it("finds as many hops as plain BFS, along a valid chain of links, through allowed people only", () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const g = indexOf(graph);
        const adj = refAdjacency(graph);
        const blocked = new Set(graph.blocked);
        const hidden = new Set(graph.hidden);
        for (const [s, t] of pairsOf(graph.n)) {
          const got = shortestPath(g, s, t, (v) => !hidden.has(v));
          expect(got.hops).toBe(refHops(adj, blocked, s, t, hidden));
          if (got.hops < 0) expect(got.path).toEqual([]);
          else {
            expect(got.path).toHaveLength(got.hops + 1);
            expect(isAllowedChain(adj, got.path, s, t, hidden)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("says no path when the only route passes through someone the viewer may not see through", () => {
    // 0 - 1 - 2 - 3 - 4 and a longer detour 0 - 5 - 6 - 7 - 8 - 4 through 6.
    const b = new GraphBuilder();
    for (const [x, y] of ["01", "12", "23", "34", "05", "56", "67", "78", "84"])
      b.addLink(x as string, y as string, 1);
    const g = b.build();
    const node = (id: string) => g.nodeOf(id) as number;
    const hideTwo = (v: number) => v !== node("2");
    expect(shortestPath(g, node("0"), node("4"), hideTwo).path.map((v) => g.externalId(v))).toEqual([
      "0",
      "5",
      "6",
      "7",
      "8",
      "4",
    ]);
    const hideTwoAndSix = (v: number) => v !== node("2") && v !== node("6");
    expect(shortestPath(g, node("0"), node("4"), hideTwoAndSix)).toEqual({ hops: -1, path: [] });
    // Endpoints are always allowed, even when the predicate refuses them.
    expect(shortestPath(g, node("1"), node("2"), () => false).hops).toBe(1);
  });

  it("answers 0 hops for the same person and throws for an unknown node", () => {
    const b = new GraphBuilder();
    b.addLink("a", "b", 1);
    const g = b.build();
    expect(shortestPath(g, 0, 0)).toEqual({ hops: 0, path: [0] });
    expect(() => shortestPath(g, 0, 2)).toThrow(RangeError);
  });
});
