import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALIGNMENT_FORMULA } from "../../../shared/alignment/constants.ts";
import type { TestApp, TestClient } from "../../test/app.ts";
import { buildTestApp } from "../../test/app.ts";
import { addMember, createOrg, makeAlumnus } from "../../test/factories.ts";
import { memberships, organizations } from "../organizations/organizations.tables.ts";

type Person = TestClient & { userId: string; email: string };
let t: TestApp;
let owner: Person;
let admin: Person;
let manager: Person;
let member: Person;
let colleague: Person;
let secretive: Person;
let alumnus: Person;
let former: Person;
let otherOwner: Person;
let outsider: Person;
let slug: string;

// Set to only_me on one profile: must never appear in anything but that person's own responses.
const CANARY_VALUE = "Canary value xk4";
const CANARY_MISSION = "Canary mission xk5";

beforeAll(async () => {
  t = await buildTestApp();
  owner = await t.signUp("Opal Owner");
  admin = await t.signUp("Arlo Admin");
  manager = await t.signUp("Mia Manager");
  member = await t.signUp("Milo Member");
  colleague = await t.signUp("Cleo Colleague");
  secretive = await t.signUp("Sid Secretive");
  alumnus = await t.signUp("Alba Alumna");
  former = await t.signUp("Fern Former");
  otherOwner = await t.signUp("Omar Other");
  outsider = await t.signUp("Oona Outsider");
  slug = await createOrg(owner, "Aligned Co", {
    mission: "Make partnerships last",
    vision: "Every job a tour of duty",
    values: ["Trust", "Candour", "Craft"],
  });
  for (const [p, role] of [
    [admin, "admin"],
    [manager, "manager"],
    [member, "member"],
    [colleague, "member"],
    [secretive, "member"],
    [alumnus, "member"],
    [former, "member"],
  ] as const) {
    await addMember(t, owner, slug, p, role);
  }
  await makeAlumnus(t, slug, alumnus.userId);
  const [org] = await t.database.db.select().from(organizations).where(eq(organizations.slug, slug));
  await t.database.db
    .update(memberships)
    .set({ status: "former" })
    .where(and(eq(memberships.orgId, org?.id ?? ""), eq(memberships.userId, former.userId)));
  await createOrg(otherOwner, "Other Co", { values: ["Trust"] });

  const profiles: [Person, object][] = [
    [member, { values: ["Craft", "Trust", "Courage"], mission: "Build well" }],
    [alumnus, { values: ["Trust"] }],
    [former, { values: ["Candour"] }],
    [
      secretive,
      {
        values: [CANARY_VALUE, "Trust"],
        mission: CANARY_MISSION,
        vision: "Seen by colleagues",
        visibility: { values: "only_me", mission: "only_me", vision: "organizations" },
      },
    ],
  ];
  for (const [p, patch] of profiles) expect((await p.patch("/api/v1/people/me", patch)).statusCode).toBe(200);
});
afterAll(() => t.close());

const alignmentOf = (viewer: TestClient, personId?: string) =>
  viewer.get(`/api/v1/orgs/${slug}/alignment${personId ? `?personId=${personId}` : ""}`);

describe("the alignment view", () => {
  it("shows a member their own alignment with the score and its formula", async () => {
    const res = await alignmentOf(member);
    expect(res.statusCode).toBe(200);
    // Person Craft 5, Trust 4, Courage 3; org Trust 5, Candour 4, Craft 3. Shared 8 + 9 of 24.
    expect(res.json()).toEqual({
      person: {
        id: member.userId,
        displayName: "Milo Member",
        values: ["Craft", "Trust", "Courage"],
        mission: "Build well",
        vision: "",
      },
      personValuesHidden: false,
      org: {
        slug,
        name: "Aligned Co",
        values: ["Trust", "Candour", "Craft"],
        mission: "Make partnerships last",
        vision: "Every job a tour of duty",
      },
      shared: [
        { value: "Craft", personRank: 1, orgRank: 3 },
        { value: "Trust", personRank: 2, orgRank: 1 },
      ],
      personOnly: ["Courage"],
      orgOnly: ["Candour"],
      score: 71,
      formula: ALIGNMENT_FORMULA,
    });
    expect((await alignmentOf(member, member.userId)).json().score).toBe(71);
  });

  it("lets owners, admins and managers see a current member's alignment", async () => {
    for (const who of [owner, admin, manager]) {
      const res = await alignmentOf(who, member.userId);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ person: { values: ["Craft", "Trust", "Courage"] }, score: 71 });
    }
  });

  it("refuses everyone else with 403, the same for an unknown person", async () => {
    for (const who of [colleague, alumnus, former, otherOwner, outsider]) {
      expect((await alignmentOf(who, member.userId)).statusCode).toBe(403);
    }
    expect((await alignmentOf(owner, "no-such-person")).statusCode).toBe(403);
    expect((await alignmentOf(t.anonymous(), member.userId)).statusCode).toBe(401);
    expect((await owner.get(`/api/v1/orgs/no-such-org/alignment`)).statusCode).toBe(404);
  });

  it("lets alumni and former members see their own alignment, but not leaders see theirs", async () => {
    // Trust 5 + 5 of 5 + 12: 59.
    expect((await alignmentOf(alumnus)).json()).toMatchObject({ shared: [{ value: "Trust" }], score: 59 });
    expect((await alignmentOf(former)).json()).toMatchObject({ shared: [{ value: "Candour" }] });
    for (const who of [owner, admin, manager]) {
      expect((await alignmentOf(who, alumnus.userId)).statusCode).toBe(403);
      expect((await alignmentOf(who, former.userId)).statusCode).toBe(403);
    }
  });

  it("refuses people who never belonged, even about themselves", async () => {
    expect((await alignmentOf(outsider)).statusCode).toBe(403);
  });
});

describe("hidden profile values never leak through the alignment view", () => {
  it("leaves out hidden fields and derives nothing from hidden values", async () => {
    for (const who of [owner, admin, manager]) {
      const res = await alignmentOf(who, secretive.userId);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(CANARY_VALUE);
      expect(res.body).not.toContain(CANARY_MISSION);
      const body = res.json();
      expect(body.person).toEqual({
        id: secretive.userId,
        displayName: "Sid Secretive",
        vision: "Seen by colleagues",
      });
      // Trust is both hidden on the profile and an org value: no comparison may reveal it.
      expect(body).toMatchObject({ personValuesHidden: true, shared: [], personOnly: [], orgOnly: [] });
      expect(body.score).toBeNull();
    }
  });

  it("shows the person everything about themself", async () => {
    const res = await alignmentOf(secretive);
    expect(res.json()).toMatchObject({
      person: { values: [CANARY_VALUE, "Trust"], mission: CANARY_MISSION },
      personValuesHidden: false,
      personOnly: [CANARY_VALUE],
      shared: [{ value: "Trust", personRank: 2, orgRank: 1 }],
    });
  });
});

describe("the OpenAPI document", () => {
  it("describes every alignment route", async () => {
    const doc = (await t.anonymous().get("/api/openapi.json")).json();
    const ops = [
      ["/api/v1/values", "get"],
      ["/api/v1/orgs/{slug}/values", "post"],
      ["/api/v1/orgs/{slug}/values/{valueId}", "delete"],
      ["/api/v1/alignment/exercise", "get"],
      ["/api/v1/alignment/exercise", "put"],
      ["/api/v1/orgs/{slug}/alignment", "get"],
    ] as const;
    for (const [path, method] of ops) {
      expect(doc.paths[path]?.[method]).toMatchObject({ tags: ["alignment"], summary: expect.any(String) });
    }
  });
});
