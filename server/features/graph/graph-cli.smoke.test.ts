import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/db.ts";

// A small run of each command-line tool, as an operator would type it, through npm. The engine's own
// correctness is proven elsewhere (property tests against brute force); this checks the tools' contract:
// arguments, formats, output lines, the benchmark's JSON and its agreement check.

const run = promisify(execFile);
const npm = (args: string[], env: Record<string, string> = {}) =>
  run("npm", ["run", "--silent", ...args], {
    env: { ...process.env, ...env },
    maxBuffer: 16 * 1024 * 1024,
    timeout: 120_000,
  });

let dir: string;
let database: TestDatabase;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "alliance-graph-cli-"));
  database = await createTestDatabase();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await database.drop();
});

/** Plain BFS over the generated file, written independently of the engine. */
function hopsByBfs(lines: string[], from: string, to: string): number {
  const adj = new Map<string, string[]>();
  for (const line of lines) {
    const [a, b] = line.split(",") as [string, string];
    adj.set(a, [...(adj.get(a) ?? []), b]);
    adj.set(b, [...(adj.get(b) ?? []), a]);
  }
  const dist = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const u = queue.shift() as string;
    for (const v of adj.get(u) ?? []) {
      if (dist.has(v)) continue;
      dist.set(v, (dist.get(u) as number) + 1);
      queue.push(v);
    }
  }
  return dist.get(to) ?? -1;
}

describe("graph command-line tools", () => {
  it("gen:graph, graph:query and bench:graph work end to end on a small network", async () => {
    const edges = path.join(dir, "net.csv");
    await npm(["gen:graph", "--", "--people", "300", "--avg-degree", "8", "--seed", "3", "--out", edges]);
    const lines = (await readFile(edges, "utf8")).trim().split("\n");
    expect(lines.length).toBeGreaterThan(600);
    for (const line of lines.slice(0, 50)) expect(line).toMatch(/^\d+,\d+,([1-9]|10)$/);
    const affiliations = await readFile(path.join(dir, "net.affiliations.csv"), "utf8");
    expect(affiliations.trim().split("\n").length).toBeGreaterThanOrEqual(300);

    const [a, b] = (lines[0] as string).split(",") as [string, string];
    const far = (lines.at(-1) as string).split(",")[1] as string;
    const pairs = path.join(dir, "pairs.txt");
    await writeFile(pairs, `${a} ${a}\n${a},${b}\n${a}\t${far}\n${a} 999999\n`);
    const { stdout } = await npm([
      "graph:query",
      "--",
      "--edges",
      edges,
      "--format",
      "csv",
      "--pairs",
      pairs,
    ]);
    const out = stdout
      .trim()
      .split("\n")
      .map((l) => l.split(" "));
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual([a, a, "0", a]);
    expect(out[1]).toEqual([a, b, "1", `${a},${b}`]);
    const [from, to, hops, path3] = out[2] as [string, string, string, string];
    expect([from, to, Number(hops)]).toEqual([a, far, hopsByBfs(lines, a, far)]);
    expect(path3.split(",")).toHaveLength(Number(hops) + 1);
    expect(out[3]?.slice(0, 3)).toEqual([a, "999999", "-1"]);

    const weighted = await npm([
      "graph:query",
      "--",
      "--edges",
      edges,
      "--format",
      "csv",
      "--pairs",
      pairs,
      "--weighted",
    ]);
    const w = weighted.stdout
      .trim()
      .split("\n")
      .map((l) => l.split(" "));
    expect(w.every((cols) => cols.length === 5)).toBe(true);
    expect(Number(w[1]?.[4])).toBeGreaterThan(0);

    const json = path.join(dir, "bench.json");
    await npm(
      [
        "bench:graph",
        "--",
        "--edges",
        edges,
        "--format",
        "csv",
        "--weighted",
        "--pairs",
        "40",
        "--cte-pairs",
        "5",
        "--seed",
        "2",
        "--json",
        json,
      ],
      { DATABASE_URL: database.url },
    );
    const report = JSON.parse(await readFile(json, "utf8"));
    expect(report.agree).toBe(true);
    for (const engine of ["engine", "cte", "graphology"]) {
      expect(report[engine].shortest).toMatchObject({
        p50_ms: expect.any(Number),
        p95_ms: expect.any(Number),
        p99_ms: expect.any(Number),
      });
    }
    expect(report.engine.weighted.p99_ms).toEqual(expect.any(Number));
    expect(report.engine.degrees50.p95_ms).toEqual(expect.any(Number));
    expect(report.engine.bytes_per_edge).toBeGreaterThan(0);
    expect(report.engine.load_ms).toBeGreaterThan(0);
  });

  it("bench:graph fails loudly on bad arguments", async () => {
    await expect(npm(["bench:graph", "--", "--format", "csv"])).rejects.toMatchObject({
      code: expect.any(Number),
      stderr: expect.stringContaining("--edges is required"),
    });
  });
});
