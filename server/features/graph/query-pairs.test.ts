import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runQuery } from "./query-pairs.ts";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "graph-query-"));
  // a - b - c - d, a - x - d with x trusted, e - f apart.
  await writeFile(path.join(dir, "edges.csv"), "a,b,10\nb,c,10\nc,d,10\na,x,1\nx,d,1\ne,f,5\n");
  await writeFile(path.join(dir, "edges.snap"), "# a snap file\na b\nb c\nc d\na x\nx d\ne f\n");
  await writeFile(path.join(dir, "pairs.txt"), "a d\na,c\nd a\na a\nzz zz\na e\na nobody\n");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function query(edges: string, format: "csv" | "snap", weighted: boolean): Promise<string[]> {
  const lines: string[] = [];
  await runQuery(
    { edges: path.join(dir, edges), format, pairs: path.join(dir, "pairs.txt"), weighted },
    (line) => lines.push(line),
  );
  return lines;
}

describe("graph:query output", () => {
  it("prints `from to hops path` per pair, - for no path, 0 hops for equal ids", async () => {
    expect(await query("edges.snap", "snap", false)).toEqual([
      "a d 2 a,x,d",
      "a c 2 a,b,c",
      "d a 2 d,x,a",
      "a a 0 a",
      "zz zz 0 zz",
      "a e -1 -",
      "a nobody -1 -",
    ]);
  });

  it("adds the cost of the cheapest path as a fifth column with --weighted", async () => {
    expect(await query("edges.csv", "csv", true)).toEqual([
      "a d 3 a,b,c,d 2.000000",
      "a c 2 a,b,c 1.333333",
      "d a 3 d,c,b,a 2.000000",
      "a a 0 a 0.000000",
      "zz zz 0 zz 0.000000",
      "a e -1 - -",
      "a nobody -1 - -",
    ]);
  });
});
