import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestClient } from "../../test/app.ts";
import { addMember, createOrg, makeAlumnus } from "../../test/factories.ts";

type Person = TestClient & { userId: string; email: string };
let t: TestApp;
let owner: Person;
let admin: Person;
let manager: Person;
let member: Person;
let outsider: Person;
let slug: string;

beforeAll(async () => {
  t = await buildTestApp();
  owner = await t.signUp("Olive Owner");
  admin = await t.signUp("Adam Admin");
  manager = await t.signUp("Mona Manager");
  member = await t.signUp("Max Member");
  outsider = await t.signUp("Otto Outsider");
  slug = await createOrg(owner, "Acme Partners", {
    mission: "Build things worth building",
    values: ["Trust", "Candour", "Craft"],
  });
  await addMember(t, owner, slug, admin, "admin");
  await addMember(t, owner, slug, manager, "manager");
  await addMember(t, admin, slug, member, "member");
});
afterAll(() => t.close());

describe("creating and reading organizations", () => {
  it("makes the creator owner and derives a slug from the name", async () => {
    const res = await outsider.post("/api/v1/orgs", { name: "Zeta Labs Ltd." });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ slug: "zeta-labs-ltd", myRole: "owner", memberCount: 1 });
  });

  it("refuses a taken slug with 409 and a field error", async () => {
    const res = await outsider.post("/api/v1/orgs", { name: "Copycat", slug });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: "ORG_SLUG_TAKEN",
      details: { fieldErrors: { slug: ["is taken"] } },
    });
  });

  it("derives a fresh slug when the name's is taken", async () => {
    const res = await outsider.post("/api/v1/orgs", { name: "Acme Partners" });
    expect(res.json().slug).toBe("acme-partners-2");
  });

  it("shows the public profile to anyone signed in, with member-only facts for members", async () => {
    const asOutsider = (await outsider.get(`/api/v1/orgs/${slug}`)).json();
    expect(asOutsider).toMatchObject({
      name: "Acme Partners",
      values: ["Trust", "Candour", "Craft"],
      myRole: null,
    });
    expect(asOutsider).not.toHaveProperty("memberCount");
    expect((await member.get(`/api/v1/orgs/${slug}`)).json()).toMatchObject({
      myRole: "member",
      memberCount: 4,
    });
    expect((await t.anonymous().get(`/api/v1/orgs/${slug}`)).statusCode).toBe(401);
    expect((await outsider.get("/api/v1/orgs/no-such-org")).statusCode).toBe(404);
  });

  it("lists only my organizations", async () => {
    const mine = (await member.get("/api/v1/orgs")).json();
    expect(mine.items.map((o: { slug: string }) => o.slug)).toEqual([slug]);
  });

  it("lets owners and admins edit the profile, and nobody else", async () => {
    expect((await admin.patch(`/api/v1/orgs/${slug}`, { vision: "A web of alliances" })).statusCode).toBe(
      200,
    );
    for (const who of [manager, member, outsider]) {
      const res = await who.patch(`/api/v1/orgs/${slug}`, { vision: "hijacked" });
      expect(res.statusCode).toBe(403);
    }
    expect((await owner.get(`/api/v1/orgs/${slug}`)).json().vision).toBe("A web of alliances");
  });
});

