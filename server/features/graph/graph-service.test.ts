import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test/app.ts";
import { connect } from "../../test/factories.ts";
import { GraphService } from "./graph-service.ts";

// The service against a real database: the boot load, changes made by anyone (another server, an
// operator's SQL) reaching every server within the freshness bound, and sequence gaps.

let t: TestApp;
let ids: string[];

beforeAll(async () => {
  t = await buildTestApp();
  ids = [];
  for (const name of ["Ana", "Ben", "Cy", "Dee", "Eve"]) ids.push((await t.signUp(name)).userId);
});
afterAll(() => t.close());

const person = (i: number) => () => ids[i] as string;
const [A, B, C, D, E] = [person(0), person(1), person(2), person(3), person(4)];

async function publicLists() {
  await t.database.db.execute(sql`update profiles set connection_list_visibility = 'public'`);
}

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < ms) {
    if (await check()) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`not seen within ${ms} ms`);
}

describe("GraphService", () => {
  it("loads what is already in the database at boot", async () => {
    await publicLists();
    await connect(t, A(), B());
    await connect(t, B(), C());
    const logs: string[] = [];
    const g = await GraphService.start({ db: t.database.db, log: (m) => logs.push(m) });
    try {
      const d = await g.degrees(A(), [A(), B(), C(), D()]);
      expect([...d.values()]).toEqual([0, 1, 2, null]);
      expect(logs.at(-1)).toMatch(/graph: \d+ people, \d+ stints, 2 connections, 0 blocks in \d+ ms/);
    } finally {
      await g.stop();
    }
  });

  it("a second server learns of a write through NOTIFY well within a second", async () => {
    const other = await GraphService.start({
      db: t.database.db,
      pool: t.database.handle.pool,
      pollMs: 60_000,
    });
    try {
      expect((await other.degrees(A(), [D()])).get(D())).toBeNull();
      const before = other.graph.index.version;
      await connect(t, C(), D());
      const took = await waitFor(async () => other.graph.index.version !== before, 1000);
      expect(took).toBeLessThan(1000);
      expect((await other.degrees(A(), [D()])).get(D())).toBe(3);
    } finally {
      await other.stop();
    }
  });

  it("without NOTIFY or polling, a query never answers from a state older than the bound", async () => {
    // No pool (no LISTEN) and no effective poll: only the freshness guard can bring the change in.
    const other = await GraphService.start({ db: t.database.db, pollMs: 60_000, freshnessMs: 300 });
    try {
      await connect(t, D(), E());
      await new Promise((r) => setTimeout(r, 350));
      expect((await other.degrees(D(), [E()])).get(E())).toBe(1);
    } finally {
      await other.stop();
    }
  });

  it("applies a change whose sequence number commits after a later one", async () => {
    const other = await GraphService.start({ db: t.database.db, pollMs: 60_000 });
    const slow = await t.database.handle.pool.connect();
    try {
      // The slow transaction takes its sequence number first but commits last.
      await slow.query("begin");
      const [a, e] = A() < E() ? [A(), E()] : [E(), A()];
      await slow.query("insert into connections (user_a, user_b) values ($1, $2)", [a, e]);
      await t.database.db.execute(
        sql`update profiles set connection_list_visibility = 'connections' where user_id = ${B()}`,
      );
      await other.sync();
      expect((await other.degrees(A(), [E()])).get(E())).not.toBe(1);
      await slow.query("commit");
      await other.sync();
      expect((await other.degrees(A(), [E()])).get(E())).toBe(1);
    } finally {
      slow.release();
      await other.stop();
    }
  });

  it("removes a deleted account from every answer at the next read", async () => {
    const g = await GraphService.start({ db: t.database.db, pollMs: 60_000 });
    try {
      expect((await g.degrees(A(), [B()])).get(B())).toBe(1);
      await t.database.db.execute(sql`delete from users where id = ${B()}`);
      await g.sync();
      expect((await g.degrees(A(), [B()])).get(B())).toBeNull();
      // A still reaches C, the long way round (A–E–D–C), never through B.
      const { shortest } = await g.paths(A(), C());
      expect(shortest?.people).toEqual([A(), E(), D(), C()]);
    } finally {
      await g.stop();
    }
  });
});
