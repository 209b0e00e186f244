import { and, eq, or } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestClient } from "../../test/app.ts";
import { connect } from "../../test/factories.ts";
import { connectionRequests, connections, userBlocks } from "./connections.tables.ts";

type Person = TestClient & { userId: string; email: string };
let t: TestApp;
let ivy: Person;
let jon: Person;
let kai: Person;
let lea: Person;

const BLOCKS = "/api/v1/blocks";
const REQUESTS = "/api/v1/connections/requests";

async function pairRows(a: string, b: string) {
  const [userA, userB] = a < b ? [a, b] : [b, a];
  const conn = await t.database.db
    .select()
    .from(connections)
    .where(and(eq(connections.userA, userA), eq(connections.userB, userB)));
  const requests = await t.database.db
    .select({ from: connectionRequests.fromUser, status: connectionRequests.status })
    .from(connectionRequests)
    .where(
      or(
        and(eq(connectionRequests.fromUser, a), eq(connectionRequests.toUser, b)),
        and(eq(connectionRequests.fromUser, b), eq(connectionRequests.toUser, a)),
      ),
    );
  return { connected: conn.length > 0, requests };
}

beforeAll(async () => {
  t = await buildTestApp();
  [ivy, jon, kai, lea] = await Promise.all([
    t.signUp("Ivy Blocker"),
    t.signUp("Jon Blocked"),
    t.signUp("Kai Asker"),
    t.signUp("Lea Listed"),
  ]);
});
afterAll(() => t.close());

describe("blocking", () => {
  it("ends the connection and every open request between the two, and tells nobody", async () => {
    await connect(t, ivy.userId, jon.userId);
    expect((await kai.post(REQUESTS, { toUserId: ivy.userId })).statusCode).toBe(201);
    expect((await ivy.post(REQUESTS, { toUserId: lea.userId })).statusCode).toBe(201);
    const notificationsBefore = (await jon.get("/api/v1/notifications")).json().items.length;

    expect((await ivy.put(`${BLOCKS}/${jon.userId}`)).statusCode).toBe(204);
    expect((await ivy.put(`${BLOCKS}/${kai.userId}`)).statusCode).toBe(204);
    expect((await ivy.put(`${BLOCKS}/${lea.userId}`)).statusCode).toBe(204);
    expect((await lea.put(`${BLOCKS}/${ivy.userId}`)).statusCode).toBe(204);

    expect(await pairRows(ivy.userId, jon.userId)).toEqual({ connected: false, requests: [] });
    expect(await pairRows(ivy.userId, kai.userId)).toEqual({
      connected: false,
      requests: [{ from: kai.userId, status: "declined" }],
    });
    expect(await pairRows(ivy.userId, lea.userId)).toEqual({
      connected: false,
      requests: [{ from: ivy.userId, status: "withdrawn" }],
    });
    expect((await jon.get("/api/v1/notifications")).json().items).toHaveLength(notificationsBefore);
    expect((await kai.get(`${REQUESTS}?box=outgoing`)).json().items).toEqual([]);
    expect((await lea.get(`${REQUESTS}?box=incoming`)).json().items).toEqual([]);
    expect((await ivy.get("/api/v1/connections")).json().items).toEqual([]);
  });

  it("is idempotent, refuses oneself and answers 404 for an unknown person", async () => {
    expect((await ivy.put(`${BLOCKS}/${jon.userId}`)).statusCode).toBe(204);
    const rows = await t.database.db.select().from(userBlocks).where(eq(userBlocks.blocker, ivy.userId));
    expect(rows).toHaveLength(3);
    const self = await ivy.put(`${BLOCKS}/${ivy.userId}`);
    expect(self.statusCode).toBe(400);
    expect(self.json().error.details.fieldErrors).toEqual({ userId: ["cannot be yourself"] });
    const unknown = await ivy.put(`${BLOCKS}/nobody`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("PERSON_NOT_FOUND");
    expect((await t.anonymous().put(`${BLOCKS}/${jon.userId}`)).statusCode).toBe(401);
    expect((await t.anonymous().get(BLOCKS)).statusCode).toBe(401);
  });

  it("lists the people I block, A to Z, page by page, and only mine", async () => {
    const first = (await ivy.get(`${BLOCKS}?limit=2`)).json();
    expect(first.items).toMatchObject([
      { person: { id: jon.userId, displayName: "Jon Blocked" } },
      { person: { id: kai.userId } },
    ]);
    expect(first.items[0].createdAt).toEqual(expect.any(String));
    const second = (await ivy.get(`${BLOCKS}?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items).toMatchObject([{ person: { id: lea.userId } }]);
    expect(second.nextCursor).toBeNull();
    expect((await jon.get(BLOCKS)).json().items).toEqual([]);
    expect((await lea.get(BLOCKS)).json().items).toMatchObject([{ person: { id: ivy.userId } }]);
    expect((await ivy.get(`${BLOCKS}?cursor=bad`)).statusCode).toBe(400);
  });

  it("keeps requests out both ways, with the answer an unknown person gets", async () => {
    const unknown = (await jon.post(REQUESTS, { toUserId: "nobody" })).json();
    for (const [from, to] of [
      [jon, ivy],
      [ivy, jon],
      [ivy, lea],
      [lea, ivy],
    ] as const) {
      const res = await from.post(REQUESTS, { toUserId: to.userId });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(unknown);
    }
  });
});

describe("unblocking", () => {
  it("lifts only my block, brings nothing back, and lets requests through again", async () => {
    expect((await ivy.delete(`${BLOCKS}/${jon.userId}`)).statusCode).toBe(204);
    expect((await ivy.delete(`${BLOCKS}/${jon.userId}`)).statusCode).toBe(204);
    expect((await ivy.delete(`${BLOCKS}/nobody`)).statusCode).toBe(404);
    expect((await ivy.delete(`${BLOCKS}/${ivy.userId}`)).statusCode).toBe(400);
    expect((await pairRows(ivy.userId, jon.userId)).connected).toBe(false);
    expect((await jon.post(REQUESTS, { toUserId: ivy.userId })).statusCode).toBe(201);

    // Lea's block on Ivy stays whatever Ivy does.
    expect((await ivy.delete(`${BLOCKS}/${lea.userId}`)).statusCode).toBe(204);
    expect((await ivy.post(REQUESTS, { toUserId: lea.userId })).statusCode).toBe(404);
  });
});
