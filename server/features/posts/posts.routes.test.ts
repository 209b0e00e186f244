import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestClient } from "../../test/app.ts";
import { addMember, connect, createOrg, makeAlumnus } from "../../test/factories.ts";
import { memberships, organizations } from "../organizations/organizations.tables.ts";
import { posts } from "./posts.tables.ts";

// Ann, a member of Acme, writes one post to each audience. Every kind of actor then asks for them through
// the list, the single read, the replies and the thanks; each reaches exactly what the policy allows.

type Person = TestClient & { userId: string; email: string };
let t: TestApp;
let acmeId: string;
let otherId: string;
const people: Record<string, Person> = {};
const postIds: Record<string, string> = {};

const AUDIENCES = ["public", "connections", "internal", "alumni", "distinguished"] as const;
type AudienceName = (typeof AUDIENCES)[number];

async function orgIdOf(slug: string) {
  const [row] = await t.database.db.select().from(organizations).where(eq(organizations.slug, slug));
  if (!row) throw new Error("no org");
  return row.id;
}

async function setMembership(userId: string, values: Partial<typeof memberships.$inferInsert>) {
  await t.database.db
    .update(memberships)
    .set(values)
    .where(and(eq(memberships.orgId, acmeId), eq(memberships.userId, userId)));
}

const client = (name: string): TestClient =>
  name === "anonymous" ? t.anonymous() : (people[name] as Person);

beforeAll(async () => {
  t = await buildTestApp();
  const names = ["olive", "ann", "mel", "mgr", "adm", "alf", "dee", "rex", "fay", "otto", "cora", "stan"];
  for (const n of names) people[n] = await t.signUp(n[0]?.toUpperCase() + n.slice(1));
  const p = people as Record<string, Person>;
  const slug = await createOrg(p.olive as Person, "Acme");
  acmeId = await orgIdOf(slug);
  for (const n of ["ann", "mel", "alf", "dee", "rex", "fay"])
    await addMember(t, p.olive as Person, slug, p[n] as Person);
  await addMember(t, p.olive as Person, slug, p.mgr as Person, "manager");
  await addMember(t, p.olive as Person, slug, p.adm as Person, "admin");
  await makeAlumnus(t, slug, (p.alf as Person).userId);
  await makeAlumnus(t, slug, (p.dee as Person).userId);
  await setMembership((p.alf as Person).userId, { alumniTier: "alumni", endedOn: "2020-01-31" });
  await setMembership((p.dee as Person).userId, { alumniTier: "distinguished", endedOn: "2020-01-31" });
  await setMembership((p.rex as Person).userId, { status: "removed", endedOn: "2020-01-31" });
  await setMembership((p.fay as Person).userId, { status: "former", endedOn: "2020-01-31" });
  otherId = await orgIdOf(await createOrg(p.otto as Person, "Other Inc"));
  await connect(t, (p.ann as Person).userId, (p.cora as Person).userId);

  const audiences: Record<AudienceName, unknown> = {
    public: { kind: "public" },
    connections: { kind: "connections" },
    internal: { kind: "org_internal", orgId: acmeId },
    alumni: { kind: "alumni_network", orgId: acmeId },
    distinguished: { kind: "alumni_network", orgId: acmeId, tier: "distinguished" },
  };
  for (const a of AUDIENCES) {
    const res = await (p.ann as Person).post("/api/v1/posts", {
      kind: "learning",
      title: `To ${a}`,
      body: `What I learned, for **${a}**.`,
      audience: audiences[a],
      tags: ["Pricing", "pricing", a],
    });
    expect(res.statusCode, res.body).toBe(201);
    postIds[a] = res.json().id;
  }
});
afterAll(() => t.close());

const Y = true;
const N = false;
// Columns follow AUDIENCES: public, connections, internal, alumni (all), distinguished alumni.
const reaches: [string, boolean[]][] = [
  ["anonymous", [Y, N, N, N, N]],
  ["stan", [Y, N, N, N, N]],
  ["cora", [Y, Y, N, N, N]],
  ["mel", [Y, N, Y, Y, Y]],
  ["mgr", [Y, N, Y, Y, Y]],
  ["adm", [Y, N, Y, Y, Y]],
  ["olive", [Y, N, Y, Y, Y]],
  ["alf", [Y, N, N, Y, N]],
  ["dee", [Y, N, N, Y, Y]],
  ["rex", [Y, N, N, N, N]],
  ["fay", [Y, N, N, N, N]],
  ["otto", [Y, N, N, N, N]],
  ["ann", [Y, Y, Y, Y, Y]],
];

