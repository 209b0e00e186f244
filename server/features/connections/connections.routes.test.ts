import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestClient } from "../../test/app.ts";
import { addMember, connect, createOrg } from "../../test/factories.ts";
import { insertTour } from "../checkins/checkins.test-helpers.ts";
import { organizations } from "../organizations/organizations.tables.ts";
import { connections } from "./connections.tables.ts";
import { befriend } from "./connections.test-helpers.ts";

type Person = TestClient & { userId: string; email: string };
let t: TestApp;
let pat: Person;
let quinn: Person;
let rae: Person;
let sol: Person;
let uma: Person;
let orgId: string;
let otherOrgId: string;
let slug: string;

const MINE = "/api/v1/connections";
const listOf = (p: Person) => `/api/v1/people/${p.userId}/connections`;

async function orgIdOf(s: string) {
  const [row] = await t.database.db.select().from(organizations).where(eq(organizations.slug, s));
  if (!row) throw new Error("no org");
  return row.id;
}

async function setVisibility(who: Person, listVisibility: string) {
  const res = await who.put(`${MINE}/settings`, { listVisibility });
  expect(res.statusCode).toBe(200);
}

/** Degree of each listed person, as the viewer sees `owner`'s list. */
async function degreesIn(viewer: Person, owner: Person): Promise<Record<string, number | null>> {
  const res = await viewer.get(listOf(owner));
  expect(res.statusCode).toBe(200);
  return Object.fromEntries(
    res.json().items.map((i: { person: { id: string }; degree: number | null }) => [i.person.id, i.degree]),
  );
}

beforeAll(async () => {
  t = await buildTestApp();
  [pat, quinn, rae, sol, uma] = await Promise.all([
    t.signUp("Pat Owner"),
    t.signUp("Quinn Close"),
    t.signUp("Rae Other"),
    t.signUp("Sol Far"),
    t.signUp("Uma Stranger"),
  ]);
  slug = await createOrg(pat, "Pat Co");
  await addMember(t, pat, slug, quinn);
  orgId = await orgIdOf(slug);
  otherOrgId = await orgIdOf(await createOrg(sol, "Sol Inc"));
  await befriend(pat, quinn, { contextOrgId: orgId, since: "2019-03-01" });
  await befriend(rae, pat);
  await befriend(quinn, sol);
});
afterAll(() => t.close());

