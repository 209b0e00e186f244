import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PayForwardRecord } from "../../../shared/pay-forward/schemas.ts";
import type { TestApp } from "../../test/app.ts";
import {
  accept,
  answer,
  appWithCast,
  ask,
  type Cast,
  DAY,
  madeIntroduction,
  type Person,
} from "../introductions/introductions.test-helpers.ts";

let t: TestApp;
let c: Cast;

beforeAll(async () => {
  ({ t, c } = await appWithCast());
});
afterAll(() => t.close());
beforeEach(() => t.advanceClock(DAY + 1000));

const thanksUrl = (id: string) => `/api/v1/introductions/${id}/thanks`;
const record = async (who: Person): Promise<PayForwardRecord> => {
  const res = await who.get("/api/v1/pay-forward/me");
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const made = () => madeIntroduction(c);

describe("thanks and the pay-forward record", () => {
  it("starts empty", async () => {
    expect(await record(c.a)).toEqual({
      given: { introductionsMade: 0, items: [] },
      received: { thanksCount: 0, items: [] },
    });
    expect((await t.anonymous().get("/api/v1/pay-forward/me")).statusCode).toBe(401);
  });

  it("lets the requester thank each intermediary once, and shows it on both records", async () => {
    const id = await made();
    const res = await c.r.post(thanksUrl(id), { personId: c.a.userId, message: "  Thank you, Abe!  " });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      from: { id: c.r.userId, displayName: "Rita Requester" },
      to: { id: c.a.userId, displayName: "Abe Intermediary" },
      subject: { kind: "introduction", id, link: `/introductions/${id}` },
      message: "Thank you, Abe!",
    });

    const again = await c.r.post(thanksUrl(id), { personId: c.a.userId, message: "Once more" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: "ALREADY_THANKED",
      details: { thanksId: res.json().id },
    });

    const view = (await c.r.get(`/api/v1/introductions/${id}`)).json();
    expect(view.steps.map((s: { thanked: boolean | null }) => s.thanked)).toEqual([true, false, null]);

    const forA = await record(c.a);
    expect(forA.given.introductionsMade).toBe(1);
    expect(forA.given.items).toEqual([
      expect.objectContaining({
        kind: "introduction",
        id,
        link: `/introductions/${id}`,
        requester: { id: c.r.userId, displayName: "Rita Requester" },
        target: { id: c.target.userId, displayName: "Tom Target" },
        thanked: true,
      }),
    ]);
    expect(forA.received.thanksCount).toBe(1);
    expect(forA.received.items[0]).toMatchObject({ message: "Thank you, Abe!", from: { id: c.r.userId } });

    // B made it too but was not thanked; the target and the requester made nothing.
    const forB = await record(c.b);
    expect(forB.given).toMatchObject({
      introductionsMade: 1,
      items: [expect.objectContaining({ thanked: false })],
    });
    expect(forB.received.thanksCount).toBe(0);
    expect((await record(c.target)).given.introductionsMade).toBe(0);
    expect((await record(c.r)).given.introductionsMade).toBe(0);
    // The thanks does not show on anyone else's record.
    expect((await record(c.s)).received.items).toEqual([]);

    // A thank-you without a message is fine.
    expect((await c.r.post(thanksUrl(id), { personId: c.b.userId })).statusCode).toBe(201);
    expect((await record(c.b)).received.items[0]?.message).toBe("");
  });

  it("counts only introductions that went through", async () => {
    const before = (await record(c.a)).given.introductionsMade;
    const declined = await ask(c.r, c.target);
    await accept(c.a, declined);
    await answer(c.b, declined, "decline");
    expect((await record(c.a)).given.introductionsMade).toBe(before);
    t.advanceClock(DAY + 1000);
    await made();
    expect((await record(c.a)).given.introductionsMade).toBe(before + 1);
  });

  it("is for the requester of a made introduction, to one of its intermediaries", async () => {
    const pending = await ask(c.r, c.target);
    const early = await c.r.post(thanksUrl(pending), { personId: c.a.userId });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe("INTRODUCTION_INVALID_TRANSITION");
    expect((await c.b.post(thanksUrl(pending), { personId: c.a.userId })).statusCode).toBe(404);
    await c.r.post(`/api/v1/introductions/${pending}/withdraw`);
    t.advanceClock(DAY + 1000);

    const id = await made();
    for (const personId of [c.target.userId, c.r.userId, c.s.userId, "nobody"]) {
      const res = await c.r.post(thanksUrl(id), { personId });
      expect(res.statusCode, personId).toBe(400);
      expect(res.json().error.details.fieldErrors).toHaveProperty("personId");
    }
    expect((await c.target.post(thanksUrl(id), { personId: c.a.userId })).statusCode).toBe(403);
    expect((await c.a.post(thanksUrl(id), { personId: c.b.userId })).statusCode).toBe(403);
    expect((await c.s.post(thanksUrl(id), { personId: c.a.userId })).statusCode).toBe(404);
    expect(
      (await c.r.post(thanksUrl(id), { personId: c.a.userId, message: "x".repeat(501) })).statusCode,
    ).toBe(400);
    expect((await c.r.post(thanksUrl(id), {})).statusCode).toBe(400);
  });
});
