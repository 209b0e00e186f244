import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { connectDatabase, type Database, type DatabaseHandle } from "../db/client.ts";
import { withDatabase } from "./global-setup.ts";

export interface TestDatabase {
  db: Database;
  url: string;
  handle: DatabaseHandle;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file, cloned from the template the global setup prepared. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { adminUrl, template, prefix } = inject("testDb");
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  await admin(adminUrl, `create database ${name} template ${template}`);
  const url = withDatabase(adminUrl, name);
  const handle = connectDatabase(url, { max: 5 });
  return {
    db: handle.db,
    url,
    handle,
    async drop() {
      await handle.close();
      await admin(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function admin(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
