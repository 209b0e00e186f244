import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test/app.ts";
import { connect } from "../../test/factories.ts";
import {
  askToConnect,
  connectionsBetween,
  notificationsSeenBy,
  type Person,
  REQUESTS,
  requestsBetween,
} from "./connections.test-helpers.ts";

// Requests under races, and the bulk requests of the import flow.

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe("concurrency", () => {
  it("two people asking each other at once end up connected once, without an error", async () => {
    const pairs = await Promise.all(
      [1, 2, 3].map(
        async (i) => [await t.signUp(`Xena Same ${i}`), await t.signUp(`Yuri Time ${i}`)] as const,
      ),
    );
    await Promise.all(
      pairs.map(async ([x, y]) => {
        const results = await Promise.all([askToConnect(x, y), askToConnect(y, x)]);
        expect(results.map((r) => r.statusCode).sort()).toEqual([200, 201]);
        expect(results.map((r) => r.json().outcome).sort()).toEqual(["connected", "requested"]);
      }),
    );
    for (const [x, y] of pairs) {
      expect(await connectionsBetween(t, x.userId, y.userId)).toHaveLength(1);
      const requests = await requestsBetween(t, x.userId, y.userId);
      expect(requests.map((r) => r.status)).toEqual(["accepted"]);
    }
  });

  it("a double accept at once answers the connection twice and makes it once", async () => {
    const [x, y] = await Promise.all([t.signUp("Xavi Double"), t.signUp("Yara Click")]);
    const id = (await askToConnect(x, y)).json().request.id;
    const results = await Promise.all([
      y.post(`${REQUESTS}/${id}/accept`),
      y.post(`${REQUESTS}/${id}/accept`),
      y.post(`${REQUESTS}/${id}/accept`),
    ]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(results.map((r) => r.json().person.id)).toEqual([x.userId, x.userId, x.userId]);
    expect(await connectionsBetween(t, x.userId, y.userId)).toHaveLength(1);
    const accepted = (await notificationsSeenBy(x)).filter((n) => n.kind === "connection_accepted");
    expect(accepted).toHaveLength(1);
  });

  it("accept racing withdraw ends in exactly one of them", async () => {
    const [x, y] = await Promise.all([t.signUp("Xia Race"), t.signUp("Yves Race")]);
    const id = (await askToConnect(x, y)).json().request.id;
    const [accepted, withdrawn] = await Promise.all([
      y.post(`${REQUESTS}/${id}/accept`),
      x.post(`${REQUESTS}/${id}/withdraw`),
    ]);
    const statuses = [accepted.statusCode, withdrawn.statusCode].sort();
    expect([
      [200, 409],
      [204, 409],
    ]).toContainEqual(statuses);
    const connected = (await connectionsBetween(t, x.userId, y.userId)).length;
    expect(connected).toBe(accepted.statusCode === 200 ? 1 : 0);
  });
});

describe("bulk requests", () => {
  it("asks each person on its own and reports what happened, blocks looking like unknown people", async () => {
    const [g, h, i, j, k, l] = await Promise.all(
      ["Gus", "Hal", "Ida", "Jo", "Kim", "Lou"].map((n) => t.signUp(`${n} Bulk`)),
    );
    const gi = g as Person;
    await connect(t, gi.userId, (h as Person).userId);
    expect((await askToConnect(gi, i as Person)).statusCode).toBe(201);
    expect((await askToConnect(j as Person, gi)).statusCode).toBe(201);
    expect((await (k as Person).put(`/api/v1/blocks/${gi.userId}`)).statusCode).toBe(204);

    const res = await gi.post(`${REQUESTS}/bulk`, {
      toUserIds: [h, i, j, k, l].map((p) => (p as Person).userId).concat(["nobody-here", gi.userId]),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().results).toEqual([
      { userId: (h as Person).userId, outcome: "skipped", reason: "already_connected" },
      { userId: (i as Person).userId, outcome: "skipped", reason: "already_requested" },
      { userId: (j as Person).userId, outcome: "connected" },
      { userId: (k as Person).userId, outcome: "skipped", reason: "unavailable" },
      { userId: (l as Person).userId, outcome: "sent" },
      { userId: "nobody-here", outcome: "skipped", reason: "unavailable" },
      { userId: gi.userId, outcome: "skipped", reason: "self" },
    ]);
    const sent = (await (l as Person).get(`${REQUESTS}?box=incoming`)).json().items;
    expect(sent).toMatchObject([{ person: { id: gi.userId }, source: "import" }]);
  });

  it("validates the list", async () => {
    const many = Array.from({ length: 101 }, (_, i) => `user-${i}`);
    const v = await t.signUp("Val Idator");
    for (const body of [{ toUserIds: [] }, { toUserIds: many }, { toUserIds: ["a", "a"] }, {}]) {
      const res = await v.post(`${REQUESTS}/bulk`, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    }
  });
});
