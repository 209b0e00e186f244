import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TestApp } from "../../test/app.ts";
import { connect } from "../../test/factories.ts";
import {
  appWithCast,
  ask,
  block,
  type Cast,
  DAY,
  notificationsOf,
  type Person,
  REASON,
} from "./introductions.test-helpers.ts";

let t: TestApp;
let c: Cast;
let closed: Person;
let beyond: Person;
let island: Person;
let blocker: Person;

beforeAll(async () => {
  ({ t, c } = await appWithCast());
  [closed, beyond, island, blocker] = await Promise.all([
    t.signUp("Cy Closed"),
    t.signUp("Bill Beyond"),
    t.signUp("Ivy Island"),
    t.signUp("Bo Blocker"),
  ]);
  // R — A — closed — beyond: closed shows their connections to their own connections only, and R is
  // not one, so no path may pass through them.
  await connect(t, c.a.userId, closed.userId);
  await connect(t, closed.userId, beyond.userId);
  await connect(t, c.a.userId, blocker.userId);
  await block(t, blocker.userId, c.r.userId);
});
afterAll(() => t.close());
beforeEach(() => t.advanceClock(DAY + 1000));

const post = (who: Person, body: Record<string, unknown>) => who.post("/api/v1/introductions", body);
const code = (res: { json(): { error: { code: string } } }) => res.json().error.code;

