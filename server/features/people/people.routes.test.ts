import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestClient } from "../../test/app.ts";
import { addMember, connect, createOrg, makeAlumnus } from "../../test/factories.ts";

type Person = TestClient & { userId: string; email: string };
let t: TestApp;
let owner: Person;
let colleague: Person;
let alumniPeer: Person;
let friend: Person;
let stranger: Person;

// Each field holds a unique marker so a leak is found anywhere in any response body.
const SECRET = {
  headline: "HEADLINE-public-zq1",
  bio: "BIO-organizations-zq2",
  location: "LOCATION-alumni-zq3",
  mission: "MISSION-connections-zq4",
  vision: "VISION-onlyme-zq5",
};

beforeAll(async () => {
  t = await buildTestApp();
  owner = await t.signUp("Orla Owner");
  colleague = await t.signUp("Cole Colleague");
  alumniPeer = await t.signUp("Alma Alumna");
  friend = await t.signUp("Fred Friend");
  stranger = await t.signUp("Stan Stranger");

  const current = await createOrg(owner, "Current Co");
  await addMember(t, owner, current, colleague);
  // Owner and alumniPeer both left "Past Co": they share its alumni network.
  const past = await createOrg(alumniPeer, "Past Co");
  await addMember(t, alumniPeer, past, owner);
  await makeAlumnus(t, past, owner.userId);
  await createOrg(stranger, "Other Co");
  await connect(t, owner.userId, friend.userId);

  const res = await owner.patch("/api/v1/people/me", {
    ...SECRET,
    skills: ["negotiation"],
    visibility: {
      headline: "public",
      bio: "organizations",
      location: "alumni_networks",
      mission: "connections",
      vision: "only_me",
      skills: "only_me",
    },
  });
  expect(res.statusCode).toBe(200);
});
afterAll(() => t.close());

const view = (c: TestClient) => c.get(`/api/v1/people/${owner.userId}`);

describe("profile visibility through GET /people/:id", () => {
  const cases: [string, () => TestClient, (keyof typeof SECRET)[]][] = [
    ["the owner", () => owner, ["headline", "bio", "location", "mission", "vision"]],
    ["a colleague in a shared organization", () => colleague, ["headline", "bio"]],
    ["someone in a shared alumni network", () => alumniPeer, ["headline", "location"]],
    ["a connection", () => friend, ["headline", "mission"]],
    ["a member of another organization", () => stranger, ["headline"]],
    ["an anonymous visitor", () => t.anonymous(), ["headline"]],
  ];
  for (const [name, who, visible] of cases) {
    it(`${name} sees exactly ${visible.join(", ")}`, async () => {
      const res = await view(who());
      expect(res.statusCode).toBe(200);
      for (const [field, marker] of Object.entries(SECRET)) {
        expect(res.body.includes(marker), `${field} for ${name}`).toBe(
          visible.includes(field as keyof typeof SECRET),
        );
      }
    });
  }

  it("leaves hidden fields out rather than sending them empty", async () => {
    const body = (await view(stranger)).json();
    expect(Object.keys(body).sort()).toEqual(["displayName", "headline", "id"]);
  });

  it("answers 404 for an unknown person", async () => {
    const res = await t.anonymous().get("/api/v1/people/no-such-person");
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("PERSON_NOT_FOUND");
  });
});

