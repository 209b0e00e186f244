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
import {
  CONTROL_SETTINGS,
  HEALTHY_WITHIN_MS,
  KILL_AFTER_MS,
  parseOptions,
  prng,
  WRITERS,
} from "./options.ts";
import { type CycleRecord, machine, printReport, type Report, stats, writeJsonReport } from "./report.ts";
import {
  createScratchDatabase,
  durabilitySettings,
  readBackThroughApi,
  verifyAcknowledged,
} from "./verify.ts";
import { type Ack, Api, createAccounts, startWriters, type WriteStats } from "./writers.ts";

const { target, control, cycles, seed, label } = parseOptions(process.argv.slice(2));

const cleanups: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | undefined;
/** Runs the registered cleanups once, newest first; later calls wait for the same run. */
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (let task = cleanups.pop(); task; task = cleanups.pop()) {
      await task().catch((err) =>
        process.stderr.write(`cleanup: ${err instanceof Error ? err.message : err}\n`),
      );
    }
  })();
  return cleaning;
}
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    interrupted = true;
    process.stderr.write(`\n${signal}: stopping the app and removing the data dir\n`);
    void cleanup().finally(() => process.exit(130));
  });
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

  if (control) {
    // The cluster exists now; a clean stop makes the accounts durable before durability is turned off.
    if (app && !(await stopCleanly(app))) throw new Error("the app did not stop cleanly on SIGTERM");
    await appendFile(path.join(dataDir, "pg", "postgresql.conf"), CONTROL_SETTINGS);
    await boot();
    log("control: restarted with synchronous_commit=off, wal_writer_delay=10s, wal_writer_flush_after=64kB");
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
      `cycle ${String(cycle).padStart(2)}: killed ${killed.length + 1} process(es) after ${killAfterMs} ms, ` +
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
  if (control) {
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
    control,
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
    if (interrupted) return; // the signal handler cleans up and exits
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`\nFAIL: ${message}\n`);
    await writeJsonReport(REPO_ROOT, {
      label,
      seed,
      date: new Date().toISOString(),
      pass: false,
      error: message,
    });
    const tail = appLog
      ? (await readFile(appLog, "utf8").catch(() => "")).split("\n").slice(-30).join("\n")
      : "";
    if (tail.trim()) process.stderr.write(`--- end of the app's log ---\n${tail}\n`);
    await cleanup();
    process.exit(1);
  });