describe("who reaches which post", () => {
  it.each(reaches)("%s reaches exactly the allowed posts through the list", async (name, row) => {
    const res = await client(name).get("/api/v1/posts?limit=100");
    expect(res.statusCode).toBe(200);
    const ids = new Set(res.json().items.map((i: { id: string }) => i.id));
    expect(AUDIENCES.map((a) => ids.has(postIds[a]))).toEqual(row);
    const byOrg = await client(name).get(`/api/v1/posts?orgId=${acmeId}&limit=100`);
    expect(byOrg.json().items.length).toBe(row.slice(2).filter(Boolean).length);
  });

  it.each(reaches)(
    "%s reaches exactly the allowed posts one by one, with their replies",
    async (name, row) => {
      for (const [i, a] of AUDIENCES.entries()) {
        const single = await client(name).get(`/api/v1/posts/${postIds[a]}`);
        expect(single.statusCode, `${name} reading ${a}`).toBe(row[i] ? 200 : 404);
        if (!row[i]) expect(single.json().error.code).toBe("POST_NOT_FOUND");
        const replies = await client(name).get(`/api/v1/posts/${postIds[a]}/replies`);
        expect(replies.statusCode, `${name} reading replies of ${a}`).toBe(row[i] ? 200 : 404);
      }
    },
  );

  it("counts only thanks and replies from people the post reaches", async () => {
    for (const [name, row] of reaches) {
      if (name === "anonymous") continue;
      for (const [i, a] of AUDIENCES.entries()) {
        const thanks = await client(name).put(`/api/v1/posts/${postIds[a]}/thanks`);
        const expected = name === "ann" ? (row[i] ? 403 : 404) : row[i] ? 200 : 404;
        expect(thanks.statusCode, `${name} thanking ${a}`).toBe(expected);
        const reply = await client(name).post(`/api/v1/posts/${postIds[a]}/replies`, {
          body: `from ${name}`,
        });
        expect(reply.statusCode, `${name} replying to ${a}`).toBe(row[i] ? 201 : 404);
      }
    }
    const readers = (i: number) => reaches.filter(([n, row]) => n !== "anonymous" && row[i]).length;
    const list = (await people.ann?.get("/api/v1/posts?limit=100"))?.json().items as {
      id: string;
      thanksCount: number;
      replyCount: number;
    }[];
    for (const [i, a] of AUDIENCES.entries()) {
      const item = list.find((p) => p.id === postIds[a]);
      expect(item?.thanksCount, a).toBe(readers(i) - 1);
      expect(item?.replyCount, a).toBe(readers(i));
    }
    const mine = (await people.dee?.get(`/api/v1/posts/${postIds.distinguished}`))?.json();
    expect(mine).toMatchObject({ thankedByMe: true, bodyMarkdown: null, canEdit: false, canDelete: false });
  });

  it("is idempotent for thanks, and takes them back", async () => {
    const url = `/api/v1/posts/${postIds.public}/thanks`;
    const before = (await people.stan?.put(url))?.json();
    expect((await people.stan?.put(url))?.json()).toEqual(before);
    expect((await people.stan?.delete(url))?.json()).toEqual({
      thanksCount: before.thanksCount - 1,
      thankedByMe: false,
    });
    expect((await people.stan?.delete(url))?.statusCode).toBe(200);
    expect((await t.anonymous().put(url)).statusCode).toBe(401);
  });
});

