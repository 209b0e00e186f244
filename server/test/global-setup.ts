import { rm } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { connectDatabase } from "../db/client.ts";
import { startEmbeddedPostgres } from "../db/embedded.ts";
import { applyMigrations } from "../db/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    testDb: { adminUrl: string; template: string; prefix: string };
  }
}

/**
 * Starts the database target of this test project (embedded PostgreSQL, or TEST_DATABASE_URL), migrates a
 * template database once, and hands tests what they need to clone it.
 */
export default async function setup(project: TestProject) {
  const target = project.config.env?.ALLIANCE_TEST_TARGET ?? "embedded";
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const prefix = `alliance_t_${runId}`;
  const template = `${prefix}_template`;
  let adminUrl: string;
  let stopServer: (() => Promise<void>) | undefined;

  if (target === "server") {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("TEST_DATABASE_URL is not set");
    adminUrl = url;
  } else {
    const dataDir = path.resolve(".tmp", `test-pg-${project.name}-${process.pid}`);
    await rm(dataDir, { recursive: true, force: true });
    // Durability is proven by the crash test; here speed matters, so skip fsync.
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off", max_connections: "300" },
    });
    adminUrl = embedded.url;
    stopServer = async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }

  await adminQuery(adminUrl, `create database ${template}`);
  const templateHandle = connectDatabase(withDatabase(adminUrl, template), { max: 1 });
  await applyMigrations(templateHandle.db);
  await templateHandle.close();
  project.provide("testDb", { adminUrl, template, prefix });

  return async () => {
    const dbs = await adminQuery(adminUrl, `select datname from pg_database where datname like '${prefix}%'`);
    for (const row of dbs)
      await adminQuery(adminUrl, `drop database if exists "${row.datname}" with (force)`);
    await stopServer?.();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(url: string, text: string): Promise<{ datname: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
