import pg from "pg";
import { type Account, type Ack, type Api, PASSWORD } from "./writers.ts";

export interface Verification {
  acknowledged: number;
  lost: number;
  /** Acknowledged slugs missing from the database, or present under another id (first 20). */
  lostSample: string[];
  /** Lost acknowledged writes per crash cycle (cycle number → count). */
  lostByCycle: Record<number, number>;
  /** Writes that committed although their answer never arrived (the crash hit after the commit). */
  committedUnacknowledged: number;
  rowsInDatabase: number;
}

/** Reads `organizations` straight from the database and checks every acknowledged write is there. */
export async function verifyAcknowledged(databaseUrl: string, acks: Ack[]): Promise<Verification> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let rows: { id: string; slug: string }[];
  try {
    rows = (
      await client.query<{ id: string; slug: string }>("select id::text as id, slug from organizations")
    ).rows;
  } finally {
    await client.end();
  }
  const idBySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const lost = acks.filter((a) => idBySlug.get(a.slug) !== a.id);
  const acked = new Set(acks.map((a) => a.slug));
  const written = rows.filter((r) => /^w\d{2}-\d{6}$/.test(r.slug));
  return {
    acknowledged: acks.length,
    lost: lost.length,
    lostSample: lost.slice(0, 20).map((a) => `${a.slug} (cycle ${a.cycle})`),
    lostByCycle: lost.reduce<Record<number, number>>((by, a) => {
      by[a.cycle] = (by[a.cycle] ?? 0) + 1;
      return by;
    }, {}),
    committedUnacknowledged: written.filter((r) => !acked.has(r.slug)).length,
    rowsInDatabase: written.length,
  };
}

export interface ApiReadBack {
  signIn: number;
  checked: number;
  found: number;
}

/**
 * Through the API after the last restart: a fresh sign-in works (the accounts survived), the session
 * cookie from before the crashes still works, and a sample of acknowledged organizations reads back.
 */
export async function readBackThroughApi(api: Api, account: Account, sample: Ack[]): Promise<ApiReadBack> {
  const signIn = await api.request("POST", "/api/v1/auth/sign-in", {
    email: account.email,
    password: PASSWORD,
  });
  let found = 0;
  for (const [i, ack] of sample.entries()) {
    // Alternate between the new session and the one created before the first crash.
    const cookie = i % 2 === 0 ? signIn.cookie : account.cookie;
    const res = await api.request("GET", `/api/v1/orgs/${ack.slug}`, undefined, cookie);
    if (res.status === 200 && (res.body as { id?: string }).id === ack.id) found++;
  }
  return { signIn: signIn.status, checked: sample.length, found };
}

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** Creates `alliance_crash_<ts>` on the server behind `adminUrl`; drop() removes it again. */
export async function createScratchDatabase(adminUrl: string): Promise<ScratchDatabase> {
  const name = `alliance_crash_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** The settings that decide whether a commit is durable when it is acknowledged. */
export async function durabilitySettings(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, string>>(
      `select current_setting('server_version') as version, current_setting('synchronous_commit') as sc,
              current_setting('wal_writer_delay') as wwd, current_setting('wal_buffers') as wb,
              current_setting('fsync') as fsync`,
    );
    const row = rows[0] ?? {};
    if (row.fsync !== "on") throw new Error(`fsync is ${row.fsync} on the database under test`);
    return {
      version: row.version ?? "?",
      synchronousCommit: row.sc ?? "?",
      walWriterDelay: row.wwd ?? "?",
      walBuffers: row.wb ?? "?",
    };
  } finally {
    await client.end();
  }
}
