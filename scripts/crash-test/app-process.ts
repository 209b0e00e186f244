import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface AppSettings {
  port: number;
  dataDir: string;
  embeddedPgPort: number;
  /** Set for `--target server`; unset starts the embedded PostgreSQL in the data dir. */
  databaseUrl?: string;
  /** Where the app's stdout/stderr go (appended). */
  logFile: string;
}

export interface AppProcess {
  pid: number;
  child: ChildProcess;
  /** Resolves when the app process has exited (and was reaped). */
  exited: Promise<void>;
  isRunning(): boolean;
}

/** A TCP port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject()));
    });
  });
}

/** Starts `server/main.ts --no-web` as the leader of its own process group. */
export function startApp(settings: AppSettings): AppProcess {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["DATABASE_URL", "SMTP_URL", "ALLIANCE_SECRET", "HOST"]) delete env[name];
  Object.assign(env, {
    PORT: String(settings.port),
    HOST: "127.0.0.1",
    NODE_ENV: "development",
    LOG_LEVEL: "warn",
    ALLIANCE_DATA_DIR: settings.dataDir,
    ALLIANCE_EMBEDDED_PG_PORT: String(settings.embeddedPgPort),
    ALLIANCE_BASE_URL: `http://localhost:${settings.port}`,
    ...(settings.databaseUrl ? { DATABASE_URL: settings.databaseUrl } : {}),
  });
  const log = openSync(settings.logFile, "a");
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts", "--no-web"], {
    cwd: REPO_ROOT,
    env,
    detached: true,
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  if (child.pid === undefined) throw new Error("could not spawn the app");
  let running = true;
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      running = false;
      resolve();
    });
  });
  return { pid: child.pid, child, exited, isRunning: () => running };
}

/** Polls /api/health until it answers 200 with the database up. Returns the time it took. */
export async function waitHealthy(app: AppProcess, baseUrl: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (!app.isRunning())
      throw new Error(`the app exited (code ${app.child.exitCode}) before becoming healthy`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) {
        const body = (await res.json()) as { status?: string; database?: { status?: string } };
        if (body.status === "ok" && body.database?.status === "up") return Date.now() - started;
      } else {
        await res.body?.cancel();
      }
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`the app did not become healthy within ${timeoutMs / 1000} s`);
}

/**
 * The crash: SIGKILL to the app's process group and, in the same instant, to every descendant.
 * PostgreSQL's own children (walwriter, checkpointer, backends) call setsid() and so are not in the
 * app's group; killing them explicitly makes the whole server die at once, as in a power cut, instead of
 * leaving them to notice the postmaster's death and exit on their own.
 */
export async function crash(app: AppProcess): Promise<number[]> {
  const pids = descendants(app.pid);
  killQuietly(-app.pid);
  for (const pid of pids) killQuietly(pid);
  await app.exited;
  await waitGone(pids, 10_000);
  return pids;
}

/** SIGTERM (the app's clean shutdown, which also stops the embedded server), SIGKILL after timeoutMs. */
export async function stopCleanly(app: AppProcess, timeoutMs = 30_000): Promise<boolean> {
  if (!app.isRunning()) return true;
  const pids = descendants(app.pid);
  killQuietly(app.pid, "SIGTERM");
  const clean = await Promise.race([app.exited.then(() => true), sleep(timeoutMs).then(() => false)]);
  if (!clean) await crash(app);
  await waitGone(pids, 10_000);
  return clean;
}

/** Safety net: kills a server still running on the cluster in `<dataDir>/pg`, with its children. */
export async function killClusterLeftovers(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "pg", "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const cmdline = safeRead(`/proc/${pid}/cmdline`).replaceAll("\0", " ");
  if (!cmdline.includes(dataDir)) return; // the pid was reused by something else
  const pids = [pid, ...descendants(pid)];
  for (const p of pids) killQuietly(p);
  await waitGone(pids, 10_000);
}

/** Every live descendant of `root`, read from /proc (Linux). */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = safeRead(`/proc/${entry}/stat`);
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ppid = Number(fields[1]);
    if (!Number.isInteger(ppid)) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift() as number) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** Alive and not a zombie. */
export function isAlive(pid: number): boolean {
  const stat = safeRead(`/proc/${pid}/stat`);
  if (!stat) return false;
  return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
}

async function waitGone(pids: number[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(isAlive)) {
    if (Date.now() > deadline)
      throw new Error(`processes still alive after SIGKILL: ${pids.filter(isAlive)}`);
    await sleep(20);
  }
}

function killQuietly(pid: number, signal: NodeJS.Signals = "SIGKILL"): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
