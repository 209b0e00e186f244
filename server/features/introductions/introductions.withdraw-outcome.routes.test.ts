import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TestApp } from "../../test/app.ts";
import { introductionSteps } from "./introductions.tables.ts";
import {
  accept,
  answer,
  appWithCast,
  ask,
  type Cast,
  DAY,
  madeIntroduction,
} from "./introductions.test-helpers.ts";

let t: TestApp;
let c: Cast;

beforeAll(async () => {
  ({ t, c } = await appWithCast());
});
afterAll(() => t.close());
beforeEach(() => t.advanceClock(DAY + 1000));

const url = (id: string, action = "") => `/api/v1/introductions/${id}${action}`;

/** An introduction R asked for and everyone accepted. */
const made = () => madeIntroduction(c, { a: "A vouches", b: "B vouches" });

describe("withdrawing", () => {
  it("is for the requester while pending; the person it waited on sees only that it is no longer needed", async () => {
    const id = await ask(c.r, c.target);
    await accept(c.a, id, "Sure");
    expect((await c.a.post(url(id, "/withdraw"))).statusCode).toBe(403);
    expect((await c.b.post(url(id, "/withdraw"))).statusCode).toBe(403);
    expect((await c.target.post(url(id, "/withdraw"))).statusCode).toBe(404);
    expect((await c.s.post(url(id, "/withdraw"))).statusCode).toBe(404);

    const res = await c.r.post(url(id, "/withdraw"));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: "withdrawn", can: { withdraw: false } });
    expect(res.json().closedAt).not.toBeNull();

    // B, who was waiting: it left their inbox, and reads as withdrawn with nothing to do.
    expect((await c.b.get("/api/v1/introductions?box=inbox")).json().items).toEqual([]);
    const seenByB = (await c.b.get(url(id))).json();
    expect(seenByB).toMatchObject({
      status: "withdrawn",
      version: null,
      myStep: { state: "not_needed" },
      can: { respond: false },
    });
    const late = await c.b.post(url(id, "/respond"), { decision: "accept", version: 3 });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.details).toEqual({ status: "withdrawn" });
    // A, who had accepted, sees the same overall status.
    expect((await c.a.get(url(id))).json()).toMatchObject({
      status: "withdrawn",
      myStep: { state: "accepted" },
    });
    // The target was never reached and still learns nothing.
    expect((await c.target.get(url(id))).statusCode).toBe(404);
    const steps = await t.database.db
      .select()
      .from(introductionSteps)
      .where(eq(introductionSteps.introductionId, id))
      .orderBy(introductionSteps.position);
    expect(steps.map((s) => s.status)).toEqual(["accepted", "not_reached", "not_reached"]);

    const again = await c.r.post(url(id, "/withdraw"));
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: "INTRODUCTION_INVALID_TRANSITION",
      details: { status: "withdrawn" },
    });
  });

  it("cannot undo a closed introduction", async () => {
    const declined = await ask(c.r, c.target);
    await answer(c.a, declined, "decline");
    const res = await c.r.post(url(declined, "/withdraw"));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details).toEqual({ status: "not_completed" });
    t.advanceClock(DAY + 1000);
    const id = await made();
    expect((await c.r.post(url(id, "/withdraw"))).statusCode).toBe(409);
  });
});

describe("the outcome", () => {
  it("is recorded and changed by the requester or the target, once the introduction is made", async () => {
    const pending = await ask(c.r, c.target);
    const early = await c.r.post(url(pending, "/outcome"), { outcome: "met" });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe("INTRODUCTION_INVALID_TRANSITION");
    await c.r.post(url(pending, "/withdraw"));
    t.advanceClock(DAY + 1000);

    const id = await made();
    const byR = await c.r.post(url(id, "/outcome"), { outcome: "met" });
    expect(byR.statusCode, byR.body).toBe(200);
    expect(byR.json().outcome).toBe("met");
    const byTarget = await c.target.post(url(id, "/outcome"), { outcome: "hired" });
    expect(byTarget.json()).toMatchObject({ outcome: "hired", role: "target" });
    expect((await c.r.get(url(id))).json().outcome).toBe("hired");
    // Intermediaries neither set nor see it.
    expect((await c.a.post(url(id, "/outcome"), { outcome: "deal" })).statusCode).toBe(403);
    expect((await c.b.get(url(id))).json().outcome).toBeNull();
    expect((await c.s.post(url(id, "/outcome"), { outcome: "deal" })).statusCode).toBe(404);
    for (const body of [{}, { outcome: "married" }, { outcome: null }]) {
      expect((await c.r.post(url(id, "/outcome"), body)).statusCode).toBe(400);
    }
  });
});
