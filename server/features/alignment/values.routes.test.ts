import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp, TestClient } from "../../test/app.ts";
import { buildTestApp } from "../../test/app.ts";
import { addMember, createOrg, makeAlumnus } from "../../test/factories.ts";

type Person = TestClient & { userId: string; email: string };
type Item = { id: string; name: string; orgId: string | null };
let t: TestApp;
let ownerA: Person;
let adminA: Person;
let managerA: Person;
let memberA: Person;
let alumnusA: Person;
let ownerB: Person;
let memberB: Person;
let outsider: Person;
let slugA: string;
let slugB: string;

// Unique names, so a leak is found anywhere in a response body.
const ALPHA_ONLY = "Alpha-only canary qv7";
const BETA_ONLY = "Beta-only canary qv8";

beforeAll(async () => {
  t = await buildTestApp();
  ownerA = await t.signUp("Ada Owner");
  adminA = await t.signUp("Abe Admin");
  managerA = await t.signUp("Ann Manager");
  memberA = await t.signUp("Amy Member");
  alumnusA = await t.signUp("Al Alumnus");
  ownerB = await t.signUp("Bea Owner");
  memberB = await t.signUp("Bob Member");
  outsider = await t.signUp("Otis Outsider");
  slugA = await createOrg(ownerA, "Alpha Values");
  slugB = await createOrg(ownerB, "Beta Values");
  await addMember(t, ownerA, slugA, adminA, "admin");
  await addMember(t, ownerA, slugA, managerA, "manager");
  await addMember(t, ownerA, slugA, memberA);
  await addMember(t, ownerA, slugA, alumnusA);
  await makeAlumnus(t, slugA, alumnusA.userId);
  await addMember(t, ownerB, slugB, memberB);
});
afterAll(() => t.close());

const names = async (c: TestClient, query = "") => {
  const res = await c.get(`/api/v1/values${query}`);
  expect(res.statusCode).toBe(200);
  return (res.json().items as Item[]).map((i) => i.name);
};

describe("the shared catalog", () => {
  it("lists the seeded values to anyone signed in, by name", async () => {
    const res = await outsider.get("/api/v1/values");
    const items = res.json().items as Item[];
    expect(items).toHaveLength(30);
    expect(items.every((i) => i.orgId === null)).toBe(true);
    expect(items[0]).toMatchObject({ name: "Adventure", description: "Seek out the unfamiliar." });
    expect(items.map((i) => i.name)).toContain("Trust");
  });

  it("needs an account", async () => {
    expect((await t.anonymous().get("/api/v1/values")).statusCode).toBe(401);
  });

  it("answers 404 for an unknown organization", async () => {
    expect((await outsider.get("/api/v1/values?orgSlug=no-such-org")).statusCode).toBe(404);
  });
});

describe("an organization's own values", () => {
  let alphaId: string;
  let betaId: string;

  it("owners and admins add them", async () => {
    const res = await adminA.post(`/api/v1/orgs/${slugA}/values`, {
      name: ALPHA_ONLY,
      description: "How Alpha works",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: ALPHA_ONLY, description: "How Alpha works" });
    expect(res.json().orgId).toEqual(expect.any(String));
    alphaId = res.json().id;
    const beta = await ownerB.post(`/api/v1/orgs/${slugB}/values`, { name: BETA_ONLY });
    expect(beta.statusCode).toBe(201);
    expect(beta.json().description).toBe("");
    betaId = beta.json().id;
  });

  it("nobody else adds them", async () => {
    for (const who of [managerA, memberA, alumnusA, ownerB, outsider]) {
      const res = await who.post(`/api/v1/orgs/${slugA}/values`, { name: "Sneaky" });
      expect(res.statusCode).toBe(403);
    }
    expect((await t.anonymous().post(`/api/v1/orgs/${slugA}/values`, { name: "Sneaky" })).statusCode).toBe(
      401,
    );
    expect(await names(memberA, `?orgSlug=${slugA}`)).not.toContain("Sneaky");
  });

  it("refuses a name already in the shared catalog or the organization, ignoring case", async () => {
    for (const name of ["trust", "CUSTOMER FOCUS", ALPHA_ONLY.toUpperCase()]) {
      const res = await ownerA.post(`/api/v1/orgs/${slugA}/values`, { name });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({
        code: "VALUE_EXISTS",
        details: { fieldErrors: { name: ["already exists"] } },
      });
    }
  });

  it("lets another organization use the same name for its own value", async () => {
    const res = await ownerB.post(`/api/v1/orgs/${slugB}/values`, { name: ALPHA_ONLY });
    expect(res.statusCode).toBe(201);
    await ownerB.delete(`/api/v1/orgs/${slugB}/values/${res.json().id}`);
  });

  it("validates the name", async () => {
    expect((await ownerA.post(`/api/v1/orgs/${slugA}/values`, { name: "  " })).statusCode).toBe(400);
    expect((await ownerA.post(`/api/v1/orgs/${slugA}/values`, { name: "x".repeat(61) })).statusCode).toBe(
      400,
    );
  });

  it("are listed to the organization's members and alumni, after the shared values", async () => {
    for (const who of [ownerA, managerA, memberA, alumnusA]) {
      const list = await names(who, `?orgSlug=${slugA}`);
      expect(list).toContain(ALPHA_ONLY);
      expect(list).toContain("Trust");
      expect(list).toHaveLength(31);
    }
  });

  it("never reach people outside the organization", async () => {
    for (const [who, query] of [
      [memberB, `?orgSlug=${slugA}`],
      [memberB, `?orgSlug=${slugB}`],
      [memberB, ""],
      [outsider, `?orgSlug=${slugA}`],
    ] as const) {
      const res = await who.get(`/api/v1/values${query}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(ALPHA_ONLY);
    }
    expect(await names(memberB, `?orgSlug=${slugB}`)).toContain(BETA_ONLY);
    for (const who of [ownerA, memberA, alumnusA]) {
      expect((await who.get(`/api/v1/values?orgSlug=${slugA}`)).body).not.toContain(BETA_ONLY);
    }
  });

  it("are removed by owners and admins only, and only through their own organization", async () => {
    for (const who of [managerA, memberA, alumnusA, ownerB]) {
      expect((await who.delete(`/api/v1/orgs/${slugA}/values/${alphaId}`)).statusCode).toBe(403);
    }
    // Another organization's value, or a shared one, is not this organization's to remove.
    expect((await ownerA.delete(`/api/v1/orgs/${slugA}/values/${betaId}`)).statusCode).toBe(404);
    const trustId = (
      (await outsider.get("/api/v1/values")).json().items.find((i: Item) => i.name === "Trust") as Item
    ).id;
    const shared = await ownerA.delete(`/api/v1/orgs/${slugA}/values/${trustId}`);
    expect(shared.statusCode).toBe(404);
    expect(shared.json().error.code).toBe("VALUE_NOT_FOUND");
    expect((await ownerA.delete(`/api/v1/orgs/${slugA}/values/not-a-uuid`)).statusCode).toBe(400);

    expect((await adminA.delete(`/api/v1/orgs/${slugA}/values/${alphaId}`)).statusCode).toBe(204);
    expect(await names(memberA, `?orgSlug=${slugA}`)).not.toContain(ALPHA_ONLY);
    expect((await adminA.delete(`/api/v1/orgs/${slugA}/values/${alphaId}`)).statusCode).toBe(404);
    expect(await names(memberB, `?orgSlug=${slugB}`)).toContain(BETA_ONLY);
    expect(await names(outsider)).toContain("Trust");
  });
});
