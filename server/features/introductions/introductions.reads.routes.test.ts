import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TestApp } from "../../test/app.ts";
import {
  accept,
  answer,
  appWithCast,
  ask,
  block,
  type Cast,
  DAY,
  notificationsOf,
  type Person,
} from "./introductions.test-helpers.ts";

let t: TestApp;
let c: Cast;

beforeAll(async () => {
  ({ t, c } = await appWithCast());
});
afterAll(() => t.close());
beforeEach(() => t.advanceClock(30 * DAY));

const url = (id: string) => `/api/v1/introductions/${id}`;
const box = async (who: Person, name: string, extra = "") => {
  const res = await who.get(`/api/v1/introductions?box=${name}${extra}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: { id: string; role: string; status: string }[]; nextCursor: string | null };
};
const ids = async (who: Person, name: string) => (await box(who, name)).items.map((i) => i.id);

/** The requester's view with what must differ (ids, dates) blanked out. */
const comparable = (view: Record<string, unknown>) =>
  JSON.parse(
    JSON.stringify(view)
      .replaceAll(view.id as string, "<id>")
      .replace(/"\d{4}-\d\d-\d\dT[^"]+"/g, '"<date>"'),
  );

describe("boxes", () => {
  it("lists what waits on me (soonest due first), what I sent and what I was asked in", async () => {
    const first = await ask(c.r, c.target);
    t.advanceClock(DAY);
    const second = await ask(c.r, c.b);
    t.advanceClock(DAY);
    // S asks to meet A through R (S — R — A).
    const fromS = await ask(c.s, c.a);
    expect(await ids(c.r, "inbox")).toEqual([fromS]);
    expect((await box(c.r, "inbox")).items[0]?.role).toBe("intermediary");
    expect(await ids(c.a, "inbox")).toEqual([first, second]);
    await accept(c.r, fromS);
    expect(await ids(c.r, "inbox")).toEqual([]);

    // Both of R's requests wait on A first; S's now waits on A as its target, due last.
    expect(await ids(c.a, "inbox")).toEqual([first, second, fromS]);
    expect((await box(c.a, "inbox")).items.map((i) => i.role)).toEqual([
      "intermediary",
      "intermediary",
      "target",
    ]);
    expect(await ids(c.r, "sent")).toEqual(expect.arrayContaining([second, first]));
    expect((await ids(c.r, "sent")).indexOf(second)).toBeLessThan((await ids(c.r, "sent")).indexOf(first));
    expect(await ids(c.r, "inbox")).not.toContain(first);
    expect(await ids(c.b, "inbox")).toEqual([]);
    expect(await ids(c.b, "involved")).toEqual([]);

    // Once A accepts the first, it leaves A's inbox for B's; A stays involved.
    await accept(c.a, first);
    expect(await ids(c.a, "inbox")).toEqual([second, fromS]);
    expect(await ids(c.b, "inbox")).toEqual([first]);
    expect(await ids(c.a, "involved")).toEqual([fromS, second, first]);

    // Pages follow the cursor without repeats.
    const page1 = await box(c.a, "involved", "&limit=2");
    expect(page1.items).toHaveLength(2);
    const page2 = await box(c.a, "involved", `&limit=2&cursor=${page1.nextCursor}`);
    expect([...page1.items, ...page2.items].map((i) => i.id)).toEqual([fromS, second, first]);
    expect(page2.nextCursor).toBeNull();
    const inbox1 = await box(c.a, "inbox", "&limit=1");
    const inbox2 = await box(c.a, "inbox", `&limit=1&cursor=${inbox1.nextCursor}`);
    expect([...inbox1.items, ...inbox2.items].map((i) => i.id)).toEqual([second, fromS]);

    for (const bad of ["box=outbox", "limit=0", "cursor=%25%25%25"]) {
      const res = await c.a.get(`/api/v1/introductions?${bad}`);
      expect(res.statusCode, bad).toBe(400);
    }
    expect((await t.anonymous().get("/api/v1/introductions")).statusCode).toBe(401);
    await Promise.all([first, second].map((id) => c.r.post(`${url(id)}/withdraw`)));
    await c.s.post(`${url(fromS)}/withdraw`);
  });

  it("defaults to the inbox", async () => {
    const id = await ask(c.r, c.target);
    expect((await c.a.get("/api/v1/introductions")).json().items.map((i: { id: string }) => i.id)).toEqual([
      id,
    ]);
    await c.r.post(`${url(id)}/withdraw`);
  });
});

describe("who reads an introduction", () => {
  it("is the requester and the people it reached; 404 for everyone else, as for an unknown id", async () => {
    const id = await ask(c.r, c.target);
    const expectations: [Person, number][] = [
      [c.r, 200],
      [c.a, 200],
      [c.b, 404],
      [c.target, 404],
      [c.s, 404],
    ];
    for (const [who, status] of expectations) expect((await who.get(url(id))).statusCode).toBe(status);
    const unknown = await c.r.get(url("00000000-0000-4000-8000-000000000000"));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("INTRODUCTION_NOT_FOUND");
    expect((await c.r.get(url("nope"))).statusCode).toBe(400);
    expect((await t.anonymous().get(url(id))).statusCode).toBe(401);
    await c.r.post(`${url(id)}/withdraw`);
  });

  it("vanishes for a person who blocks the requester, who is then not told it is their turn", async () => {
    const id = await ask(c.r, c.target);
    await block(t, c.b.userId, c.r.userId);
    try {
      await accept(c.a, id);
      expect((await c.b.get(url(id))).statusCode).toBe(404);
      expect(await ids(c.b, "inbox")).toEqual([]);
      expect(await ids(c.b, "involved")).toEqual([]);
      expect((await notificationsOf(t, c.b.userId)).some((n) => n.link === `/introductions/${id}`)).toBe(
        false,
      );
      expect((await c.b.post(`${url(id)}/respond`, { decision: "accept", version: 2 })).statusCode).toBe(404);
      // The requester sees it pending, then not completed when it runs out, like any other.
      expect((await c.r.get(url(id))).json().status).toBe("pending");
      t.advanceClock(15 * DAY);
      expect((await c.r.get(url(id))).json().status).toBe("not_completed");
    } finally {
      const { userBlocks } = await import("../connections/connections.tables.ts");
      await t.database.db.delete(userBlocks);
    }
  });
});

describe("nobody learns who declined", () => {
  // Each ending: who accepts first, then what ends it.
  const endings = {
    "A declines": async (id: string) => void (await answer(c.a, id, "decline", "secret-a")),
    "A lets it run out": async () => t.advanceClock(15 * DAY),
    "B declines": async (id: string) => {
      await accept(c.a, id, "ok from A");
      await answer(c.b, id, "decline", "secret-b");
    },
    "B lets it run out": async (id: string) => {
      await accept(c.a, id, "ok from A");
      t.advanceClock(15 * DAY);
    },
    "the target declines": async (id: string) => {
      await accept(c.a, id, "ok from A");
      await accept(c.b, id, "ok from B");
      await answer(c.target, id, "decline", "secret-t");
    },
    "the target lets it run out": async (id: string) => {
      await accept(c.a, id, "ok from A");
      await accept(c.b, id, "ok from B");
      t.advanceClock(15 * DAY);
    },
  };

  it("gives the requester the same answer for every ending, apart from ids and dates", async () => {
    const views: Record<string, unknown> = {};
    const aViews: Record<string, unknown> = {};
    const bViews: Record<string, unknown> = {};
    for (const [name, end] of Object.entries(endings)) {
      t.advanceClock(DAY + 1000);
      const id = await ask(c.r, c.target);
      await end(id);
      const r = await c.r.get(url(id));
      expect(r.statusCode).toBe(200);
      views[name] = comparable(r.json());
      const list = (await box(c.r, "sent")).items.find((i) => i.id === id);
      expect(comparable(list as Record<string, unknown>)).toEqual(views[name]);
      if (!name.startsWith("A ")) aViews[name] = comparable((await c.a.get(url(id))).json());
      if (name.startsWith("the target")) bViews[name] = comparable((await c.b.get(url(id))).json());
      // Nobody but the decliner ever sees a decline note.
      for (const who of [c.r, c.a, c.b, c.target, c.s]) {
        const res = await who.get(url(id));
        if (res.statusCode !== 200) continue;
        const body = res.body;
        for (const secret of ["secret-a", "secret-b", "secret-t"]) {
          const isDecliner =
            (secret === "secret-a" && who === c.a) ||
            (secret === "secret-b" && who === c.b) ||
            (secret === "secret-t" && who === c.target);
          if (!isDecliner) expect(body).not.toContain(secret);
        }
      }
    }
    const [first, ...rest] = Object.values(views);
    expect(first).toMatchObject({ status: "not_completed", closedAt: null, version: null, contact: null });
    for (const v of rest) expect(v).toEqual(first);
    // A, who accepted, sees the same whether B or the target declined or let it run out.
    const [a1, ...aRest] = Object.values(aViews);
    for (const v of aRest) expect(v).toEqual(a1);
    const [b1, ...bRest] = Object.values(bViews);
    for (const v of bRest) expect(v).toEqual(b1);
  });
});
