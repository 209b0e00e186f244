import { verifyPassword } from "better-auth/crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.ts";
import { buildTestApp, type TestApp } from "../../test/app.ts";
import { createTestDatabase } from "../../test/db.ts";
import { accounts, users } from "../accounts/accounts.tables.ts";
import { connections } from "../connections/connections.tables.ts";
import { memberships, organizations } from "../organizations/organizations.tables.ts";
import { profiles } from "../people/people.tables.ts";
import { generateDemoNetwork } from "./demo.generator.ts";
import { DEMO_PASSWORD, DEMO_SEED, DEMO_SIZE, seedDemo } from "./demo.seed.ts";

// Counts do not depend on the date the seeder passes, only on seed and size.
const expected = generateDemoNetwork(DEMO_SEED, DEMO_SIZE);

async function counts(db: Database) {
  return {
    users: await db.$count(users),
    accounts: await db.$count(accounts),
    profiles: await db.$count(profiles),
    organizations: await db.$count(organizations),
    memberships: await db.$count(memberships),
    connections: await db.$count(connections),
  };
}

const generated = {
  users: expected.people.length,
  accounts: expected.people.length,
  profiles: expected.people.length,
  organizations: expected.companies.length,
  memberships: expected.memberships.length,
  connections: expected.connections.length,
};

describe("seedDemo", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("inserts exactly the generated network, and nothing more when run again", async () => {
    const first = await seedDemo(t.db);
    expect(await counts(t.db)).toEqual(generated);
    const second = await seedDemo(t.db);
    expect(second).toEqual(first);
    expect(await counts(t.db)).toEqual(generated);
  });

  it("returns a working login: verified user, credential account, owner of the first company", async () => {
    const login = await seedDemo(t.db);
    expect(login).toEqual({ email: expected.people[0]?.email, password: DEMO_PASSWORD });
    const [user] = await t.db.select().from(users).where(eq(users.email, login.email));
    expect(user?.emailVerified).toBe(true);
    const [account] = await t.db
      .select()
      .from(accounts)
      .where(and(eq(accounts.userId, user?.id ?? ""), eq(accounts.providerId, "credential")));
    expect(account?.accountId).toBe(user?.id);
    expect(await verifyPassword({ hash: account?.password ?? "", password: login.password })).toBe(true);

    const [owned] = await t.db
      .select({ slug: organizations.slug, role: memberships.role, status: memberships.status })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(and(eq(memberships.userId, user?.id ?? ""), eq(memberships.status, "active")));
    expect(owned).toEqual({ slug: expected.companies[0]?.slug, role: "owner", status: "active" });
  });

  it("stores profiles with their visibility and tours with their dates", async () => {
    const person = expected.people[5];
    const [row] = await t.db
      .select()
      .from(profiles)
      .where(eq(profiles.userId, person?.id ?? ""));
    expect(row).toMatchObject({ displayName: person?.displayName, skills: person?.skills });
    expect(row?.visibility).toEqual(person?.visibility);
    const alumni = await t.db.select().from(memberships).where(eq(memberships.status, "alumni"));
    expect(alumni.length).toBe(expected.memberships.filter((m) => m.status === "alumni").length);
    for (const m of alumni) expect(m.endedOn && m.endedOn > m.startedOn).toBe(true);
  });
});

describe("seedDemo on a database already in use", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("seeds once under concurrent calls and steps around a taken slug", async () => {
    const taken = expected.companies[0]?.slug as string;
    await t.db.insert(organizations).values({ name: "Someone Else", slug: taken });

    const [a, b] = await Promise.all([seedDemo(t.db), seedDemo(t.db)]);
    expect(a).toEqual(b);
    expect(await counts(t.db)).toEqual({ ...generated, organizations: generated.organizations + 1 });

    const [other] = await t.db.select().from(organizations).where(eq(organizations.slug, taken));
    expect(other?.name).toBe("Someone Else");
    const [demo] = await t.db
      .select()
      .from(organizations)
      .where(eq(organizations.slug, `${taken}-demo`));
    expect(demo?.name).toBe(expected.companies[0]?.name);
  });
});

describe("the seeded demo through the API", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lets the demo login sign in, see their own full profile and manage their company", async () => {
    const login = await seedDemo(t.database.db);
    const me = t.anonymous();
    expect((await me.post("/api/v1/auth/sign-in", login)).statusCode).toBe(200);

    const profile = await me.get("/api/v1/people/me");
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({ email: login.email, values: expected.people[0]?.values });

    const org = await me.get(`/api/v1/orgs/${expected.companies[0]?.slug}`);
    expect(org.json()).toMatchObject({ myRole: "owner", name: expected.companies[0]?.name });
    const members = await me.get(`/api/v1/orgs/${expected.companies[0]?.slug}/members?limit=100`);
    expect(members.statusCode).toBe(200);
  });
});
