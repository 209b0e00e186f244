import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestClient } from "../../test/app.ts";
import { addMember, createOrg } from "../../test/factories.ts";

type Person = TestClient & { userId: string; email: string };
let t: TestApp;
let a: { owner: Person; member: Person; slug: string };
let b: { owner: Person; admin: Person; member: Person; slug: string };

// A unique string planted in every kind of data scoped to organization A.
const CANARY = `canary${Date.now().toString(36)}xq`;

beforeAll(async () => {
  t = await buildTestApp();
  const aOwner = await t.signUp("Anna Alpha");
  const aMember = await t.signUp("Arne Alpha");
  const aSlug = await createOrg(aOwner, "Alpha Org");
  await addMember(t, aOwner, aSlug, aMember);
  // Scoped to A: a member's org-only profile fields, and a pending invitation address.
  await aMember.patch("/api/v1/people/me", {
    bio: `bio ${CANARY}`,
    headline: `headline ${CANARY}`,
    skills: [CANARY],
    visibility: { bio: "organizations", headline: "organizations", skills: "organizations" },
  });
  await aOwner.post(`/api/v1/orgs/${aSlug}/invitations`, { email: `${CANARY}@example.test`, role: "admin" });
  a = { owner: aOwner, member: aMember, slug: aSlug };

  const bOwner = await t.signUp("Bea Beta");
  const bAdmin = await t.signUp("Bo Beta");
  const bMember = await t.signUp("Bill Beta");
  const bSlug = await createOrg(bOwner, "Beta Org");
  await addMember(t, bOwner, bSlug, bAdmin, "admin");
  await addMember(t, bOwner, bSlug, bMember);
  b = { owner: bOwner, admin: bAdmin, member: bMember, slug: bSlug };
});
afterAll(() => t.close());

describe("organization B never sees data scoped to organization A", () => {
  const paths = () => [
    "/api/v1/orgs",
    `/api/v1/orgs/${a.slug}`,
    `/api/v1/orgs/${a.slug}/members`,
    `/api/v1/orgs/${a.slug}/invitations`,
    `/api/v1/orgs/${b.slug}/members`,
    `/api/v1/orgs/${b.slug}/invitations`,
    `/api/v1/people?q=${CANARY}`,
    "/api/v1/people?q=alpha",
    "/api/v1/people?limit=100",
    `/api/v1/people/${a.member.userId}`,
    `/api/v1/people/${a.owner.userId}`,
    "/api/v1/people/me",
  ];

  for (const role of ["owner", "admin", "member"] as const) {
    it(`as B's ${role}, across every read endpoint`, async () => {
      const who = b[role];
      for (const path of paths()) {
        const res = await who.get(path);
        expect(res.statusCode, path).toBeLessThan(500);
        expect(res.body.includes(CANARY), `${path} leaked the canary`).toBe(false);
      }
    });
  }

  it("while A's own members do see it (the canary is really there)", async () => {
    const seen = await a.owner.get(`/api/v1/people/${a.member.userId}`);
    expect(seen.body).toContain(CANARY);
    const invites = await a.owner.get(`/api/v1/orgs/${a.slug}/invitations`);
    expect(invites.body).toContain(CANARY);
    const search = await a.owner.get(`/api/v1/people?q=${CANARY}`);
    expect(search.json().items).toHaveLength(1);
  });

  it("B cannot act on A's members or invitations", async () => {
    const invites = await a.owner.get(`/api/v1/orgs/${a.slug}/invitations`);
    const invitationId = invites.json().items[0].id;
    expect((await b.owner.delete(`/api/v1/orgs/${a.slug}/invitations/${invitationId}`)).statusCode).toBe(403);
    expect((await b.owner.delete(`/api/v1/orgs/${a.slug}/members/${a.member.userId}`)).statusCode).toBe(403);
    expect(
      (await b.owner.patch(`/api/v1/orgs/${a.slug}/members/${a.member.userId}`, { role: "admin" }))
        .statusCode,
    ).toBe(403);
    expect(
      (await b.owner.post(`/api/v1/orgs/${a.slug}/invitations`, { email: "x@example.test" })).statusCode,
    ).toBe(403);
    // A's invitation id under B's slug is not found there either.
    expect((await b.owner.delete(`/api/v1/orgs/${b.slug}/invitations/${invitationId}`)).statusCode).toBe(404);
  });
});
