/**
 * Crash-safety test: 16 writers create organizations while the app (and its embedded PostgreSQL) is
 * SIGKILLed at random moments; afterwards every acknowledged write must be in the database.
 *
 *   npm run test:crash                                   embedded database, 20 cycles
 *   npm run test:crash -- --cycles 5 --seed 42           fewer cycles, reproducible kill moments
 *   CRASH_DATABASE_URL=postgres://… npm run test:crash -- --target server
 *   npm run test:crash -- --control                      synchronous_commit=off: must detect loss
 */
import { appendFile, chmod, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  type AppProcess,
  type AppSettings,
  crash,
  freePort,
  killClusterLeftovers,
  REPO_ROOT,
  sleep,
  startApp,
  stopCleanly,
  waitHealthy,
} from "./app-process.ts";
import { type CycleRecord, machine, printReport, type Report, stats, writeJsonReport } from "./report.ts";
import {
  createScratchDatabase,
  durabilitySettings,
  readBackThroughApi,
  verifyAcknowledged,
} from "./verify.ts";
import { type Ack, Api, createAccounts, startWriters, type WriteStats } from "./writers.ts";

const WRITERS = 16;
const HEALTHY_WITHIN_MS = 60_000;
const KILL_AFTER_MS = [300, 1500] as const;

const CONTROL_SETTINGS = `
# crash-test control run: commits are acknowledged before their WAL leaves PostgreSQL's memory
synchronous_commit = off
wal_writer_delay = 10000ms
wal_buffers = 64MB
`;

const { values: args } = parseArgs({
  options: {
    target: { type: "string", default: "embedded" },
    cycles: { type: "string", default: "20" },
    seed: { type: "string" },
    control: { type: "boolean", default: false },
  },
});
const target = args.target === "server" ? "server" : "embedded";
if (args.target !== target) fail(`--target must be "embedded" or "server", not "${args.target}"`);
if (args.control && target === "server") fail("--control runs against the embedded database only");
const cycles = Number.parseInt(args.cycles, 10);
if (!Number.isInteger(cycles) || cycles < 1) fail("--cycles must be a positive integer");
const seed =
  args.seed !== undefined ? Number.parseInt(args.seed, 10) >>> 0 : (Date.now() ^ process.pid) >>> 0;
const label = args.control ? "control" : target;