describe("search never matches or returns hidden fields", () => {
  it("does not find the owner by a field the searcher may not see", async () => {
    for (const who of [stranger, colleague]) {
      const res = await who.get(`/api/v1/people?q=${SECRET.location}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toEqual([]);
    }
    const bySkill = await stranger.get("/api/v1/people?q=negotiation");
    expect(bySkill.json().items).toEqual([]);
  });

  it("finds the owner by a field the searcher may see, with only visible fields", async () => {
    const res = await alumniPeer.get(`/api/v1/people?q=${SECRET.location}`);
    const items = res.json().items;
    expect(items.map((p: { id: string }) => p.id)).toEqual([owner.userId]);
    expect(JSON.stringify(items)).not.toContain(SECRET.bio);
    expect(JSON.stringify(items)).not.toContain(SECRET.vision);
  });

  it("finds people by name and filters each result's fields", async () => {
    const res = await stranger.get("/api/v1/people?q=orla");
    expect(res.json().items).toHaveLength(1);
    for (const marker of [SECRET.bio, SECRET.location, SECRET.mission, SECRET.vision]) {
      expect(res.body).not.toContain(marker);
    }
  });

  it("paginates with a cursor without repeats", async () => {
    const first = await stranger.get("/api/v1/people?limit=2");
    const page1 = first.json();
    expect(page1.items).toHaveLength(2);
    expect(page1.nextCursor).toBeTruthy();
    const second = (await stranger.get(`/api/v1/people?limit=2&cursor=${page1.nextCursor}`)).json();
    const third = (await stranger.get(`/api/v1/people?limit=2&cursor=${second.nextCursor}`)).json();
    const ids = [...page1.items, ...second.items, ...third.items].map((p: { id: string }) => p.id);
    expect(new Set(ids).size).toBe(5);
    expect(third.nextCursor).toBeNull();
  });

  it("refuses anonymous search and a forged cursor", async () => {
    expect((await t.anonymous().get("/api/v1/people?q=orla")).statusCode).toBe(401);
    const forged = await stranger.get("/api/v1/people?cursor=not-a-cursor");
    expect(forged.statusCode).toBe(400);
  });
});

describe("my profile", () => {
  it("returns every field with its visibility to the owner", async () => {
    const me = (await owner.get("/api/v1/people/me")).json();
    expect(me.vision).toBe(SECRET.vision);
    expect(me.visibility.vision).toBe("only_me");
    expect(me.email).toBe(owner.email);
  });

  it("starts new people with the documented defaults", async () => {
    const me = (await stranger.get("/api/v1/people/me")).json();
    expect(me.visibility).toEqual({
      headline: "public",
      skills: "public",
      bio: "organizations",
      location: "organizations",
      links: "connections",
      mission: "organizations",
      vision: "organizations",
      values: "organizations",
    });
  });

  it("previews the profile as each audience", async () => {
    const pub = (await owner.get("/api/v1/people/me/preview?audience=public")).json();
    expect(pub).toEqual({ id: owner.userId, displayName: "Orla Owner", headline: SECRET.headline });
    const conn = (await owner.get("/api/v1/people/me/preview?audience=connections")).json();
    expect(conn.mission).toBe(SECRET.mission);
    expect(conn).not.toHaveProperty("vision");
  });

  it("rejects more than five values, duplicates, unknown fields and bad visibility with field paths", async () => {
    const res = await owner.patch("/api/v1/people/me", {
      values: ["a", "b", "c", "d", "e", "f"],
      visibility: { bio: "everyone" },
    });
    expect(res.statusCode).toBe(400);
    const fields = Object.keys(res.json().error.details.fieldErrors);
    expect(fields).toEqual(expect.arrayContaining(["values", "visibility.bio"]));
    const dup = await owner.patch("/api/v1/people/me", { values: ["Trust", "trust"] });
    expect(dup.statusCode).toBe(400);
    const unknown = await owner.patch("/api/v1/people/me", { salary: 1 });
    expect(unknown.statusCode).toBe(400);
  });

  it("keeps ranked values in order", async () => {
    const res = await owner.patch("/api/v1/people/me", { values: ["Candour", "Craft", "Courage"] });
    expect(res.json().values).toEqual(["Candour", "Craft", "Courage"]);
  });

  it("renames the account with the display name", async () => {
    await stranger.patch("/api/v1/people/me", { displayName: "Stanley Stranger" });
    expect((await stranger.get("/api/v1/auth/session")).json().user.name).toBe("Stanley Stranger");
  });

  it("requires a session to edit", async () => {
    const res = await t.anonymous().patch("/api/v1/people/me", { headline: "x" });
    expect(res.statusCode).toBe(401);
  });
});
