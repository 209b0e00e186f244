import { verifyPassword } from "better-auth/crypto";
import { and, count, eq, or } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.ts";
import { buildTestApp, type TestApp } from "../../test/app.ts";
import { createTestDatabase } from "../../test/db.ts";
import { accounts, users } from "../accounts/accounts.tables.ts";
import { affiliations, departures } from "../affiliations/affiliations.tables.ts";
import { checkInPrivateNotes, checkIns } from "../checkins/checkins.tables.ts";
import { connectionRequests, connections } from "../connections/connections.tables.ts";
import { introductionSteps, introductions } from "../introductions/introductions.tables.ts";
import { notifications } from "../notifications/notifications.tables.ts";
import { createReminderScheduler } from "../notifications/reminders.ts";
import { memberships, organizations } from "../organizations/organizations.tables.ts";
import { thanks } from "../pay-forward/pay-forward.tables.ts";
import { profiles } from "../people/people.tables.ts";
import { tourSignatures, tours, tourVersions } from "../tours/tours.tables.ts";
import { generateDemoNetwork } from "./demo.generator.ts";
import { DEMO_PASSWORD, DEMO_SEED, DEMO_SIZE, seedDemo } from "./demo.seed.ts";

// The seeder dates the network from the day it runs; the tests fix that day so they know what it seeded.
const TODAY = new Date().toISOString().slice(0, 10);
const expected = generateDemoNetwork(DEMO_SEED, DEMO_SIZE, TODAY);
const loginId = expected.people[0]?.id as string;

const TABLES = {
  users,
  accounts,
  profiles,
  organizations,
  memberships,
  connections,
  affiliations,
  departures,
  tours,
  tourVersions,
  tourSignatures,
  checkIns,
  privateNotes: checkInPrivateNotes,
  notifications,
  connectionRequests,
  introductions,
  introductionSteps,
  thanks,
};

async function counts(db: Database) {
  const entries = Object.entries(TABLES).map(
    async ([name, table]) => [name, await db.$count(table)] as const,
  );
  return Object.fromEntries(await Promise.all(entries));
}

