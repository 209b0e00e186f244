import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test/app.ts";
import { addMember, createOrg, makeAlumnus } from "../../test/factories.ts";
import { insertTour } from "../checkins/checkins.test-helpers.ts";
import { organizations } from "../organizations/organizations.tables.ts";
import {
  askToConnect,
  connectionsBetween,
  notificationsSeenBy,
  type Person,
  REQUESTS,
  requestsBetween,
} from "./connections.test-helpers.ts";

let t: TestApp;
let ann: Person;
let ben: Person;
let cat: Person;
let dan: Person;
let eve: Person;
let fay: Person;
let orgId: string;
let otherOrgId: string;
let tourId: string;

const DAY = 24 * 60 * 60 * 1000;

async function orgIdOf(slug: string): Promise<string> {
  const [row] = await t.database.db.select().from(organizations).where(eq(organizations.slug, slug));
  if (!row) throw new Error(`no org ${slug}`);
  return row.id;
}

async function box(who: Person, which: "incoming" | "outgoing", query = "") {
  return (await who.get(`${REQUESTS}?box=${which}${query}`)).json();
}

beforeAll(async () => {
  t = await buildTestApp();
  [ann, ben, cat, dan, eve, fay] = await Promise.all([
    t.signUp("Ann Asker"),
    t.signUp("Ben Bidden"),
    t.signUp("Cat Carter"),
    t.signUp("Dan Decliner"),
    t.signUp("Eve Evader"),
    t.signUp("Fay Friend"),
  ]);
  const slug = await createOrg(ann, "Acme Rockets");
  await addMember(t, ann, slug, ben);
  await addMember(t, ann, slug, fay);
  await makeAlumnus(t, slug, fay.userId);
  orgId = await orgIdOf(slug);
  otherOrgId = await orgIdOf(await createOrg(cat, "Elsewhere Ltd"));
  tourId = await insertTour(t, { slug, personId: ben.userId, sponsorId: ann.userId });
});
afterAll(() => t.close());

describe("sending a request", () => {
  it("opens a request, notifies the recipient and shows it in both boxes", async () => {
    const res = await askToConnect(ann, ben, { message: "We built rockets together", since: "2020-05-01" });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      outcome: "requested",
      request: {
        direction: "outgoing",
        person: { id: ben.userId, displayName: "Ben Bidden" },
        message: "We built rockets together",
        since: "2020-05-01",
        source: "manual",
        contextOrg: null,
        contextTour: null,
      },
    });
    expect(await notificationsSeenBy(ben)).toContainEqual(
      expect.objectContaining({
        kind: "connection_requested",
        data: { actorName: "Ann Asker" },
        link: "/connections/requests",
      }),
    );
    const incoming = await box(ben, "incoming");
    expect(incoming.items).toHaveLength(1);
    expect(incoming.items[0]).toMatchObject({
      id: body.request.id,
      direction: "incoming",
      person: { id: ann.userId, displayName: "Ann Asker" },
    });
    expect((await box(ann, "outgoing")).items.map((r: { id: string }) => r.id)).toEqual([body.request.id]);
    expect((await box(ann, "incoming")).items).toEqual([]);
  });

  it("refuses a second request either way while one is open", async () => {
    const again = await askToConnect(ann, ben);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("CONNECTION_REQUEST_EXISTS");
  });

  it("accepts theirs when the other person had already asked (asking back connects)", async () => {
    const res = await askToConnect(ben, ann, { contextOrgId: orgId });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      outcome: "connected",
      connection: {
        person: { id: ann.userId },
        since: "2020-05-01",
        trust: null,
      },
    });
    // The first request gave no organization, so the one asking back fills it in.
    expect(res.json().connection.contextOrg).toMatchObject({ id: orgId, name: "Acme Rockets" });
    expect(await connectionsBetween(t, ann.userId, ben.userId)).toHaveLength(1);
    expect((await box(ben, "incoming")).items).toEqual([]);
    expect(await notificationsSeenBy(ann)).toContainEqual(
      expect.objectContaining({ kind: "connection_accepted", data: { actorName: "Ben Bidden" } }),
    );
  });

  it("refuses someone already connected", async () => {
    const res = await askToConnect(ann, ben);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("ALREADY_CONNECTED");
  });

  it("refuses oneself, and answers an unknown person and a block alike with 404", async () => {
    const self = await askToConnect(ann, ann);
    expect(self.statusCode).toBe(400);
    expect(self.json().error.details.fieldErrors).toEqual({ toUserId: ["cannot be yourself"] });

    const unknown = await ann.post(REQUESTS, { toUserId: "no-such-user" });
    expect(unknown.statusCode).toBe(404);
    expect((await eve.put(`/api/v1/blocks/${cat.userId}`)).statusCode).toBe(204);
    const blockedByThem = await askToConnect(cat, eve);
    const blockedByMe = await askToConnect(eve, cat);
    for (const res of [blockedByThem, blockedByMe]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(unknown.json());
    }
    expect(await requestsBetween(t, cat.userId, eve.userId)).toEqual([]);
    expect((await eve.delete(`/api/v1/blocks/${cat.userId}`)).statusCode).toBe(204);
  });

  it("validates the body at the edge", async () => {
    for (const body of [
      {},
      { toUserId: "" },
      { toUserId: ben.userId, since: "2020-13-01" },
      { toUserId: ben.userId, source: "spam" },
      { toUserId: ben.userId, contextOrgId: "not-a-uuid" },
      { toUserId: ben.userId, message: "x".repeat(501) },
      { toUserId: ben.userId, extra: true },
    ]) {
      const res = await ann.post(REQUESTS, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    }
    expect((await t.anonymous().post(REQUESTS, { toUserId: ben.userId })).statusCode).toBe(401);
  });
});