describe("members and roles", () => {
  it("lists members to members only, with emails for admins only", async () => {
    const asAdmin = (await admin.get(`/api/v1/orgs/${slug}/members`)).json();
    expect(asAdmin.items).toHaveLength(4);
    expect(asAdmin.items.every((m: { email?: string }) => m.email)).toBe(true);
    const asMember = (await member.get(`/api/v1/orgs/${slug}/members`)).json();
    expect(asMember.items.some((m: { email?: string }) => m.email)).toBe(false);
    expect((await outsider.get(`/api/v1/orgs/${slug}/members`)).statusCode).toBe(403);
  });

  it("paginates members", async () => {
    const p1 = (await owner.get(`/api/v1/orgs/${slug}/members?limit=3`)).json();
    const p2 = (await owner.get(`/api/v1/orgs/${slug}/members?limit=3&cursor=${p1.nextCursor}`)).json();
    expect(p1.items).toHaveLength(3);
    expect(p2.items).toHaveLength(1);
    expect(p2.nextCursor).toBeNull();
  });

  it("lets an admin change roles but not grant ownership", async () => {
    const ok = await admin.patch(`/api/v1/orgs/${slug}/members/${member.userId}`, { role: "manager" });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().role).toBe("manager");
    const owner2 = await admin.patch(`/api/v1/orgs/${slug}/members/${member.userId}`, { role: "owner" });
    expect(owner2.statusCode).toBe(403);
    const byManager = await manager.patch(`/api/v1/orgs/${slug}/members/${member.userId}`, { role: "admin" });
    expect(byManager.statusCode).toBe(403);
    await admin.patch(`/api/v1/orgs/${slug}/members/${member.userId}`, { role: "member" });
  });

  it("keeps at least one owner", async () => {
    const res = await owner.delete(`/api/v1/orgs/${slug}/members/${owner.userId}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("LAST_OWNER");
  });

  it("ends a removed member's access with the next request", async () => {
    const temp = await t.signUp("Tess Temp");
    await addMember(t, owner, slug, temp);
    expect((await temp.get(`/api/v1/orgs/${slug}/members`)).statusCode).toBe(200);
    expect((await admin.delete(`/api/v1/orgs/${slug}/members/${temp.userId}`)).statusCode).toBe(204);
    expect((await temp.get(`/api/v1/orgs/${slug}/members`)).statusCode).toBe(403);
    expect((await temp.get(`/api/v1/orgs/${slug}`)).json().myRole).toBeNull();
    expect((await temp.get("/api/v1/orgs")).json().items).toEqual([]);
  });

  it("treats alumni as outsiders to internal data", async () => {
    const leaver = await t.signUp("Lee Leaver");
    await addMember(t, owner, slug, leaver);
    await makeAlumnus(t, slug, leaver.userId);
    expect((await leaver.get(`/api/v1/orgs/${slug}/members`)).statusCode).toBe(403);
    expect((await leaver.get(`/api/v1/orgs/${slug}/invitations`)).statusCode).toBe(403);
  });

  it("lets a member leave", async () => {
    const quitter = await t.signUp("Quinn Quitter");
    await addMember(t, owner, slug, quitter);
    expect((await quitter.delete(`/api/v1/orgs/${slug}/members/${quitter.userId}`)).statusCode).toBe(204);
    expect((await quitter.get(`/api/v1/orgs/${slug}/members`)).statusCode).toBe(403);
  });
});

describe("invitations", () => {
  const invite = (by: TestClient, email: string, role = "member") =>
    by.post(`/api/v1/orgs/${slug}/invitations`, { email, role });
  const accept = (who: TestClient, token: string) => who.post("/api/v1/invitations/accept", { token });

  it("are sent by email and accepted once by the invited address", async () => {
    const invitee = await t.signUp("Ivy Invitee");
    expect((await invite(admin, invitee.email)).statusCode).toBe(201);
    const token = t.mail.tokenFrom(invitee.email, "/invitations/accept");
    const res = await accept(invitee, token);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ slug, myRole: "member" });
    // Reuse, even by the same person after leaving, is refused.
    await invitee.delete(`/api/v1/orgs/${slug}/members/${invitee.userId}`);
    const reused = await accept(invitee, token);
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe("INVITATION_INVALID");
  });

  it("refuses expired, revoked, other-address and unknown invitations with one generic error", async () => {
    const target = await t.signUp("Tara Target");
    const other = await t.signUp("Oscar Other");

    await invite(owner, target.email);
    const wrongPerson = await accept(other, t.mail.tokenFrom(target.email, "/invitations/accept"));

    const revokedRes = await invite(owner, target.email);
    const revokedToken = t.mail.tokenFrom(target.email, "/invitations/accept");
    expect((await owner.delete(`/api/v1/orgs/${slug}/invitations/${revokedRes.json().id}`)).statusCode).toBe(
      204,
    );
    const revoked = await accept(target, revokedToken);

    await invite(owner, target.email);
    const expiringToken = t.mail.tokenFrom(target.email, "/invitations/accept");
    t.advanceClock(7 * 24 * 60 * 60 * 1000 + 1000);
    const expired = await accept(target, expiringToken);
    t.advanceClock(-(7 * 24 * 60 * 60 * 1000 + 1000));

    const unknown = await accept(target, "made-up-token");

    const bodies = [wrongPerson, revoked, expired, unknown].map((r) => {
      expect(r.statusCode).toBe(400);
      return r.json();
    });
    for (const b of bodies) expect(b).toEqual(bodies[0]);
    expect(bodies[0].error.code).toBe("INVITATION_INVALID");
    expect((await target.get(`/api/v1/orgs/${slug}`)).json().myRole).toBeNull();
  });

  it("replaces a pending invitation to the same address", async () => {
    const email = "twice@example.test";
    await invite(owner, email);
    await invite(owner, email);
    const list = (await owner.get(`/api/v1/orgs/${slug}/invitations?limit=100`)).json();
    const statuses = list.items
      .filter((i: { email: string }) => i.email === email)
      .map((i: { status: string }) => i.status);
    expect(statuses.sort()).toEqual(["pending", "revoked"]);
  });

  it("are managed by owners and admins only", async () => {
    for (const who of [manager, member, outsider]) {
      expect((await invite(who, "someone@example.test")).statusCode).toBe(403);
      expect((await who.get(`/api/v1/orgs/${slug}/invitations`)).statusCode).toBe(403);
    }
    expect((await t.anonymous().get(`/api/v1/orgs/${slug}/invitations`)).statusCode).toBe(401);
  });

  it("pages without gaps through invitations created microseconds apart", async () => {
    const org = (await owner.get(`/api/v1/orgs/${slug}`)).json();
    const values = Array.from(
      { length: 9 },
      (_, i) => sql`(${org.id}::uuid, ${`burst${i}@example.test`}, 'member',
      ${`burst-hash-${i}`}, now() + interval '7 days', ${`2030-01-01 00:00:00.12340${i}+00`}::timestamptz)`,
    );
    await t.database.db.execute(
      sql`insert into invitations (org_id, email, role, token_hash, expires_at, created_at) values ${sql.join(values, sql`, `)}`,
    );
    const seen: { id: string; email: string }[] = [];
    let cursor: string | null = null;
    do {
      const res: { items: { id: string; email: string }[]; nextCursor: string | null } = (
        await owner.get(`/api/v1/orgs/${slug}/invitations?limit=2${cursor ? `&cursor=${cursor}` : ""}`)
      ).json();
      seen.push(...res.items);
      cursor = res.nextCursor;
    } while (cursor);
    const bursts = seen.map((i) => i.email).filter((e) => e.startsWith("burst"));
    expect(bursts.sort()).toEqual(Array.from({ length: 9 }, (_, i) => `burst${i}@example.test`));
    expect(new Set(seen.map((i) => i.id)).size).toBe(seen.length);
  });

  it("cannot invite an owner or an existing member", async () => {
    expect((await invite(owner, "boss@example.test", "owner")).statusCode).toBe(400);
    const dup = await invite(owner, member.email);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe("ALREADY_MEMBER");
  });
});
