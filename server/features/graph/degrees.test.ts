import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DegreeCache } from "./degree-cache.ts";
import { BEYOND, degrees } from "./degrees.ts";
import { GraphBuilder } from "./graph-builder.ts";
import { indexOf, randomGraph, refAdjacency, refHops } from "./reference.test-support.ts";

function chain(n: number) {
  const b = new GraphBuilder();
  for (let i = 0; i + 1 < n; i++) b.addLink(String(i), String(i + 1), 1);
  return b.build({ compactMin: 1_000_000 });
}

describe("degrees", () => {
  it("gives each target min(hops, 4) through allowed people, 0 for the viewer, 4 when unreachable", () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const g = indexOf(graph);
        const adj = refAdjacency(graph);
        const blocked = new Set(graph.blocked);
        const hidden = new Set(graph.hidden);
        const allow = (v: number) => !hidden.has(v);
        const everyone = Array.from({ length: graph.n }, (_, i) => i);
        for (const viewer of everyone) {
          const got = degrees(g, viewer, everyone, allow, new DegreeCache());
          const want = everyone.map((t) => {
            const hops = refHops(adj, blocked, viewer, t, hidden);
            return hops < 0 || hops > 3 ? BEYOND : hops;
          });
          expect([...got]).toEqual(want);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reuses the viewer's frontier until a write, then sees the write at once", () => {
    const g = chain(6);
    const cache = new DegreeCache();
    const targets = [0, 1, 2, 3, 4, 5];
    expect([...degrees(g, 0, targets, undefined, cache)]).toEqual([0, 1, 2, 3, 4, 4]);
    expect([...degrees(g, 0, targets, undefined, cache)]).toEqual([0, 1, 2, 3, 4, 4]);
    expect(cache.hits).toBe(1);
    g.addLink(0, 4, 1);
    expect([...degrees(g, 0, targets, undefined, cache)]).toEqual([0, 1, 2, 2, 1, 2]);
    g.removeLink(1, 2);
    expect([...degrees(g, 0, targets, undefined, cache)]).toEqual([0, 1, 3, 2, 1, 2]);
    g.setBlocked(4, true);
    expect([...degrees(g, 0, targets, undefined, cache)]).toEqual([0, 1, 4, 4, 4, 4]);
    expect(cache.misses).toBe(4);
  });

  it("sees a write two hops away from the viewer (the frontier's edge) as well", () => {
    const g = chain(5);
    const cache = new DegreeCache();
    expect([...degrees(g, 0, [4], undefined, cache)]).toEqual([4]);
    g.addLink(2, 4, 1);
    expect([...degrees(g, 0, [4], undefined, cache)]).toEqual([3]);
  });

  it("keeps at most maxEntries viewers, dropping the least recently used", () => {
    const g = chain(10);
    const cache = new DegreeCache({ maxEntries: 2 });
    degrees(g, 0, [1], undefined, cache);
    degrees(g, 1, [1], undefined, cache);
    degrees(g, 0, [1], undefined, cache);
    degrees(g, 2, [1], undefined, cache);
    expect(cache.size).toBe(2);
    degrees(g, 0, [1], undefined, cache);
    expect(cache.hits).toBe(2);
    degrees(g, 1, [1], undefined, cache);
    expect(cache.misses).toBe(4);
  });

  it("answers beyond for everyone when the viewer is blocked, and throws for unknown nodes", () => {
    const g = chain(3);
    g.setBlocked(0, true);
    expect([...degrees(g, 0, [0, 1, 2])]).toEqual([4, 4, 4]);
    expect(() => degrees(g, 0, [7])).toThrow(RangeError);
  });
});