describe("asking for an introduction", () => {
  it("takes the warmest allowed path when none is given and asks its first person", async () => {
    const res = await post(c.r, { targetId: c.target.userId, reason: REASON });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().steps.map((s: { person: { id: string } }) => s.person.id)).toEqual([
      c.a.userId,
      c.b.userId,
      c.target.userId,
    ]);
    const waiting = (await notificationsOf(t, c.a.userId)).filter(
      (n) => n.kind === "introduction_waiting" && n.link === `/introductions/${res.json().id}`,
    );
    expect(waiting).toHaveLength(1);
    // Nobody else on the path is told yet.
    for (const p of [c.b, c.target]) {
      expect(
        (await notificationsOf(t, p.userId)).some((n) => n.link === `/introductions/${res.json().id}`),
      ).toBe(false);
    }
    await c.r.post(`/api/v1/introductions/${res.json().id}/withdraw`);
  });

  it("takes a given path, requester first and target last", async () => {
    const id = await ask(c.r, c.b, { path: [c.r.userId, c.a.userId, c.b.userId] });
    const seen = (await c.r.get(`/api/v1/introductions/${id}`)).json();
    expect(
      seen.steps.map((s: { person: { id: string }; isTarget: boolean }) => [s.person.id, s.isTarget]),
    ).toEqual([
      [c.a.userId, false],
      [c.b.userId, true],
    ]);
    await c.r.post(`/api/v1/introductions/${id}/withdraw`);
  });

  it("answers 404 alike for oneself, an unknown person and a person either side blocked", async () => {
    for (const targetId of [c.r.userId, "no-such-user", blocker.userId]) {
      const res = await post(c.r, { targetId, reason: REASON });
      expect(res.statusCode, targetId).toBe(404);
      expect(res.json().error).toEqual({ code: "PERSON_NOT_FOUND", message: "Person not found." });
    }
    // The blocked side asking the blocker gets the same.
    const reverse = await post(blocker, { targetId: c.r.userId, reason: REASON });
    expect(reverse.statusCode).toBe(404);
  });

  it("says no introduction is needed between people already connected", async () => {
    const res = await post(c.r, { targetId: c.a.userId, reason: REASON });
    expect(res.statusCode).toBe(409);
    expect(code(res)).toBe("ALREADY_CONNECTED");
  });

  it("answers 422 NO_INTRODUCTION_PATH when no allowed path exists", async () => {
    for (const target of [island, beyond]) {
      const none = await post(c.r, { targetId: target.userId, reason: REASON });
      expect(none.statusCode).toBe(422);
      expect(code(none)).toBe("NO_INTRODUCTION_PATH");
    }
  });

  it("refuses a path that cannot be used", async () => {
    const cases: [unknown, number, string][] = [
      // Not from the requester, or not to the target: a form mistake.
      [[c.a.userId, c.b.userId, c.target.userId], 400, "VALIDATION_FAILED"],
      [[c.r.userId, c.a.userId, c.b.userId], 400, "VALIDATION_FAILED"],
      // Too long, too short, not strings.
      [[c.r.userId, "1", "2", "3", "4", c.target.userId], 400, "VALIDATION_FAILED"],
      [[c.target.userId], 400, "VALIDATION_FAILED"],
      [[c.r.userId, 42, c.target.userId], 400, "VALIDATION_FAILED"],
      // A missing link, a repeated person, an unknown person.
      [[c.r.userId, c.a.userId, c.target.userId], 422, "INTRODUCTION_PATH_INVALID"],
      [[c.r.userId, c.a.userId, c.a.userId, c.b.userId, c.target.userId], 422, "INTRODUCTION_PATH_INVALID"],
      [[c.r.userId, "nobody", c.target.userId], 422, "INTRODUCTION_PATH_INVALID"],
      [[c.r.userId, c.target.userId], 422, "INTRODUCTION_PATH_INVALID"],
    ];
    for (const [path, status, expected] of cases) {
      const res = await post(c.r, { targetId: c.target.userId, reason: REASON, path });
      expect(res.statusCode, JSON.stringify(path)).toBe(status);
      expect(code(res)).toBe(expected);
    }
  });

  it("routes only through people whose connections the requester may see", async () => {
    const viaClosed = await post(c.r, {
      targetId: beyond.userId,
      reason: REASON,
      path: [c.r.userId, c.a.userId, closed.userId, beyond.userId],
    });
    expect(viaClosed.statusCode).toBe(422);
    expect(code(viaClosed)).toBe("INTRODUCTION_PATH_INVALID");
    // Through B, whose list is public, the same shape of path is fine.
    const id = await ask(c.r, c.target, { path: [c.r.userId, c.a.userId, c.b.userId, c.target.userId] });
    await c.r.post(`/api/v1/introductions/${id}/withdraw`);
  });

  it("validates the reason", async () => {
    for (const reason of [undefined, "", "too short", " ".repeat(20), "x".repeat(2001)]) {
      const res = await post(c.r, { targetId: c.target.userId, reason });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fieldErrors).toHaveProperty("reason");
    }
    expect((await post(c.r, { reason: REASON })).statusCode).toBe(400);
    expect(
      (await t.anonymous().post("/api/v1/introductions", { targetId: c.target.userId, reason: REASON }))
        .statusCode,
    ).toBe(401);
  });

  it("allows one open request per target", async () => {
    const id = await ask(c.r, c.target);
    const again = await post(c.r, { targetId: c.target.userId, reason: REASON });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: "INTRODUCTION_EXISTS",
      details: { introductionId: id },
    });
    await c.r.post(`/api/v1/introductions/${id}/withdraw`);
    const after = await ask(c.r, c.target);
    expect(after).not.toBe(id);
    await c.r.post(`/api/v1/introductions/${after}/withdraw`);
  });

  it("allows ten requests a rolling day: the 11th is 429 with Retry-After, and 24 hours later it is fine", async () => {
    const first = t.now().getTime();
    for (let i = 0; i < 10; i++) {
      const id = await ask(c.r, c.target);
      expect((await c.r.post(`/api/v1/introductions/${id}/withdraw`)).statusCode).toBe(200);
      t.advanceClock(60_000);
    }
    // The app's clock runs with real time, so the wait is bounded by the times just before and after.
    const latest = Math.ceil((DAY - (t.now().getTime() - first)) / 1000);
    const eleventh = await post(c.r, { targetId: c.target.userId, reason: REASON });
    const earliest = Math.ceil((DAY - (t.now().getTime() - first)) / 1000);
    expect(eleventh.statusCode).toBe(429);
    const body = eleventh.json().error;
    expect(body).toMatchObject({ code: "INTRODUCTION_LIMIT", details: { limit: 10 } });
    const wait = body.details.retryAfterSeconds as number;
    expect(wait).toBeGreaterThanOrEqual(earliest);
    expect(wait).toBeLessThanOrEqual(latest);
    expect(eleventh.headers["retry-after"]).toBe(String(wait));
    const expected = wait;
    // The limit is the requester's: others ask freely.
    const other = await ask(c.s, c.a);
    await c.s.post(`/api/v1/introductions/${other}/withdraw`);

    t.advanceClock(expected * 1000);
    const later = await ask(c.r, c.target);
    await c.r.post(`/api/v1/introductions/${later}/withdraw`);
  });

  it("lets only one of two simultaneous requests to the same person through", async () => {
    const results = await Promise.all([
      post(c.r, { targetId: c.target.userId, reason: REASON }),
      post(c.r, { targetId: c.target.userId, reason: REASON }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const created = results.find((r) => r.statusCode === 201)?.json().id;
    await c.r.post(`/api/v1/introductions/${created}/withdraw`);
  });
});