describe("writing", () => {
  it("answers the author's view, with tags lower-cased once and the markdown source", async () => {
    const res = await people.ann?.get(`/api/v1/posts/${postIds.internal}`);
    expect(res?.json()).toMatchObject({
      kind: "learning",
      title: "To internal",
      bodyHtml: "<p>What I learned, for <strong>internal</strong>.</p>",
      bodyMarkdown: "What I learned, for **internal**.",
      author: { id: people.ann?.userId, displayName: "Ann" },
      audience: {
        kind: "org_internal",
        org: { id: acmeId, slug: expect.any(String), name: "Acme" },
        tier: null,
      },
      tags: ["pricing", "internal"],
      canEdit: true,
      canDelete: true,
    });
  });

  it("posts to an organization audience only from inside it", async () => {
    const body = (audience: unknown) => ({ kind: "intel", title: "x", body: "y", audience });
    const cases: [string, unknown, number][] = [
      ["otto", { kind: "org_internal", orgId: acmeId }, 403],
      ["otto", { kind: "alumni_network", orgId: acmeId }, 403],
      ["ann", { kind: "org_internal", orgId: otherId }, 403],
      ["alf", { kind: "org_internal", orgId: acmeId }, 403],
      ["alf", { kind: "alumni_network", orgId: acmeId, tier: "distinguished" }, 403],
      ["rex", { kind: "alumni_network", orgId: acmeId }, 403],
      ["fay", { kind: "alumni_network", orgId: acmeId }, 403],
      ["ann", { kind: "org_internal", orgId: "00000000-0000-4000-8000-000000000000" }, 403],
      ["alf", { kind: "alumni_network", orgId: acmeId }, 201],
      ["dee", { kind: "alumni_network", orgId: acmeId, tier: "distinguished" }, 201],
      ["stan", { kind: "public" }, 201],
    ];
    for (const [name, audience, status] of cases) {
      const res = await client(name).post("/api/v1/posts", body(audience));
      expect(res.statusCode, `${name} → ${JSON.stringify(audience)}: ${res.body}`).toBe(status);
      if (status === 403) expect(res.json().error.code).toBe("POST_AUDIENCE_FORBIDDEN");
    }
  });

  it("rejects bad input with a validation error, never a 500", async () => {
    const ann = people.ann as Person;
    const valid = { kind: "learning", title: "t", body: "b", audience: { kind: "public" } };
    const bad: unknown[] = [
      {},
      { ...valid, kind: "rant" },
      { ...valid, title: "" },
      { ...valid, title: "x".repeat(201) },
      { ...valid, body: "x".repeat(20_001) },
      { ...valid, audience: { kind: "everyone" } },
      { ...valid, audience: { kind: "org_internal" } },
      { ...valid, audience: { kind: "org_internal", orgId: "acme" } },
      { ...valid, audience: { kind: "alumni_network", orgId: acmeId, tier: "gold" } },
      { ...valid, tags: ["<script>"] },
      { ...valid, tags: Array.from({ length: 11 }, (_, i) => `t${i}`) },
      { ...valid, tags: "pricing" },
    ];
    for (const b of bad) {
      const res = await ann.post("/api/v1/posts", b);
      expect(res.statusCode, JSON.stringify(b).slice(0, 80)).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    }
    for (const url of [
      "/api/v1/posts/not-a-uuid",
      "/api/v1/posts?kind=rant",
      "/api/v1/posts?orgId=acme",
      "/api/v1/posts?limit=0",
      "/api/v1/posts?cursor=garbage",
      `/api/v1/posts?cursor=${Buffer.from(JSON.stringify({ at: "yesterday", id: "x" })).toString("base64url")}`,
      "/api/v1/posts/not-a-uuid/replies",
    ]) {
      const res = await ann.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    }
    expect((await ann.post(`/api/v1/posts/${postIds.public}/replies`, { body: "" })).statusCode).toBe(400);
    expect((await t.anonymous().post("/api/v1/posts", valid)).statusCode).toBe(401);
  });

  it("lets the author alone edit, re-rendering the body and checking a new audience", async () => {
    const url = `/api/v1/posts/${postIds.alumni}`;
    expect((await people.mel?.patch(url, { title: "mine now" }))?.statusCode).toBe(403);
    expect((await people.stan?.patch(url, { title: "mine now" }))?.statusCode).toBe(404);
    expect(
      (await people.ann?.patch(url, { audience: { kind: "org_internal", orgId: otherId } }))?.statusCode,
    ).toBe(403);
    const res = await people.ann?.patch(url, {
      body: "Now _edited_ <script>alert(1)</script>",
      tags: ["Edited"],
    });
    expect(res?.statusCode).toBe(200);
    expect(res?.json()).toMatchObject({
      title: "To alumni",
      bodyHtml: "<p>Now <em>edited</em> &lt;script&gt;alert(1)&lt;/script&gt;</p>",
      tags: ["edited"],
    });
    expect(new Date(res?.json().updatedAt).getTime()).toBeGreaterThan(
      new Date(res?.json().createdAt).getTime() - 1,
    );
  });
});

