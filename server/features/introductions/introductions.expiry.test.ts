import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startJobs } from "../../jobs/jobs.ts";
import type { TestApp } from "../../test/app.ts";
import { createIntroductionExpiry } from "./introductions.expiry.ts";
import { introductionSteps, introductions } from "./introductions.tables.ts";
import { accept, appWithCast, ask, type Cast, DAY, notificationsOf } from "./introductions.test-helpers.ts";

let t: TestApp;
let c: Cast;

beforeAll(async () => {
  ({ t, c } = await appWithCast());
});
afterAll(() => t.close());
// Every test starts well after the previous one's introductions ran out, and under the daily limit.
beforeEach(() => t.advanceClock(30 * DAY));

const url = (id: string) => `/api/v1/introductions/${id}`;
const stored = async (id: string) => {
  const [row] = await t.database.db.select().from(introductions).where(eq(introductions.id, id));
  return row;
};
const closedNotices = async (id: string) =>
  (await notificationsOf(t, c.r.userId)).filter(
    (n) => n.kind === "introduction_closed" && n.link === `/introductions/${id}`,
  );

describe("a step nobody answers", () => {
  it("expires the moment its due date passes, on the next read, telling the requester once", async () => {
    const id = await ask(c.r, c.target);
    t.advanceClock(14 * DAY - 60_000);
    expect((await c.r.get(url(id))).json().status).toBe("pending");
    expect((await stored(id))?.status).toBe("pending");

    t.advanceClock(2 * 60_000);
    const seen = await c.r.get(url(id));
    expect(seen.json()).toMatchObject({ status: "not_completed", closedAt: null, can: { withdraw: false } });
    expect((await stored(id))?.status).toBe("expired");
    // A let it run out: A sees so on their own step; the job finds nothing left to do.
    expect((await c.a.get(url(id))).json()).toMatchObject({
      status: "not_completed",
      myStep: { state: "expired" },
      can: { respond: false },
    });
    const job = createIntroductionExpiry({ db: t.database.db, clock: t.now });
    expect(await job.expireDue()).toEqual({ expired: 0 });
    await c.r.get(url(id));
    expect(await closedNotices(id)).toHaveLength(1);
    expect((await closedNotices(id))[0]?.data).toEqual({ targetName: "Tom Target" });
  });

  it("gives each step 14 days from when it is reached", async () => {
    const id = await ask(c.r, c.target);
    t.advanceClock(10 * DAY);
    await accept(c.a, id);
    t.advanceClock(10 * DAY);
    // 20 days after asking, B still has 4 days.
    expect((await c.b.get(url(id))).json()).toMatchObject({
      status: "pending",
      myStep: { state: "waiting" },
    });
    t.advanceClock(5 * DAY);
    expect((await c.b.get(url(id))).json()).toMatchObject({
      status: "not_completed",
      myStep: { state: "expired" },
    });
    // A, who accepted, cannot tell it ran out from a decline further on.
    expect((await c.a.get(url(id))).json()).toMatchObject({
      status: "not_completed",
      myStep: { state: "accepted" },
    });
    const steps = await t.database.db
      .select()
      .from(introductionSteps)
      .where(eq(introductionSteps.introductionId, id))
      .orderBy(introductionSteps.position);
    expect(steps.map((s) => s.status)).toEqual(["accepted", "expired", "not_reached"]);
  });

  it("is expired by the periodic job, once even when several servers run it together", async () => {
    const first = await ask(c.r, c.target);
    const second = await ask(c.r, c.b);
    t.advanceClock(15 * DAY);
    const jobs = [1, 2, 3].map(() => createIntroductionExpiry({ db: t.database.db, clock: t.now }));
    const results = await Promise.all(jobs.map((j) => j.expireDue()));
    expect(results.reduce((n, r) => n + r.expired, 0)).toBe(2);
    expect((await stored(first))?.status).toBe("expired");
    expect((await stored(second))?.status).toBe("expired");
    expect(await closedNotices(first)).toHaveLength(1);
    expect(await closedNotices(second)).toHaveLength(1);
    expect((await c.r.get(url(first))).json().status).toBe("not_completed");
  });

  it("refuses an answer after the due date, even from the person it waited on", async () => {
    const id = await ask(c.r, c.target);
    const version = (await c.a.get(url(id))).json().version;
    t.advanceClock(14 * DAY + 1000);
    const late = await c.a.post(`${url(id)}/respond`, { decision: "accept", version });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({
      code: "INTRODUCTION_INVALID_TRANSITION",
      details: { status: "not_completed" },
    });
    expect((await stored(id))?.status).toBe("expired");
  });

  it("leaves the inbox and frees the requester to ask again", async () => {
    const id = await ask(c.r, c.target);
    const inbox = async () =>
      (await c.a.get("/api/v1/introductions?box=inbox")).json().items.map((i: { id: string }) => i.id);
    expect(await inbox()).toContain(id);
    t.advanceClock(15 * DAY);
    expect(await inbox()).not.toContain(id);
    const again = await ask(c.r, c.target);
    expect(again).not.toBe(id);
  });
});

describe("the periodic job", () => {
  it("expires introductions between the reminder tick and the email outbox, so the notice goes out at once", async () => {
    const id = await ask(c.r, c.target);
    t.advanceClock(15 * DAY);
    const calls: string[] = [];
    const expiry = createIntroductionExpiry({ db: t.database.db, clock: t.now });
    const jobs = startJobs({
      scheduler: {
        async tick() {
          calls.push("tick");
          return {};
        },
      },
      introductions: {
        async expireDue() {
          calls.push("expire");
          return expiry.expireDue();
        },
      },
      sender: {
        async sendPending() {
          calls.push("send");
          return { sent: 0, failed: 0 };
        },
      },
      intervalMs: 60_000,
      logger: { info: () => undefined, error: () => undefined },
    });
    for (let i = 0; i < 200 && calls.length < 3; i++) await new Promise((r) => setTimeout(r, 10));
    await jobs.stop();
    expect(calls).toEqual(["tick", "expire", "send"]);
    expect((await stored(id))?.status).toBe("expired");
    expect(await closedNotices(id)).toHaveLength(1);
  });
});
