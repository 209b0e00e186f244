import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Config } from "./config.ts";
import { connectDatabase, type DatabaseHandle } from "./db/client.ts";
import { startEmbeddedPostgres } from "./db/embedded.ts";
import { applyMigrations } from "./db/migrate.ts";
import { createDevMailboxMailer, createSmtpMailer, type Mailer } from "./features/mail/mailer.ts";

export interface Runtime {
  database: DatabaseHandle;
  mailer: Mailer;
  secret: string;
  embedded: boolean;
  /** Closes the pool, then stops the embedded server if this process started it. */
  stop(): Promise<void>;
}

/**
 * Everything the app needs from the outside world: a migrated database (the configured server, or an
 * embedded one in the data dir), a mailer and the signing secret.
 */
export async function startRuntime(config: Config, log: (line: string) => void): Promise<Runtime> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
    url = embedded.url;
    stopEmbedded = embedded.stop;
    log(`embedded PostgreSQL running with data in ${path.join(config.dataDir, "pg")}`);
  }
  const database = connectDatabase(url);
  try {
    await applyMigrations(database.db);
  } catch (err) {
    await database.close();
    await stopEmbedded?.();
    throw err;
  }
  const mailer = config.smtpUrl
    ? createSmtpMailer(config.smtpUrl, config.mailFrom)
    : createDevMailboxMailer(database.db);
  const secret = config.secret ?? (await loadOrCreateSecret(config.dataDir));
  return {
    database,
    mailer,
    secret,
    embedded: !!stopEmbedded,
    async stop() {
      await mailer.close();
      await database.close();
      await stopEmbedded?.();
    },
  };
}

/** A random secret kept in the data dir (mode 600) so sessions survive restarts without configuration. */
async function loadOrCreateSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
