import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestClient } from "../../test/app.ts";
import { addMember, connect, createOrg, makeAlumnus } from "../../test/factories.ts";
import { affiliations } from "../affiliations/affiliations.tables.ts";
import { organizations } from "../organizations/organizations.tables.ts";

// The network routes for every kind of caller. The network:
//
//   V ── F ── T        F shows their connections to connections; T works at Acme now, skill "rust"
//        └── H ── X    H hides their list; X was at Acme 2019–2021, skill "rust"
//   V ── Q ── S        Q hides their list; S has skill "rust"
//   F ── B             B blocks V
//
// Hidden lists and blocks must never show, not as a path, a degree, an introducer or a count.

let t: TestApp;
type Person = TestClient & { userId: string; email: string };
const p: Record<string, Person> = {};
let acmeId: string;
let otherOrgMember: Person;
let acmeAlumnus: Person;

beforeAll(async () => {
  t = await buildTestApp();
  for (const name of ["V", "F", "T", "H", "X", "Q", "S", "B"]) p[name] = await t.signUp(`Person ${name}`);
  const id = (n: string) => (p[n] as Person).userId;
  const setList = (n: string, v: string) =>
    t.database.db.execute(
      sql`update profiles set connection_list_visibility = ${v} where user_id = ${id(n)}`,
    );
  await setList("H", "only_me");
  await setList("Q", "only_me");
  for (const [a, b] of [
    ["V", "F"],
    ["F", "T"],
    ["F", "H"],
    ["H", "X"],
    ["V", "Q"],
    ["Q", "S"],
    ["F", "B"],
  ]) {
    await connect(t, id(a as string), id(b as string));
  }
  await t.database.db.execute(
    sql`insert into user_blocks (blocker, blocked) values (${id("B")}, ${id("V")})`,
  );
  await t.database.db.execute(
    sql`update profiles set skills = '{Rust}', visibility = visibility || '{"skills":"public"}' where user_id = any(${sql.param([id("T"), id("X"), id("S")])}::text[])`,
  );

  const owner = await t.signUp("Olga Owner");
  const slug = await createOrg(owner, "Acme");
  const [org] = await t.database.db.select().from(organizations).where(eq(organizations.slug, slug));
  acmeId = (org as { id: string }).id;
  await t.database.db.insert(affiliations).values([
    { orgId: acmeId, userId: id("T"), stage: "employee", startedOn: "2022-03-01" },
    { orgId: acmeId, userId: id("X"), stage: "employee", startedOn: "2019-01-01", endedOn: "2021-06-30" },
  ]);
  acmeAlumnus = await t.signUp("Al Alumnus");
  await addMember(t, owner, slug, acmeAlumnus);
  await makeAlumnus(t, slug, acmeAlumnus.userId);
  otherOrgMember = await t.signUp("Oscar Other");
  await createOrg(otherOrgMember, "Other Co");
  await t.syncGraph();
});
afterAll(() => t.close());

const id = (n: string) => (p[n] as Person).userId;
const name = (n: string) => `Person ${n}`;

async function degreesOf(viewer: TestClient, names: string[]) {
  const res = await viewer.get(`/api/v1/network/degrees?ids=${names.map(id).join(",")}`);
  expect(res.statusCode).toBe(200);
  const body = res.json().degrees as Record<string, number | null>;
  return Object.fromEntries(names.map((n) => [n, body[id(n)]]));
}

describe("network routes refuse the signed-out", () => {
  it.each([
    ["/api/v1/network/degrees?ids=x"],
    ["/api/v1/network/introducers?skill=rust"],
    ["/api/v1/network/organizations?q=a"],
    ["/api/v1/people/x/how-connected"],
  ])("GET %s → 401", async (url) => {
    const res = await t.anonymous().get(url);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("UNAUTHENTICATED");
  });
});

describe("degree badges", () => {
  it("for the viewer: self, 1st, 2nd, and nothing through a hidden list or a block", async () => {
    expect(await degreesOf(p.V as Person, ["V", "F", "Q", "T", "H", "X", "S", "B"])).toEqual({
      V: 0,
      F: 1,
      Q: 1,
      T: 2,
      H: 2,
      X: null, // only through H, who hides their list
      S: null, // only through Q, who hides their list
      B: null, // B blocked V
    });
  });

  // Every other kind of caller: the graph is between people, so organization roles grant nothing.
  it.each([
    ["a stranger with no connections", () => otherOrgMember],
    ["an alumnus of Acme", () => acmeAlumnus],
  ])("%s sees no degrees", async (_label, who) => {
    const d = await degreesOf(who(), ["V", "F", "T", "X"]);
    expect(Object.values(d)).toEqual([null, null, null, null]);
  });

  it("the blocker sees the viewer as nobody too", async () => {
    expect((await degreesOf(p.B as Person, ["V", "F"])).V).toBeNull();
  });

  it("unknown ids answer null; more than 200 ids is a clear 400", async () => {
    const res = await (p.V as Person).get("/api/v1/network/degrees?ids=nobody");
    expect(res.json().degrees).toEqual({ nobody: null });
    const many = Array.from({ length: 201 }, (_, i) => `u${i}`).join(",");
    const tooMany = await (p.V as Person).get(`/api/v1/network/degrees?ids=${many}`);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.code).toBe("VALIDATION_FAILED");
  });
});

