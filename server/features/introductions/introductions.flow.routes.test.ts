import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TestApp } from "../../test/app.ts";
import {
  accept,
  answer,
  appWithCast,
  ask,
  type Cast,
  DAY,
  interactions,
  notificationsOf,
} from "./introductions.test-helpers.ts";

let t: TestApp;
let c: Cast;

beforeAll(async () => {
  ({ t, c } = await appWithCast());
});
afterAll(() => t.close());
// Each test asks anew; a day apart keeps the requester under the daily limit.
beforeEach(() => t.advanceClock(DAY + 1000));

const url = (id: string, action = "") => `/api/v1/introductions/${id}${action}`;

describe("an introduction through two intermediaries", () => {
  it("goes from the requester through A and B to the target, each accepting in turn", async () => {
    const before = await Promise.all([
      interactions(t, c.r.userId, c.a.userId),
      interactions(t, c.a.userId, c.b.userId),
      interactions(t, c.b.userId, c.target.userId),
    ]);
    const created = await c.r.post("/api/v1/introductions", {
      targetId: c.target.userId,
      reason: "  I would like to talk about alliances.  ",
    });
    expect(created.statusCode, created.body).toBe(201);
    const intro = created.json();
    expect(intro).toMatchObject({
      role: "requester",
      status: "pending",
      reason: "I would like to talk about alliances.",
      requester: { id: c.r.userId, displayName: "Rita Requester" },
      target: { id: c.target.userId, displayName: "Tom Target" },
      myStep: null,
      contact: null,
      version: null,
      closedAt: null,
      can: { respond: false, withdraw: true, setOutcome: false, thank: false },
    });
    // The requester sees who is asked, never how anyone answered.
    expect(intro.steps.map((s: { person: { id: string }; state: string }) => [s.person.id, s.state])).toEqual(
      [
        [c.a.userId, "undisclosed"],
        [c.b.userId, "undisclosed"],
        [c.target.userId, "undisclosed"],
      ],
    );
    const id = intro.id as string;

    // A is asked first, with 14 days to answer, and told whom R wants to meet.
    const toA = (await notificationsOf(t, c.a.userId)).filter((n) => n.kind === "introduction_waiting");
    expect(toA).toHaveLength(1);
    expect(toA[0]?.data).toEqual({ requesterName: "Rita Requester", targetName: "Tom Target" });
    expect(toA[0]?.link).toBe(`/introductions/${id}`);
    const seenByA = (await c.a.get(url(id))).json();
    expect(seenByA).toMatchObject({
      role: "intermediary",
      status: "pending",
      reason: "I would like to talk about alliances.",
      myStep: { position: 1, isTarget: false, state: "waiting", decidedAt: null },
      can: { respond: true, withdraw: false },
    });
    expect(new Date(seenByA.myStep.dueAt).getTime() - t.now().getTime()).toBeGreaterThan(13.9 * DAY);
    expect(seenByA.version).toBeTypeOf("number");
    expect(seenByA.steps.map((s: { person: { id: string } }) => s.person.id)).toEqual([
      c.a.userId,
      c.b.userId,
    ]);
    // B and the target are not reached yet: they learn nothing.
    expect((await c.b.get(url(id))).statusCode).toBe(404);
    expect((await c.target.get(url(id))).statusCode).toBe(404);

    const afterA = await accept(c.a, id, "Rita is great to work with.");
    expect(afterA).toMatchObject({ status: "pending", myStep: { state: "accepted" }, version: null });

    // B sees A's note, themselves and the target next.
    const seenByB = (await c.b.get(url(id))).json();
    expect(seenByB.steps).toEqual([
      expect.objectContaining({
        person: expect.objectContaining({ id: c.a.userId }),
        state: "accepted",
        note: "Rita is great to work with.",
      }),
      expect.objectContaining({ isYou: true, state: "waiting" }),
      expect.objectContaining({
        person: expect.objectContaining({ id: c.target.userId }),
        state: "undisclosed",
        note: null,
      }),
    ]);
    // The requester still sees only "pending", and no version that would count the answers.
    const seenByR = (await c.r.get(url(id))).json();
    expect(seenByR.status).toBe("pending");
    expect(seenByR.version).toBeNull();
    expect(
      seenByR.steps.every(
        (s: { state: string; note: unknown }) => s.state === "undisclosed" && s.note === null,
      ),
    ).toBe(true);

    await accept(c.b, id, "Tom should meet Rita.");
    const toTarget = (await notificationsOf(t, c.target.userId)).filter(
      (n) => n.kind === "introduction_waiting",
    );
    expect(toTarget[0]?.data).toEqual({ requesterName: "Rita Requester" });
    const seenByTarget = (await c.target.get(url(id))).json();
    expect(seenByTarget).toMatchObject({
      role: "target",
      contact: null,
      myStep: { isTarget: true, state: "waiting" },
    });
    expect(seenByTarget.steps.map((s: { note: string | null }) => s.note)).toEqual([
      "Rita is great to work with.",
      "Tom should meet Rita.",
      "",
    ]);

    const made = await accept(c.target, id, "Happy to.");
    expect(made).toMatchObject({
      status: "accepted",
      contact: { email: c.r.email },
      can: { setOutcome: true, respond: false },
    });
    expect(made.closedAt).not.toBeNull();

    const final = (await c.r.get(url(id))).json();
    expect(final).toMatchObject({
      status: "accepted",
      contact: { email: c.target.email },
      can: { setOutcome: true, thank: true, withdraw: false },
    });
    expect(
      final.steps.map((s: { state: string; note: string; thanked: boolean | null }) => [
        s.state,
        s.note,
        s.thanked,
      ]),
    ).toEqual([
      ["accepted", "Rita is great to work with.", false],
      ["accepted", "Tom should meet Rita.", false],
      ["accepted", "Happy to.", null],
    ]);
    // Intermediaries never get the contact details.
    expect((await c.a.get(url(id))).json()).toMatchObject({
      status: "accepted",
      contact: null,
      outcome: null,
    });

    // Both sides are told; every link of the path counts one more interaction.
    expect(
      (await notificationsOf(t, c.r.userId)).filter((n) => n.kind === "introduction_accepted")[0]?.data,
    ).toEqual({
      targetName: "Tom Target",
    });
    expect(
      (await notificationsOf(t, c.target.userId)).filter((n) => n.kind === "introduction_accepted")[0]?.data,
    ).toEqual({
      targetName: "Rita Requester",
    });
    const after = await Promise.all([
      interactions(t, c.r.userId, c.a.userId),
      interactions(t, c.a.userId, c.b.userId),
      interactions(t, c.b.userId, c.target.userId),
    ]);
    expect(after).toEqual(before.map((n) => n + 1));
  });

  for (const [position, who] of [
    [1, "A"],
    [2, "B"],
    [3, "the target"],
  ] as const) {
    it(`closes as not completed when ${who} declines, telling the requester only that`, async () => {
      const people = [c.a, c.b, c.target];
      const id = await ask(c.r, c.target);
      for (const p of people.slice(0, position - 1)) await accept(p, id, "Go ahead");
      const decliner = people[position - 1] as (typeof people)[number];
      const res = await answer(decliner, id, "decline", "Not now, sorry");
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        status: "not_completed",
        myStep: { state: "declined", note: "Not now, sorry" },
      });

      const seenByR = (await c.r.get(url(id))).json();
      expect(seenByR).toMatchObject({ status: "not_completed", closedAt: null, can: { withdraw: false } });
      expect(JSON.stringify(seenByR)).not.toContain("Not now, sorry");
      const closed = (await notificationsOf(t, c.r.userId)).filter(
        (n) => n.kind === "introduction_closed" && n.link === `/introductions/${id}`,
      );
      expect(closed).toHaveLength(1);
      expect(closed[0]?.data).toEqual({ targetName: "Tom Target" });
      // Nobody after the decliner is reached.
      for (const p of people.slice(position)) expect((await p.get(url(id))).statusCode).toBe(404);
      // Nobody before them learns who it was.
      for (const p of people.slice(0, position - 1)) {
        const seen = (await p.get(url(id))).json();
        expect(seen.status).toBe("not_completed");
        expect(JSON.stringify(seen)).not.toContain("Not now, sorry");
        expect(seen.steps.some((s: { state: string }) => s.state === "declined")).toBe(false);
      }
    });
  }
});