describe("the context of a request", () => {
  it("takes an organization the sender is or was part of, and refuses others beside the field", async () => {
    const ok = await askToConnect(fay, cat, { contextOrgId: orgId }); // fay is an alumna of Acme
    expect(ok.statusCode).toBe(201);
    expect(ok.json().request.contextOrg).toMatchObject({ id: orgId, name: "Acme Rockets" });
    expect((await box(cat, "incoming")).items[0].contextOrg).toMatchObject({ id: orgId });
    expect((await fay.post(`${REQUESTS}/${ok.json().request.id}/withdraw`)).statusCode).toBe(204);

    for (const contextOrgId of [otherOrgId, "00000000-0000-4000-8000-000000000000"]) {
      const res = await askToConnect(dan, cat, { contextOrgId });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fieldErrors).toEqual({
        contextOrgId: ["is not an organization you are or were part of"],
      });
    }
  });

  it("takes a tour the sender is part of, with its organization, and shows its title only to its parties", async () => {
    const notMine = await askToConnect(fay, dan, { contextTourId: tourId });
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json().error.details.fieldErrors).toEqual({
      contextTourId: ["is not a tour of duty you are part of"],
    });
    const wrongOrg = await askToConnect(ben, dan, { contextTourId: tourId, contextOrgId: otherOrgId });
    expect(wrongOrg.statusCode).toBe(400);
    expect(wrongOrg.json().error.details.fieldErrors).toEqual({
      contextOrgId: ["must be the organization of the tour of duty"],
    });

    const res = await askToConnect(ben, dan, { contextTourId: tourId });
    expect(res.statusCode).toBe(201);
    expect(res.json().request).toMatchObject({
      contextOrg: { id: orgId },
      contextTour: { id: tourId, title: "Launch the partner programme" },
    });
    const seenByDan = (await box(dan, "incoming")).items[0];
    expect(seenByDan).toMatchObject({ contextOrg: { id: orgId }, contextTour: null });
    expect(JSON.stringify(seenByDan)).not.toContain("partner programme");
    expect((await ben.post(`${REQUESTS}/${res.json().request.id}/withdraw`)).statusCode).toBe(204);
  });

  it("refuses a day in the future", async () => {
    const tomorrow = new Date(t.now().getTime() + DAY).toISOString().slice(0, 10);
    const res = await askToConnect(dan, cat, { since: tomorrow });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fieldErrors).toEqual({ since: ["cannot be in the future"] });
  });
});

