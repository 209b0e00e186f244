import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEdgeLine, readEdges, readPairs } from "./edge-readers.ts";
import { ratingCost } from "./link-cost.ts";
import { loadEdgeList, recordCost } from "./load-graph.ts";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "graph-readers-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("edge readers", () => {
  it("reads snap: whitespace-separated, # comments", () => {
    expect(parseEdgeLine("# FromNodeId\tToNodeId", "snap", 1)).toBeNull();
    expect(parseEdgeLine("  1\t 2 ", "snap", 2)).toEqual({ src: "1", dst: "2", rating: undefined });
  });

  it("reads csv with an optional rating and ignores later columns", () => {
    expect(parseEdgeLine("6,2,4,1289241911", "csv", 1)).toEqual({ src: "6", dst: "2", rating: 4 });
    expect(parseEdgeLine("a,b", "csv", 1)).toEqual({ src: "a", dst: "b", rating: undefined });
    expect(() => parseEdgeLine("a,b,lots", "csv", 3)).toThrow(/line 3/);
    expect(() => parseEdgeLine("lonely", "csv", 4)).toThrow(/line 4/);
  });

  it("reads ldbc: | separated, header skipped, ids in the first two columns", async () => {
    const file = path.join(dir, "knows.csv");
    await writeFile(file, "Person.id|Person.id|creationDate\n10|20|1278777892244\n\n20|30|1\n");
    expect(await collect(readEdges(file, "ldbc"))).toEqual([
      { src: "10", dst: "20", rating: undefined },
      { src: "20", dst: "30", rating: undefined },
    ]);
  });

  it("reads pairs separated by whitespace or commas", async () => {
    const file = path.join(dir, "pairs.txt");
    await writeFile(file, "# pairs\n1 2\n3,4\n\n5\t6\n");
    expect(await collect(readPairs(file))).toEqual([
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
  });
});

describe("loadEdgeList", () => {
  it("makes every record a mutual link; weighted, negative ratings are not links and the lower rating wins", async () => {
    const file = path.join(dir, "ratings.csv");
    await writeFile(file, "a,b,9\nb,a,3\nb,c,-5\nc,d,10\nd,d,4\n");
    const { index, stats } = await loadEdgeList(file, "csv", { weighted: true });
    const n = (id: string) => index.nodeOf(id) as number;
    expect(stats).toMatchObject({ records: 5, negative: 1 });
    expect(index.linkCount).toBe(2);
    expect(index.costOf(n("a"), n("b"))).toBe(Math.fround(ratingCost(3)));
    expect(index.costOf(n("c"), n("d"))).toBe(Math.fround(ratingCost(10)));
    expect(index.costOf(n("b"), n("c"))).toBeUndefined();
    const unweighted = await loadEdgeList(file, "csv");
    expect(unweighted.index.linkCount).toBe(3);
  });

  it("needs a rating column when weighted", () => {
    expect(() => recordCost({ src: "a", dst: "b", rating: undefined }, true)).toThrow(/rating/);
    expect(recordCost({ src: "a", dst: "b", rating: undefined }, false)).toBe(1);
  });
});