describe("answering", () => {
  it("lets exactly one of two simultaneous answers win", async () => {
    const id = await ask(c.r, c.target);
    const version = (await c.a.get(url(id))).json().version;
    const results = await Promise.all([
      c.a.post(url(id, "/respond"), { decision: "accept", version }),
      c.a.post(url(id, "/respond"), { decision: "decline", version }),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409);
    expect(loser?.json().error.code).toBe("INTRODUCTION_INVALID_TRANSITION");
    await c.r.post(url(id, "/withdraw"));
  });

  it("refuses a stale version, anyone it is not waiting on, and non-participants", async () => {
    const id = await ask(c.r, c.target);
    const version = (await c.a.get(url(id))).json().version as number;
    const stale = await c.a.post(url(id, "/respond"), { decision: "accept", version: version + 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "INTRODUCTION_STALE" });
    expect(stale.json().error.details).toBeUndefined();

    // The requester reads it but is never asked: 409, whatever version they send.
    for (const v of [version, version + 1]) {
      const byR = await c.r.post(url(id, "/respond"), { decision: "accept", version: v });
      expect(byR.statusCode).toBe(409);
      expect(byR.json().error).toMatchObject({
        code: "INTRODUCTION_INVALID_TRANSITION",
        details: { status: "pending" },
      });
    }
    // People not reached and strangers: 404, as for an unknown id.
    for (const p of [c.b, c.target, c.s]) {
      const res = await p.post(url(id, "/respond"), { decision: "accept", version });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe("INTRODUCTION_NOT_FOUND");
    }
    const unknown = await c.a.post(url("00000000-0000-4000-8000-000000000000", "/respond"), {
      decision: "accept",
      version,
    });
    expect(unknown.statusCode).toBe(404);

    await accept(c.a, id);
    // A answered: no longer waiting on A, whatever version A sends.
    for (const v of [version, version + 1, version + 2]) {
      const again = await c.a.post(url(id, "/respond"), { decision: "decline", version: v });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe("INTRODUCTION_INVALID_TRANSITION");
    }
    await c.r.post(url(id, "/withdraw"));
  });

  it("validates the answer", async () => {
    const id = await ask(c.r, c.target);
    for (const body of [
      {},
      { decision: "maybe", version: 1 },
      { decision: "accept" },
      { decision: "accept", version: 0 },
      { decision: "accept", version: 1, note: "x".repeat(1001) },
    ]) {
      const res = await c.a.post(url(id, "/respond"), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    }
    expect(
      (await c.a.post("/api/v1/introductions/not-a-uuid/respond", { decision: "accept", version: 1 }))
        .statusCode,
    ).toBe(400);
    expect(
      (await t.anonymous().post(url(id, "/respond"), { decision: "accept", version: 1 })).statusCode,
    ).toBe(401);
    await c.r.post(url(id, "/withdraw"));
  });
});
