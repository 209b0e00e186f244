import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * Where the benchmark's database lives: a fresh embedded PostgreSQL in a temp data dir, or, when
 * DATABASE_URL is set, a fresh database on that server (created here, dropped by `dispose`). `env` is
 * the environment to give loadConfig, so startRuntime starts (or connects to) exactly that database.
 */
export interface BenchDatabase {
  label: string;
  env: Record<string, string>;
  /** Call after runtime.stop(): removes the temp data dir, or drops the database. Safe to call twice. */
  dispose(): Promise<void>;
}

export async function prepareDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  // A fixed secret keeps startRuntime from writing one into a data dir.
  const secret = randomBytes(32).toString("base64url");
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `alliance_api_bench_${Date.now().toString(36)}_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create database ${admin.escapeIdentifier(name)}`);
    } finally {
      await admin.end();
    }
    const target = new URL(url);
    target.pathname = `/${name}`;
    log(`database ${name} created on the DATABASE_URL server`);
    let dropped = false;
    return {
      label: `DATABASE_URL server, fresh database ${name}`,
      env: { DATABASE_URL: target.toString(), ALLIANCE_DATA_DIR: tmpdir(), ALLIANCE_SECRET: secret },
      async dispose() {
        if (dropped) return;
        dropped = true;
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
          log(`database ${name} dropped`);
        } finally {
          await client.end();
        }
      },
    };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "alliance-api-bench-"));
  // mkdtemp makes it 0700; the embedded server runs as the `postgres` user when we are root.
  await chmod(dataDir, 0o755);
  // Backstop for an abrupt exit: by then the server is down (or going), and the folder is ours alone.
  process.once("exit", () => rmSync(dataDir, { recursive: true, force: true }));
  return {
    label: "embedded PostgreSQL (fresh cluster in a temp dir, default settings)",
    env: {
      ALLIANCE_DATA_DIR: dataDir,
      ALLIANCE_EMBEDDED_PG_PORT: String(await freePort()),
      ALLIANCE_SECRET: secret,
    },
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/** A TCP port that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