describe("listing", () => {
  it("filters by kind and tag and pages newest first with a cursor", async () => {
    const stan = people.stan as Person;
    for (const i of [1, 2, 3]) {
      const res = await stan.post("/api/v1/posts", {
        kind: "announcement",
        title: `Page ${i}`,
        body: "b",
        audience: { kind: "connections" },
        tags: ["paging"],
      });
      expect(res.statusCode).toBe(201);
    }
    const first = (await stan.get("/api/v1/posts?tag=paging&limit=2")).json();
    expect(first.items.map((p: { title: string }) => p.title)).toEqual(["Page 3", "Page 2"]);
    const second = (await stan.get(`/api/v1/posts?tag=paging&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((p: { title: string }) => p.title)).toEqual(["Page 1"]);
    expect(second.nextCursor).toBeNull();
    const announcements = (await stan.get("/api/v1/posts?kind=announcement&limit=100")).json();
    expect(announcements.items.every((p: { kind: string }) => p.kind === "announcement")).toBe(true);
    expect(announcements.items.length).toBe(3);
    expect((await people.cora?.get("/api/v1/posts?tag=paging"))?.json().items).toEqual([]);
  });

  it("pages replies oldest first", async () => {
    const first = (await people.ann?.get(`/api/v1/posts/${postIds.public}/replies?limit=2`))?.json();
    expect(first.items.map((r: { bodyHtml: string }) => r.bodyHtml)).toEqual([
      "<p>from stan</p>",
      "<p>from cora</p>",
    ]);
    const next = (
      await people.ann?.get(`/api/v1/posts/${postIds.public}/replies?limit=2&cursor=${first.nextCursor}`)
    )?.json();
    expect(next.items[0].bodyHtml).toBe("<p>from mel</p>");
  });
});

describe("sanitized bodies through the API", () => {
  it("stores and serves no markup that can run, in posts and replies", async () => {
    const payload = "<img src=x onerror=alert(1)> [x](javascript:alert(1)) <svg onload=alert(1)>";
    const created = await people.stan?.post("/api/v1/posts", {
      kind: "intel",
      title: "<script>alert(1)</script>",
      body: payload,
      audience: { kind: "public" },
    });
    expect(created?.statusCode).toBe(201);
    const html = created?.json().bodyHtml as string;
    expect(html).not.toMatch(/<img|<svg|href="javascript/i);
    expect(created?.json().title).toBe("<script>alert(1)</script>");
    const reply = await people.cora?.post(`/api/v1/posts/${created?.json().id}/replies`, { body: payload });
    expect(reply?.json().bodyHtml).not.toMatch(/<img|<svg|href="javascript/i);
  });
});

describe("deleting and moderation", () => {
  it("lets an Acme admin remove a post to Acme's members, recording the moderation", async () => {
    const url = `/api/v1/posts/${postIds.internal}`;
    expect((await people.mel?.delete(url))?.statusCode).toBe(403);
    expect((await people.mgr?.delete(url))?.statusCode).toBe(403);
    expect((await people.otto?.delete(url))?.statusCode).toBe(404);
    expect((await people.adm?.delete(`/api/v1/posts/${postIds.public}`))?.statusCode).toBe(403);
    expect((await people.adm?.get(url))?.json().canDelete).toBe(true);
    expect((await people.adm?.delete(url))?.statusCode).toBe(204);
    const [row] = await t.database.db
      .select()
      .from(posts)
      .where(eq(posts.id, postIds.internal as string));
    expect(row).toMatchObject({ moderatedBy: people.adm?.userId, deletedAt: expect.any(Date) });
    for (const name of ["ann", "adm", "mel"]) {
      expect((await client(name).get(url)).statusCode).toBe(404);
      const list = (await client(name).get("/api/v1/posts?limit=100")).json();
      expect(list.items.some((p: { id: string }) => p.id === postIds.internal)).toBe(false);
    }
    expect((await people.ann?.delete(url))?.statusCode).toBe(404);
  });

  it("lets the author delete their own, without a moderation record", async () => {
    const url = `/api/v1/posts/${postIds.connections}`;
    expect((await people.cora?.delete(url))?.statusCode).toBe(403);
    expect((await people.ann?.delete(url))?.statusCode).toBe(204);
    const [row] = await t.database.db
      .select()
      .from(posts)
      .where(eq(posts.id, postIds.connections as string));
    expect(row?.moderatedBy).toBeNull();
    expect((await people.cora?.get(url))?.statusCode).toBe(404);
  });
});
