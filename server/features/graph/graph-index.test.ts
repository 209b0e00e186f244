import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shortestPath } from "./bfs.ts";
import { DegreeCache } from "./degree-cache.ts";
import { degrees } from "./degrees.ts";
import { bestPath } from "./dijkstra.ts";
import { GraphBuilder } from "./graph-builder.ts";
import { GraphIndex } from "./graph-index.ts";

function line(n: number): GraphIndex {
  const b = new GraphBuilder();
  for (let i = 0; i + 1 < n; i++) b.addLink(String(i), String(i + 1), 1);
  return b.build({ compactMin: 1_000_000 });
}

type Op =
  | { kind: "add"; a: number; b: number; cost: number }
  | { kind: "remove"; a: number; b: number }
  | { kind: "compact" };

const N = 12;
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("add" as const),
    a: fc.nat(N - 1),
    b: fc.nat(N - 1),
    cost: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ kind: fc.constant("remove" as const), a: fc.nat(N - 1), b: fc.nat(N - 1) }),
  fc.constant({ kind: "compact" as const }),
);

describe("GraphIndex writes: CSR base plus overlay", () => {
  it("reads base and overlay together after any sequence of writes, and compact() changes no answer", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(N - 1), fc.nat(N - 1)), { maxLength: 30 }),
        fc.array(op),
        (seed, ops) => {
          const model = new Map<string, number>();
          const key = (a: number, b: number) => `${Math.min(a, b)}-${Math.max(a, b)}`;
          const builder = new GraphBuilder();
          for (let i = 0; i < N; i++) builder.node(String(i));
          for (const [a, b] of seed) {
            builder.addLink(String(a), String(b), 1);
            if (a !== b) model.set(key(a, b), 1);
          }
          const g = builder.build({ compactMin: 1_000_000 });
          for (const o of ops) {
            if (o.kind === "compact") g.compact();
            else if (o.a === o.b) continue;
            else if (o.kind === "add") {
              g.addLink(o.a, o.b, o.cost);
              model.set(key(o.a, o.b), o.cost);
            } else {
              expect(g.removeLink(o.a, o.b)).toBe(model.delete(key(o.a, o.b)));
            }
          }
          const check = () => {
            expect(g.linkCount).toBe(model.size);
            for (let a = 0; a < N; a++) {
              const expected = [...model.keys()]
                .map((k) => k.split("-").map(Number) as [number, number])
                .flatMap(([x, y]) => (x === a ? [y] : y === a ? [x] : []))
                .sort((x, y) => x - y);
              expect(g.neighbors(a)).toEqual(expected);
              for (const b of expected) expect(g.costOf(a, b)).toBe(model.get(key(a, b)));
            }
          };
          check();
          // Costs and hops, not paths: among equally good paths the one found may change with row order.
          const everyone = Array.from({ length: N }, (_, i) => i);
          const answers = () =>
            everyone.flatMap((a) => [
              ...everyone.flatMap((b) => [bestPath(g, a, b).cost, shortestPath(g, a, b).hops]),
              ...degrees(g, a, everyone, undefined, new DegreeCache()),
            ]);
          const before = answers();
          g.compact();
          expect(g.overlay.size).toBe(0);
          check();
          expect(answers()).toEqual(before);
        },
      ),
    );
  });

  it("changes a base link's cost by shadowing it in the overlay", () => {
    const g = line(3);
    g.addLink(0, 1, 2);
    expect(g.costOf(0, 1)).toBe(2);
    expect(g.neighbors(1)).toEqual([0, 2]);
    expect(bestPath(g, 0, 2).cost).toBe(3);
    g.addLink(0, 1, 1);
    expect(bestPath(g, 0, 2).cost).toBe(2);
  });

  it("compacts by itself once the overlay passes its threshold", () => {
    const b = new GraphBuilder();
    for (let i = 0; i < 100; i++) b.addLink(String(i), String((i + 1) % 100), 1);
    const g = b.build({ compactMin: 8, compactFraction: 0.05 });
    for (let i = 0; i < 8; i++) g.addLink(i, i + 50, 1);
    expect(g.overlay.size).toBe(8);
    g.addLink(9, 60, 1);
    expect(g.overlay.size).toBe(0);
    expect(g.linkCount).toBe(109);
    expect(shortestPath(g, 9, 60).hops).toBe(1);
  });

  it("adds people without a rebuild and reads their links from the overlay", () => {
    const g = line(4);
    const x = g.addNode("x");
    expect(g.addNode("x")).toBe(x);
    expect(g.nodeOf("x")).toBe(x);
    g.addLink(x, 0, 1);
    g.addLink(x, 3, 1);
    expect(shortestPath(g, 0, 3)).toEqual({ hops: 2, path: [0, x, 3] });
    g.compact();
    expect(shortestPath(g, 0, 3)).toEqual({ hops: 2, path: [0, x, 3] });
  });

  it("starts empty for a server that adds everyone through writes", () => {
    const g = GraphIndex.empty();
    const [a, b, c] = ["a", "b", "c"].map((id) => g.addNode(id)) as [number, number, number];
    g.addLink(a, b, 1);
    g.addLink(b, c, 1);
    expect(shortestPath(g, a, c).path).toEqual([a, b, c]);
    expect(g.linkCount).toBe(2);
  });

  it("grows the search scratch when people are added after the first query", () => {
    const g = line(3);
    expect(shortestPath(g, 0, 2).hops).toBe(2);
    expect(bestPath(g, 0, 2).cost).toBe(2);
    let last = 2;
    for (let i = 0; i < 100; i++) {
      const next = g.addNode(`n${i}`);
      g.addLink(last, next, 1);
      last = next;
    }
    expect(shortestPath(g, 0, last).hops).toBe(102);
    expect(bestPath(g, 0, last).cost).toBe(102);
  });

  it("refuses self-links, unknown nodes and non-positive costs", () => {
    const g = line(3);
    expect(() => g.addLink(1, 1, 1)).toThrow(RangeError);
    expect(() => g.addLink(0, 9, 1)).toThrow(RangeError);
    expect(() => g.addLink(0, 2, -1)).toThrow(RangeError);
    expect(g.removeLink(0, 2)).toBe(false);
  });
});

describe("disabled people vanish from every answer at once", () => {
  it("blocking hides a person from paths, neighbours and as an end; unblocking restores them", () => {
    const g = line(5);
    const v = g.version;
    g.setBlocked(2, true);
    expect(g.version).toBeGreaterThan(v);
    expect(g.neighbors(1)).toEqual([0]);
    expect(shortestPath(g, 0, 4).hops).toBe(-1);
    expect(shortestPath(g, 2, 2).hops).toBe(-1);
    expect(bestPath(g, 0, 4).cost).toBe(Number.POSITIVE_INFINITY);
    g.setBlocked(2, false);
    expect(shortestPath(g, 0, 4).path).toEqual([0, 1, 2, 3, 4]);
  });

  it("removing a person frees their id, drops their links at compaction and keeps them hidden", () => {
    const g = line(5);
    g.removeNode(2);
    expect(g.nodeOf("2")).toBeUndefined();
    expect(shortestPath(g, 1, 3).hops).toBe(-1);
    expect(() => g.addLink(2, 4, 1)).toThrow(RangeError);
    g.compact();
    expect(g.linkCount).toBe(2);
    expect(g.isEnabled(2)).toBe(false);
    const again = g.addNode("2");
    expect(again).not.toBe(2);
    g.addLink(again, 1, 1);
    g.addLink(again, 3, 1);
    expect(shortestPath(g, 0, 4).path).toEqual([0, 1, again, 3, 4]);
  });
});