describe("answering a request", () => {
  it("lets only the recipient accept, decline or ignore, and only the sender withdraw", async () => {
    const id = (await askToConnect(cat, dan)).json().request.id;
    for (const [who, action] of [
      [cat, "accept"],
      [cat, "decline"],
      [cat, "ignore"],
      [dan, "withdraw"],
      [eve, "accept"],
      [eve, "withdraw"],
      [ann, "decline"],
    ] as const) {
      const res = await who.post(`${REQUESTS}/${id}/${action}`);
      expect(res.statusCode, `${action}`).toBe(404);
      expect(res.json().error.code).toBe("CONNECTION_REQUEST_NOT_FOUND");
    }
    expect((await dan.post(`${REQUESTS}/not-a-uuid/accept`)).statusCode).toBe(400);
    expect((await dan.post(`${REQUESTS}/00000000-0000-4000-8000-000000000000/accept`)).statusCode).toBe(404);
    expect((await t.anonymous().post(`${REQUESTS}/${id}/accept`)).statusCode).toBe(401);
    expect((await cat.post(`${REQUESTS}/${id}/withdraw`)).statusCode).toBe(204);
    const closed = await dan.post(`${REQUESTS}/${id}/accept`);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe("CONNECTION_REQUEST_CLOSED");
  });

  it("keeps ignoring quiet: gone from the recipient's box, still open in the sender's", async () => {
    const id = (await askToConnect(eve, dan)).json().request.id;
    expect((await dan.post(`${REQUESTS}/${id}/ignore`)).statusCode).toBe(204);
    expect((await dan.post(`${REQUESTS}/${id}/ignore`)).statusCode).toBe(204);
    expect((await box(dan, "incoming")).items.map((r: { id: string }) => r.id)).not.toContain(id);
    const outgoing = (await box(eve, "outgoing")).items;
    expect(outgoing.map((r: { id: string }) => r.id)).toContain(id);
    expect(JSON.stringify(outgoing)).not.toContain("ignored");
    const again = await askToConnect(eve, dan);
    expect(again.json().error.code).toBe("CONNECTION_REQUEST_EXISTS");
    // The recipient may still change their mind.
    const accepted = await dan.post(`${REQUESTS}/${id}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().person.id).toBe(eve.userId);
    expect((await box(eve, "outgoing")).items.map((r: { id: string }) => r.id)).not.toContain(id);
  });

  it("declines; the sender may not ask again for 30 days", async () => {
    const id = (await askToConnect(cat, dan)).json().request.id;
    expect((await dan.post(`${REQUESTS}/${id}/decline`)).statusCode).toBe(204);
    expect((await dan.post(`${REQUESTS}/${id}/decline`)).statusCode).toBe(409);
    expect((await dan.post(`${REQUESTS}/${id}/ignore`)).statusCode).toBe(409);
    expect((await cat.post(`${REQUESTS}/${id}/withdraw`)).statusCode).toBe(409);
    expect((await box(cat, "outgoing")).items.map((r: { id: string }) => r.id)).not.toContain(id);
    const soon = await askToConnect(cat, dan);
    expect(soon.statusCode).toBe(409);
    expect(soon.json().error).toMatchObject({
      code: "CONNECTION_REQUEST_DECLINED",
      details: { retryAfter: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    });
    // The person who declined may still ask.
    const back = await askToConnect(dan, cat);
    expect(back.statusCode).toBe(201);
    expect((await dan.post(`${REQUESTS}/${back.json().request.id}/withdraw`)).statusCode).toBe(204);
    t.advanceClock(31 * DAY);
    try {
      const later = await askToConnect(cat, dan);
      expect(later.statusCode).toBe(201);
      expect((await cat.post(`${REQUESTS}/${later.json().request.id}/withdraw`)).statusCode).toBe(204);
    } finally {
      t.advanceClock(-31 * DAY);
    }
  });

  it("pages through a box newest first", async () => {
    const senders = await Promise.all([1, 2, 3, 4, 5].map((i) => t.signUp(`Pager ${i}`)));
    for (const s of senders) {
      expect((await askToConnect(s, fay)).statusCode).toBe(201);
      t.advanceClock(1000);
    }
    const first = await box(fay, "incoming", "&limit=2");
    expect(first.items.map((r: { person: { id: string } }) => r.person.id)).toEqual([
      senders[4]?.userId,
      senders[3]?.userId,
    ]);
    const second = await box(fay, "incoming", `&limit=2&cursor=${first.nextCursor}`);
    const third = await box(fay, "incoming", `&limit=2&cursor=${second.nextCursor}`);
    expect([...second.items, ...third.items].map((r: { person: { id: string } }) => r.person.id)).toEqual(
      [2, 1, 0].map((i) => senders[i]?.userId),
    );
    expect(third.nextCursor).toBeNull();
    expect((await fay.get(`${REQUESTS}?cursor=nonsense`)).statusCode).toBe(400);
    expect((await fay.get(`${REQUESTS}?box=sideways`)).statusCode).toBe(400);
  });
});