describe("my connections", () => {
  it("lists them with the context, the other person and my own trust level only", async () => {
    expect((await pat.patch(`${MINE}/${quinn.userId}`, { trust: "would_vouch_for" })).statusCode).toBe(200);
    expect((await quinn.patch(`${MINE}/${pat.userId}`, { trust: "know_of" })).json().trust).toBe("know_of");

    const patView = (await pat.get(MINE)).json();
    const quinnItem = patView.items.find((i: { person: { id: string } }) => i.person.id === quinn.userId);
    expect(quinnItem).toMatchObject({
      person: { id: quinn.userId, displayName: "Quinn Close", headline: "" },
      contextOrg: { id: orgId, slug, name: "Pat Co" },
      contextTour: null,
      since: "2019-03-01",
      trust: "would_vouch_for",
      createdAt: expect.any(String),
    });
    const quinnView = (await quinn.get(MINE)).json();
    expect(quinnView.items.find((i: { person: { id: string } }) => i.person.id === pat.userId).trust).toBe(
      "know_of",
    );
    // Each level never reaches the other side, in any of their answers.
    const patBodies = [await pat.get(MINE), await pat.get(listOf(quinn)), await pat.get(listOf(pat))];
    const quinnBodies = [await quinn.get(MINE), await quinn.get(listOf(pat)), await quinn.get(listOf(quinn))];
    for (const r of patBodies) expect(r.body).not.toContain("know_of");
    for (const r of quinnBodies) expect(r.body).not.toContain("would_vouch_for");

    // Stored in each person's own column of the ordered pair.
    const [a, b] = pat.userId < quinn.userId ? [pat, quinn] : [quinn, pat];
    const [row] = await t.database.db
      .select()
      .from(connections)
      .where(and(eq(connections.userA, a.userId), eq(connections.userB, b.userId)));
    expect(row).toMatchObject({
      trustA: a === pat ? "would_vouch_for" : "know_of",
      trustB: b === pat ? "would_vouch_for" : "know_of",
    });
  });

  it("clears my trust with null and leaves the other side's alone", async () => {
    const res = await pat.patch(`${MINE}/${quinn.userId}`, { trust: null });
    expect(res.json().trust).toBeNull();
    const quinnItem = (await quinn.get(MINE))
      .json()
      .items.find((i: { person: { id: string } }) => i.person.id === pat.userId);
    expect(quinnItem.trust).toBe("know_of");
  });

  it("lets either side change the context, within what the editor is part of", async () => {
    const tourId = await insertTour(t, { slug, personId: quinn.userId, sponsorId: pat.userId });
    const byQuinn = await quinn.patch(`${MINE}/${pat.userId}`, {
      contextTourId: tourId,
      since: "2018-01-15",
    });
    expect(byQuinn.statusCode).toBe(200);
    expect(byQuinn.json()).toMatchObject({
      contextOrg: { id: orgId },
      contextTour: { id: tourId, title: "Launch the partner programme" },
      since: "2018-01-15",
    });
    const seenByPat = (await pat.get(MINE))
      .json()
      .items.find((i: { person: { id: string } }) => i.person.id === quinn.userId);
    expect(seenByPat.contextTour).toMatchObject({ id: tourId });

    const notMine = await pat.patch(`${MINE}/${quinn.userId}`, { contextOrgId: otherOrgId });
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json().error.details.fieldErrors).toEqual({
      contextOrgId: ["is not an organization you are or were part of"],
    });
    const cleared = await pat.patch(`${MINE}/${quinn.userId}`, { contextOrgId: null, since: null });
    expect(cleared.json()).toMatchObject({ contextOrg: null, contextTour: null, since: null });
  });

  it("refuses changes to a connection that does not exist, and bad bodies", async () => {
    for (const [who, other] of [
      [uma, pat],
      [pat, uma],
      [pat, { userId: "nobody" }],
    ] as const) {
      const res = await who.patch(`${MINE}/${other.userId}`, { trust: "worked_with" });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe("CONNECTION_NOT_FOUND");
    }
    for (const body of [{}, { trust: "best_friend" }, { since: "yesterday" }, { other: 1 }]) {
      const res = await pat.patch(`${MINE}/${quinn.userId}`, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    }
    expect((await t.anonymous().patch(`${MINE}/${quinn.userId}`, { trust: null })).statusCode).toBe(401);
    expect((await t.anonymous().get(MINE)).statusCode).toBe(401);
  });

  it("pages newest first or by name, and finds by name", async () => {
    const extra = await Promise.all(["Zed", "Amy", "Bob"].map((n) => t.signUp(`${n} Paged`)));
    for (const e of extra) {
      await connect(t, pat.userId, e.userId);
    }
    const all = (await pat.get(`${MINE}?limit=100`))
      .json()
      .items.map((i: { person: { id: string } }) => i.person.id);
    expect(all).toHaveLength(5);
    expect(all.slice(0, 3)).toEqual([extra[2]?.userId, extra[1]?.userId, extra[0]?.userId]);

    for (const sort of ["recent", "name"]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await pat.get(`${MINE}?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
        expect(res.statusCode).toBe(200);
        seen.push(...res.json().items.map((i: { person: { id: string } }) => i.person.id));
        cursor = res.json().nextCursor;
      } while (cursor);
      if (sort === "recent") expect(seen).toEqual(all);
      else {
        const names = (await pat.get(`${MINE}?sort=name&limit=100`))
          .json()
          .items.map((i: { person: { displayName: string } }) => i.person.displayName);
        expect(names).toEqual(["Amy Paged", "Bob Paged", "Quinn Close", "Rae Other", "Zed Paged"]);
        expect(seen).toHaveLength(5);
      }
    }
    const found = (await pat.get(`${MINE}?q=paged&sort=name`))
      .json()
      .items.map((i: { person: { displayName: string } }) => i.person.displayName);
    expect(found).toEqual(["Amy Paged", "Bob Paged", "Zed Paged"]);
    expect((await pat.get(`${MINE}?q=${encodeURIComponent("%")}`)).json().items).toEqual([]);
    expect((await pat.get(`${MINE}?sort=oldest`)).statusCode).toBe(400);
    expect((await pat.get(`${MINE}?cursor=nope`)).statusCode).toBe(400);
    for (const e of extra) expect((await e.delete(`${MINE}/${pat.userId}`)).statusCode).toBe(204);
  });

  it("lets either side end a connection", async () => {
    const [v, w] = await Promise.all([t.signUp("Vera Ending"), t.signUp("Walt Ending")]);
    await befriend(v, w);
    expect((await uma.delete(`${MINE}/${v.userId}`)).statusCode).toBe(404);
    expect((await w.delete(`${MINE}/${v.userId}`)).statusCode).toBe(204);
    const again = await v.delete(`${MINE}/${w.userId}`);
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe("CONNECTION_NOT_FOUND");
    expect((await v.get(MINE)).json().items).toEqual([]);
  });
});

describe("someone's connection list", () => {
  it("follows the owner's setting: their connections by default, anyone for public, nobody for only_me", async () => {
    expect((await pat.get(`${MINE}/settings`)).json()).toEqual({ listVisibility: "connections" });
    const ids = async (viewer: Person) =>
      (await viewer.get(listOf(pat)))
        .json()
        .items.map((i: { person: { id: string } }) => i.person.id)
        .sort();
    const expected = [quinn.userId, rae.userId].sort();
    expect(await ids(pat)).toEqual(expected);
    expect(await ids(quinn)).toEqual(expected);
    const hidden = await uma.get(listOf(pat));
    expect(hidden.statusCode).toBe(403);
    expect(hidden.json().error.code).toBe("CONNECTION_LIST_HIDDEN");

    await setVisibility(pat, "public");
    expect(await ids(uma)).toEqual(expected);
    await setVisibility(pat, "only_me");
    expect((await quinn.get(listOf(pat))).statusCode).toBe(403);
    expect((await uma.get(listOf(pat))).statusCode).toBe(403);
    expect(await ids(pat)).toEqual(expected);
    await setVisibility(pat, "connections");

    expect((await uma.get("/api/v1/people/nobody/connections")).statusCode).toBe(404);
    expect((await t.anonymous().get(listOf(pat))).statusCode).toBe(401);
    const body = (await pat.get(listOf(pat))).body;
    expect(body).not.toContain("trust");
    expect(body).not.toContain("context");
  });

  it("hides the list across a block either way, and hides blocked people from lists", async () => {
    await setVisibility(pat, "public");
    await setVisibility(uma, "public");
    expect((await uma.put(`/api/v1/blocks/${pat.userId}`)).statusCode).toBe(204);
    for (const [viewer, owner] of [
      [uma, pat],
      [pat, uma],
    ] as const) {
      const res = await viewer.get(listOf(owner));
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe("CONNECTION_LIST_HIDDEN");
    }
    expect((await uma.delete(`/api/v1/blocks/${pat.userId}`)).statusCode).toBe(204);

    expect((await rae.put(`/api/v1/blocks/${uma.userId}`)).statusCode).toBe(204);
    expect(Object.keys(await degreesIn(uma, pat))).toEqual([quinn.userId]);
    expect(Object.keys(await degreesIn(quinn, pat)).sort()).toEqual([quinn.userId, rae.userId].sort());
    expect((await rae.delete(`/api/v1/blocks/${uma.userId}`)).statusCode).toBe(204);
    await setVisibility(uma, "connections");
  });

  it("pages by name", async () => {
    const first = (await pat.get(`${listOf(pat)}?limit=1`)).json();
    expect(first.items).toHaveLength(1);
    const second = (await pat.get(`${listOf(pat)}?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.nextCursor).toBeNull();
    expect(
      [...first.items, ...second.items].map((i: { person: { displayName: string } }) => i.person.displayName),
    ).toEqual(["Quinn Close", "Rae Other"]);
  });
});

describe("the graph follows every change at once", () => {
  it("shows degrees after an accept, a removal and a block, on the very next request", async () => {
    await setVisibility(pat, "public");
    await setVisibility(quinn, "public");
    expect(await degreesIn(uma, pat)).toEqual({ [quinn.userId]: null, [rae.userId]: null });

    await befriend(uma, pat);
    expect(await degreesIn(uma, pat)).toEqual({ [quinn.userId]: 2, [rae.userId]: 2, [uma.userId]: 0 });
    expect(await degreesIn(uma, quinn)).toEqual({ [pat.userId]: 1, [sol.userId]: 3 });

    expect((await pat.delete(`${MINE}/${uma.userId}`)).statusCode).toBe(204);
    expect(await degreesIn(uma, pat)).toEqual({ [quinn.userId]: null, [rae.userId]: null });

    await befriend(pat, uma);
    expect((await degreesIn(uma, quinn))[sol.userId]).toBe(3);
    // Blocking ends the connection: the path through pat is gone.
    expect((await pat.put(`/api/v1/blocks/${quinn.userId}`)).statusCode).toBe(204);
    expect(await degreesIn(uma, quinn)).toEqual({ [sol.userId]: null });
    expect(await degreesIn(uma, pat)).toEqual({ [rae.userId]: 2, [uma.userId]: 0 });
    expect((await pat.delete(`/api/v1/blocks/${quinn.userId}`)).statusCode).toBe(204);

    // A list made private stops paths through its owner too.
    await befriend(quinn, pat);
    expect((await degreesIn(uma, quinn))[sol.userId]).toBe(3);
    await setVisibility(pat, "only_me");
    expect((await degreesIn(uma, quinn))[sol.userId]).toBeNull();
    await setVisibility(pat, "connections");
    expect((await degreesIn(uma, quinn))[sol.userId]).toBe(3);
  });
});

describe("settings", () => {
  it("reads and changes who may see my list, refusing unknown values", async () => {
    expect((await sol.get(`${MINE}/settings`)).json()).toEqual({ listVisibility: "connections" });
    expect((await sol.put(`${MINE}/settings`, { listVisibility: "public" })).json()).toEqual({
      listVisibility: "public",
    });
    expect((await sol.get(`${MINE}/settings`)).json()).toEqual({ listVisibility: "public" });
    for (const body of [{}, { listVisibility: "friends" }, { listVisibility: "public", x: 1 }]) {
      expect((await sol.put(`${MINE}/settings`, body)).statusCode).toBe(400);
    }
    expect((await t.anonymous().get(`${MINE}/settings`)).statusCode).toBe(401);
  });
});

describe("access", () => {
  it("asks anonymous callers to sign in on every route", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    const anon = t.anonymous();
    for (const [method, url, body] of [
      ["POST", "/api/v1/connections/requests", { toUserId: pat.userId }],
      ["GET", "/api/v1/connections/requests", undefined],
      ["POST", "/api/v1/connections/requests/bulk", { toUserIds: [pat.userId] }],
      ["POST", `/api/v1/connections/requests/${id}/accept`, {}],
      ["POST", `/api/v1/connections/requests/${id}/decline`, {}],
      ["POST", `/api/v1/connections/requests/${id}/ignore`, {}],
      ["POST", `/api/v1/connections/requests/${id}/withdraw`, {}],
      ["GET", "/api/v1/connections", undefined],
      ["PATCH", `/api/v1/connections/${pat.userId}`, { trust: null }],
      ["DELETE", `/api/v1/connections/${pat.userId}`, undefined],
      ["GET", `/api/v1/people/${pat.userId}/connections`, undefined],
      ["GET", "/api/v1/connections/settings", undefined],
      ["PUT", "/api/v1/connections/settings", { listVisibility: "public" }],
      ["GET", "/api/v1/blocks", undefined],
      ["PUT", `/api/v1/blocks/${pat.userId}`, {}],
      ["DELETE", `/api/v1/blocks/${pat.userId}`, undefined],
      ["GET", "/api/v1/connections/suggestions", undefined],
      ["POST", `/api/v1/connections/suggestions/${pat.userId}/dismiss`, {}],
      ["POST", "/api/v1/connections/import", { csv: "First Name,Last Name,Email Address" }],
    ] as const) {
      const res = await anon.request(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.code).toBe("UNAUTHENTICATED");
    }
  });
});