const generated = {
  users: expected.people.length,
  accounts: expected.people.length,
  profiles: expected.people.length,
  organizations: expected.companies.length,
  memberships: expected.memberships.length,
  connections: expected.connections.length,
  affiliations: expected.affiliations.length,
  departures: expected.departures.length,
  tours: expected.tours.length,
  tourVersions: expected.tourVersions.length,
  tourSignatures: expected.tourSignatures.length,
  checkIns: expected.checkIns.length,
  privateNotes: expected.privateNotes.length,
  notifications: expected.notifications.length,
  connectionRequests: expected.connectionRequests.length,
  introductions: expected.introductions.length,
  introductionSteps: expected.introductionSteps.length,
  thanks: expected.thanks.length,
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
    const first = await seedDemo(t.db, TODAY);
    expect(await counts(t.db)).toEqual(generated);
    const second = await seedDemo(t.db, TODAY);
    expect(second).toEqual(first);
    expect(await counts(t.db)).toEqual(generated);
  });

  it("returns a working login: verified user, credential account, owner of the first company", async () => {
    const login = await seedDemo(t.db, TODAY);
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

  it("stores the lifecycle as generated: statuses, boomerangs, linked tours, quiet notifications", async () => {
    const byStatus = (rows: { status: string }[]) => {
      const n: Record<string, number> = {};
      for (const r of rows) n[r.status] = (n[r.status] ?? 0) + 1;
      return n;
    };
    expect(byStatus(await t.db.select({ status: tours.status }).from(tours))).toEqual(
      byStatus(expected.tours),
    );
    expect(byStatus(await t.db.select({ status: memberships.status }).from(memberships))).toEqual(
      byStatus(expected.memberships),
    );
    const boomerangs = await t.db.select().from(memberships).where(eq(memberships.boomerang, true));
    expect(boomerangs.length).toBe(expected.memberships.filter((m) => m.boomerang).length);
    expect(await t.db.$count(affiliations, eq(affiliations.boomerang, true))).toBe(boomerangs.length);

    // A next tour points at the tour it follows; check-ins and notes hang off the right rows.
    const linked = await t.db.select().from(tours).where(eq(tours.outcome, "next_tour"));
    for (const done of linked) expect(await t.db.$count(tours, eq(tours.previousTourId, done.id))).toBe(1);
    const mine = await t.db.select().from(notifications).where(eq(notifications.userId, loginId));
    expect(mine.length).toBe(expected.notifications.filter((n) => n.userId === loginId).length);
    for (const n of mine) {
      expect(n.emailState).toBe("none");
      expect(n.link).toBe(`/tours/${n.dedupeKey.split(":")[1]}`);
    }
  });

  it("stores the trust network: list visibility, connections' context and trust, requests, introductions", async () => {
    const [me] = await t.db.select().from(profiles).where(eq(profiles.userId, loginId));
    expect(me?.connectionListVisibility).toBe("connections");
    const levels = await t.db
      .select({ level: profiles.connectionListVisibility, n: count() })
      .from(profiles)
      .groupBy(profiles.connectionListVisibility);
    const generatedLevels: Record<string, number> = {};
    for (const p of expected.people) {
      generatedLevels[p.connectionListVisibility] = (generatedLevels[p.connectionListVisibility] ?? 0) + 1;
    }
    expect(Object.fromEntries(levels.map((r) => [r.level, r.n]))).toEqual(generatedLevels);

    // Context organizations point at the demo companies, whatever slug they were given.
    const slugOf = new Map(
      (await t.db.select({ id: organizations.id, slug: organizations.slug }).from(organizations)).map((o) => [
        o.id,
        o.slug,
      ]),
    );
    const stored = await t.db.select().from(connections);
    for (const want of expected.connections) {
      const row = stored.find((c) => c.userA === want.userA && c.userB === want.userB);
      expect(row).toMatchObject({
        since: want.since,
        trustA: want.trustA,
        trustB: want.trustB,
        interactions: want.interactions,
      });
      expect(row?.contextOrgId ? slugOf.get(row.contextOrgId) : null).toBe(want.contextOrgSlug);
    }

    const incoming = await t.db
      .select()
      .from(connectionRequests)
      .where(and(eq(connectionRequests.toUser, loginId), eq(connectionRequests.status, "pending")));
    expect(incoming).toHaveLength(3);
    expect(incoming.filter((r) => r.contextOrgId !== null)).toHaveLength(1);

    // Every introduction with its steps in order, and the steps waiting on the login.
    const intros = await t.db.select().from(introductions);
    const steps = await t.db.select().from(introductionSteps);
    for (const want of expected.introductions) {
      const row = intros.find(
        (i) => i.requesterId === want.requesterId && i.targetId === want.targetId && i.reason === want.reason,
      );
      expect(row).toMatchObject({
        status: want.status,
        currentStep: want.currentStep,
        version: want.version,
      });
      const path = steps
        .filter((s) => s.introductionId === row?.id)
        .sort((a, b) => a.position - b.position)
        .map((s) => [s.personId, s.status, s.dueAt?.toISOString() ?? null]);
      const wantPath = expected.introductionSteps
        .filter((s) => s.introductionKey === want.key)
        .map((s) => [s.personId, s.status, s.dueAt]);
      expect(path).toEqual(wantPath);
    }
    const waitingOnMe = steps.filter((s) => s.personId === loginId && s.status === "waiting");
    expect(waitingOnMe).toHaveLength(2);
    for (const s of waitingOnMe) expect(s.dueAt && s.dueAt.getTime() > Date.now()).toBe(true);
    const [thanked] = await t.db.select().from(thanks).where(eq(thanks.fromUser, loginId));
    expect(intros.find((i) => i.id === thanked?.subjectId)).toMatchObject({
      status: "accepted",
      outcome: "met",
    });
  });

  it("leaves the reminder job nothing to move or raise on the day it seeded", async () => {
    const clock = () => new Date(`${TODAY}T12:00:00Z`);
    expect(await createReminderScheduler({ db: t.db, clock }).tick()).toEqual({ advanced: 0, notified: 0 });
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

    const [a, b] = await Promise.all([seedDemo(t.db, TODAY), seedDemo(t.db, TODAY)]);
    expect(a).toEqual(b);
    expect(await counts(t.db)).toEqual({ ...generated, organizations: generated.organizations + 1 });

    const [other] = await t.db.select().from(organizations).where(eq(organizations.slug, taken));
    expect(other?.name).toBe("Someone Else");
    const [demo] = await t.db
      .select()
      .from(organizations)
      .where(eq(organizations.slug, `${taken}-demo`));
    expect(demo?.name).toBe(expected.companies[0]?.name);
    // Connections and requests that name the first company name the demo's, not the one that took its slug.
    expect(await t.db.$count(connections, eq(connections.contextOrgId, other?.id as string))).toBe(0);
    expect(
      await t.db.$count(connectionRequests, eq(connectionRequests.contextOrgId, other?.id as string)),
    ).toBe(0);
    expect(await t.db.$count(connections, eq(connections.contextOrgId, demo?.id as string))).toBe(
      expected.connections.filter((c) => c.contextOrgSlug === taken).length,
    );
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
    const login = await seedDemo(t.database.db, TODAY);
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

describe("the demo login's alliance through the API", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("shows her own tour and the ones she sponsors, as the app computes them today", async () => {
    const me = t.anonymous();
    expect((await me.post("/api/v1/auth/sign-in", await seedDemo(t.database.db, TODAY))).statusCode).toBe(
      200,
    );
    const rows = await t.database.db
      .select()
      .from(tours)
      .where(or(eq(tours.personId, loginId), eq(tours.sponsorId, loginId)));
    const generatedOnes = expected.tours.filter((x) => x.personId === loginId || x.sponsorId === loginId);
    expect(rows.length).toBe(generatedOnes.length);

    for (const row of rows) {
      const res = await me.get(`/api/v1/tours/${row.id}`);
      expect(res.statusCode).toBe(200);
      const tour = res.json();
      const twin = generatedOnes.find(
        (x) => x.personId === row.personId && x.terms.title === row.terms.title,
      );
      expect(tour).toMatchObject({
        status: twin?.status,
        version: row.rowVersion,
        agreedVersion: twin?.agreedVersion,
      });
      expect(tour.mySide).toBe(row.personId === loginId ? "person" : "company");
      if (tour.status === "proposed" && tour.signatures.length === 1) {
        expect(tour).toMatchObject({ pendingVersion: 1, can: { sign: true } });
      }
      if (tour.agreedVersion === 2) {
        const diff = await me.get(`/api/v1/tours/${row.id}/versions/2/diff`);
        const fields = diff.json().changes.map((c: { field: string }) => c.field);
        expect(fields).toEqual(expect.arrayContaining(["plannedEndDate", "successMeasures"]));
      }
    }

    const alliance = (await me.get("/api/v1/me/alliance")).json();
    expect(alliance.asPerson).toHaveLength(generatedOnes.filter((x) => x.personId === loginId).length);
    expect(alliance.asSponsor).toHaveLength(generatedOnes.filter((x) => x.sponsorId === loginId).length);
  });

  it("shows her timeline: owner with her own tour and its check-ins, alumna of her former company", async () => {
    const me = t.anonymous();
    expect((await me.post("/api/v1/auth/sign-in", await seedDemo(t.database.db, TODAY))).statusCode).toBe(
      200,
    );
    const res = await me.get("/api/v1/me/timeline");
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    const own = expected.tours.find((x) => x.personId === loginId);
    const current = items.find((i: { org: { slug: string } }) => i.org.slug === expected.companies[0]?.slug);
    expect(current).toMatchObject({ standing: "member", role: "owner" });
    expect(current.tours).toEqual([
      expect.objectContaining({ title: own?.terms.title, status: own?.status }),
    ]);
    expect(current.tours[0].checkIns).toBe(expected.checkIns.filter((c) => c.tourKey === own?.key).length);
    const past = expected.memberships.find((m) => m.personId === loginId && m.status !== "active");
    const former = items.find((i: { org: { slug: string } }) => i.org.slug === past?.companySlug);
    expect(former).toMatchObject({ standing: "alumnus", alumniTier: past?.alumniTier });
    expect(former.affiliations.map((a: { stage: string }) => a.stage)).toEqual(["employee", "alumni"]);
    expect(former.departures).toEqual([{ lastDay: past?.endedOn, goodStanding: true, selfReported: false }]);
  });
});