describe("how you're connected", () => {
  it("shows the path through a visible connection, with names", async () => {
    const res = await (p.V as Person).get(`/api/v1/people/${id("T")}/how-connected`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.degree).toBe(2);
    expect(body.paths).toEqual([
      {
        hops: 2,
        fewestHops: true,
        warmest: true,
        people: ["V", "F", "T"].map((n) => ({ id: id(n), displayName: name(n) })),
      },
    ]);
  });

  it.each([["X"], ["S"]])("reveals nothing about %s, reachable only through a hidden list", async (n) => {
    const res = await (p.V as Person).get(`/api/v1/people/${id(n)}/how-connected`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ degree: null, paths: [] });
  });

  it("a person who blocked you is as unknown as a wrong id", async () => {
    const blocked = await (p.V as Person).get(`/api/v1/people/${id("B")}/how-connected`);
    const unknown = await (p.V as Person).get("/api/v1/people/nobody/how-connected");
    expect(blocked.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(blocked.json().error).toEqual(unknown.json().error);
  });
});

describe("introducers", () => {
  it("to an organization: people within two steps who are or were there, never through a hidden list", async () => {
    const res = await (p.V as Person).get(`/api/v1/network/introducers?orgId=${acmeId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().introducers).toEqual([
      {
        person: { id: id("T"), displayName: name("T") },
        via: { id: id("F"), displayName: name("F") },
        hops: 2,
        current: true,
        lastYear: null,
        path: [id("V"), id("F"), id("T")],
      },
    ]);
  });

  it("with a skill: matches only skills the viewer may see, along allowed paths", async () => {
    const res = await (p.V as Person).get("/api/v1/network/introducers?skill=rust");
    expect(res.json().introducers.map((i: { person: { id: string } }) => i.person.id)).toEqual([id("T")]);
    await t.database.db.execute(
      sql`update profiles set visibility = visibility || '{"skills":"only_me"}' where user_id = ${id("T")}`,
    );
    const hidden = await (p.V as Person).get("/api/v1/network/introducers?skill=rust");
    expect(hidden.json().introducers).toEqual([]);
  });

  it("a stranger or another organization's member finds nobody", async () => {
    const res = await otherOrgMember.get(`/api/v1/network/introducers?orgId=${acmeId}`);
    expect(res.json().introducers).toEqual([]);
  });

  it("asks for exactly one of orgId or skill, and 404s an unknown organization", async () => {
    expect((await (p.V as Person).get("/api/v1/network/introducers")).statusCode).toBe(400);
    const both = await (p.V as Person).get(`/api/v1/network/introducers?orgId=${acmeId}&skill=rust`);
    expect(both.statusCode).toBe(400);
    const unknown = await (p.V as Person).get(
      "/api/v1/network/introducers?orgId=00000000-0000-4000-8000-000000000000",
    );
    expect(unknown.statusCode).toBe(404);
  });

  it("people search leaves out whoever blocks the viewer, and whoever the viewer blocks", async () => {
    const search = async (who: Person) =>
      (await who.get("/api/v1/people?q=Person%20")).json().items.map((i: { id: string }) => i.id);
    expect(await search(p.V as Person)).not.toContain(id("B"));
    expect(await search(p.B as Person)).not.toContain(id("V"));
    expect(await search(p.F as Person)).toEqual(expect.arrayContaining([id("B"), id("V")]));
  });

  it("finds organizations by name", async () => {
    const res = await (p.V as Person).get("/api/v1/network/organizations?q=acm");
    expect(res.json().items.map((o: { name: string }) => o.name)).toEqual(["Acme"]);
  });
});

describe("how you're connected: fewest hops versus strongest links", () => {
  it("shows both when a longer path runs through stronger links, and labels each once", async () => {
    const w1 = await t.signUp("Person W1");
    const w2 = await t.signUp("Person W2");
    await t.database.db.execute(
      sql`update profiles set connection_list_visibility = 'public' where user_id = ${w2.userId}`,
    );
    await t.syncGraph();
    for (const [a, b] of [
      [id("V"), w1.userId],
      [w1.userId, w2.userId],
      [w2.userId, id("T")],
    ] as const) {
      await connect(t, a, b);
    }
    // Both sides vouch along V–W1–W2–T (3 × 0.71); V–F–T is only "know of" (2 × 1.25).
    await t.database.db.execute(sql`update connections set trust_a = 'would_vouch_for', trust_b = 'would_vouch_for'
      where ${sql.param([id("V"), w1.userId, w2.userId, id("T")])}::text[] @> array[user_a, user_b]`);
    await t.database.db.execute(sql`update connections set trust_a = 'know_of', trust_b = 'know_of'
      where ${sql.param([id("V"), id("F"), id("T")])}::text[] @> array[user_a, user_b]`);
    await t.syncGraph();
    const res = await (p.V as Person).get(`/api/v1/people/${id("T")}/how-connected`);
    const paths = res.json().paths as {
      hops: number;
      fewestHops: boolean;
      warmest: boolean;
      people: { id: string }[];
    }[];
    expect(paths.map((x) => [x.hops, x.fewestHops, x.warmest])).toEqual([
      [2, true, false],
      [3, false, true],
    ]);
    expect(paths[1]?.people.map((x) => x.id)).toEqual([id("V"), w1.userId, w2.userId, id("T")]);
  });
});