/** mulberry32: a small seeded PRNG, so `--seed` reproduces the kill moments. */
function prng(s: number): () => number {
  let state = s;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cleanups: (() => Promise<unknown>)[] = [];
async function cleanup(): Promise<void> {
  for (let task = cleanups.pop(); task; task = cleanups.pop()) {
    await task().catch((err) =>
      process.stderr.write(`cleanup: ${err instanceof Error ? err.message : err}\n`),
    );
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanup().finally(() => process.exit(130)));
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** The app's stdout/stderr, shown when the run fails. */
let appLog: string | undefined;
const log = (line: string) => process.stdout.write(`[crash] ${line}\n`);

async function main(): Promise<number> {
  const random = prng(seed);
  await mkdir(path.join(REPO_ROOT, ".tmp"), { recursive: true });
  const dataDir = await mkdtemp(path.join(REPO_ROOT, ".tmp", `crash-${label}-`));
  // mkdtemp makes it 0700; the embedded server runs as the `postgres` user when we are root.
  await chmod(dataDir, 0o755);
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  cleanups.push(() => killClusterLeftovers(dataDir));

  let databaseUrl: string | undefined;
  if (target === "server") {
    const admin = process.env.CRASH_DATABASE_URL;
    if (!admin)
      throw new Error(
        "--target server needs CRASH_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)",
      );
    const scratch = await createScratchDatabase(admin);
    cleanups.push(() => scratch.drop());
    databaseUrl = scratch.url;
    log(`created database ${scratch.name}`);
  }
  const port = await freePort();
  const embeddedPgPort = await freePort();
  const settings: AppSettings = {
    port,
    dataDir,
    embeddedPgPort,
    databaseUrl,
    logFile: path.join(dataDir, "app.log"),
  };
  appLog = settings.logFile;
  const dbUrl = databaseUrl ?? `postgres://alliance:alliance@127.0.0.1:${embeddedPgPort}/alliance`;
  const api = new Api(`http://localhost:${port}`);
  let app: AppProcess | undefined;
  cleanups.push(async () => {
    if (app?.isRunning()) await crash(app);
  });

  const boot = async () => {
    app = startApp(settings);
    return waitHealthy(app, api.baseUrl, HEALTHY_WITHIN_MS);
  };
  log(
    `${label}: seed ${seed}, ${cycles} cycles, app on :${port}, data in ${path.relative(REPO_ROOT, dataDir)}`,
  );
  const firstStartMs = await boot();
  log(`first start healthy after ${firstStartMs} ms; creating ${WRITERS} accounts`);
  const accounts = await createAccounts(api, WRITERS, String(seed));

  if (args.control) {
    // The cluster exists now; a clean stop makes the accounts durable before durability is turned off.
    if (app && !(await stopCleanly(app))) throw new Error("the app did not stop cleanly on SIGTERM");
    await appendFile(path.join(dataDir, "pg", "postgresql.conf"), CONTROL_SETTINGS);
    await boot();
    log("control: restarted with synchronous_commit=off, wal_writer_delay=10s");
  }
  const postgres = await durabilitySettings(dbUrl);

  const acks: Ack[] = [];
  const writes: WriteStats = { attempts: 0, acknowledged: 0, failures: {} };
  const nextSeq = accounts.map(() => 0);
  const perCycle: CycleRecord[] = [];
  let writeMs = 0;
  for (let cycle = 1; cycle <= cycles; cycle++) {
    const before = acks.length;
    const killAfterMs = KILL_AFTER_MS[0] + Math.floor(random() * (KILL_AFTER_MS[1] - KILL_AFTER_MS[0] + 1));
    const writers = startWriters(api, accounts, cycle, nextSeq, acks, writes);
    const started = Date.now();
    await sleep(killAfterMs);
    const killedAt = Date.now();
    const killed = await crash(app as AppProcess);
    writeMs += killedAt - started;
    await writers.stop();
    const startMs = await boot().catch((err: Error) => {
      throw new Error(`restart after cycle ${cycle} failed: ${err.message}`);
    });
    const restartMs = Date.now() - killedAt;
    perCycle.push({
      cycle,
      killAfterMs,
      acknowledged: acks.length - before,
      killedProcesses: killed.length + 1,
      restartMs,
      startMs,
    });
    log(
      `cycle ${String(cycle).padStart(2)}: killed ${killed.length + 1} processes after ${killAfterMs} ms, ` +
        `${acks.length - before} acknowledged, healthy again after ${restartMs} ms`,
    );
  }

  const verification = await verifyAcknowledged(dbUrl, acks);
  const sample = acks.filter((_, i) => i % Math.max(1, Math.floor(acks.length / 20)) === 0).slice(0, 20);
  const apiReadBack = await readBackThroughApi(api, accounts[0] as (typeof accounts)[0], sample);
  if (app && !(await stopCleanly(app))) log("warning: the app did not stop on SIGTERM within 30 s");

  const restart = stats(perCycle.map((c) => c.restartMs));
  const readBackOk = apiReadBack.signIn === 200 && apiReadBack.found === apiReadBack.checked;
  let pass: boolean;
  let verdict: string;
  if (args.control) {
    pass = verification.lost > 0;
    verdict = pass
      ? `lost ${verification.lost} of ${verification.acknowledged} acknowledged writes, as expected for the control — the check detects loss`
      : "the control lost no acknowledged write, so this run does not show that the check can detect loss";
  } else {
    pass = verification.lost === 0 && verification.acknowledged > 0 && readBackOk;
    verdict =
      verification.lost > 0
        ? `lost ${verification.lost} acknowledged writes`
        : verification.acknowledged === 0
          ? "no write was acknowledged, so nothing was tested"
          : !readBackOk
            ? "reading back through the API after the crashes failed"
            : `all ${verification.acknowledged} acknowledged writes survived ${cycles} crashes; every restart was healthy`;
  }
  const report: Report = {
    label,
    target,
    control: args.control,
    seed,
    date: new Date().toISOString(),
    machine: machine(),
    postgres,
    writers: WRITERS,
    cycles,
    firstStartMs,
    writes,
    verification,
    apiReadBack,
    restartMs: restart,
    writeSeconds: writeMs / 1000,
    writesPerSecond: verification.acknowledged / (writeMs / 1000),
    everyRestartHealthy: perCycle.length === cycles,
    perCycle,
    pass,
    verdict,
  };
  printReport(report);
  log(`JSON report: ${path.relative(REPO_ROOT, await writeJsonReport(REPO_ROOT, report))}`);
  return pass ? 0 : 1;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (err) => {
    process.stderr.write(`\nFAIL: ${err instanceof Error ? err.message : String(err)}\n`);
    const tail = appLog
      ? (await readFile(appLog, "utf8").catch(() => "")).split("\n").slice(-30).join("\n")
      : "";
    if (tail.trim()) process.stderr.write(`--- end of the app's log ---\n${tail}\n`);
    await cleanup();
    process.exit(1);
  });
