import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../../shared/organizations/schemas.ts";
import type { AlumniAudienceTier, PostAudience } from "../../../shared/posts/constants.ts";
import { createTestDatabase, type TestDatabase } from "../../test/db.ts";
import { users } from "../accounts/accounts.tables.ts";
import { type Actor, ANONYMOUS } from "../accounts/actor.ts";
import { connections } from "../connections/connections.tables.ts";
import { type MembershipStatus, memberships, organizations } from "../organizations/organizations.tables.ts";
import { standingOf } from "../organizations/standing.ts";
import { canReadPost, type ReaderFacts } from "./posts.policy.ts";
import { visiblePostIds } from "./posts.repo.ts";
import { posts } from "./posts.tables.ts";

// The list query filters in SQL (visibleSql); the single read decides with canReadPost. Over random
// worlds of people, memberships (every status, role, tier and last day), connections and posts, both
// must select exactly the same posts for every viewer, anonymous included.

const TODAY = "2026-06-15";
const USERS = ["u0", "u1", "u2", "u3", "u4", "u5"];
const ORGS = ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"];

const membership = fc.record({
  user: fc.constantFrom(...USERS),
  org: fc.constantFrom(...ORGS),
  status: fc.constantFrom<MembershipStatus>("active", "alumni", "former", "removed"),
  role: fc.constantFrom<Role>("owner", "admin", "manager", "member"),
  endedOn: fc.constantFrom(null, "2026-06-14", TODAY, "2026-06-16"),
  tier: fc.constantFrom(null, "alumni" as const, "distinguished" as const),
});
const postSpec = fc.record({
  author: fc.constantFrom(...USERS),
  audience: fc.constantFrom<PostAudience>("org_internal", "alumni_network", "connections", "public"),
  org: fc.constantFrom(...ORGS),
  tier: fc.constantFrom<AlumniAudienceTier>("all", "distinguished"),
  deleted: fc.boolean(),
});
const world = fc.record({
  memberships: fc.uniqueArray(membership, { selector: (m) => `${m.user}/${m.org}`, maxLength: 12 }),
  links: fc.uniqueArray(
    fc
      .tuple(fc.constantFrom(...USERS), fc.constantFrom(...USERS))
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => (a < b ? [a, b] : [b, a]) as [string, string]),
    { selector: ([a, b]) => `${a}/${b}`, maxLength: 8 },
  ),
  posts: fc.array(postSpec, { minLength: 1, maxLength: 12 }),
});

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.insert(users).values(USERS.map((id) => ({ id, name: id, email: `${id}@x.test` })));
  await t.db.insert(organizations).values(ORGS.map((id, i) => ({ id, name: `Org ${i}`, slug: `org-${i}` })));
});
afterAll(() => t.drop());

const asActor = (id: string | null): Actor =>
  id === null
    ? ANONYMOUS
    : { kind: "user", userId: id, email: `${id}@x.test`, name: id, emailVerified: true };

describe("visibleSql", () => {
  it("selects exactly the posts canReadPost allows, for every viewer", async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        await t.db.execute(sql`truncate posts, memberships, connections cascade`);
        if (w.memberships.length) {
          await t.db.insert(memberships).values(
            w.memberships.map((m) => ({
              orgId: m.org,
              userId: m.user,
              role: m.role,
              status: m.status,
              endedOn: m.endedOn,
              alumniTier: m.tier,
            })),
          );
        }
        if (w.links.length)
          await t.db.insert(connections).values(w.links.map(([userA, userB]) => ({ userA, userB })));
        const rows = await t.db
          .insert(posts)
          .values(
            w.posts.map((p) => ({
              authorId: p.author,
              kind: "learning" as const,
              title: "t",
              bodyMarkdown: "b",
              bodyHtml: "<p>b</p>",
              audience: p.audience,
              audienceOrgId: p.audience === "org_internal" || p.audience === "alumni_network" ? p.org : null,
              alumniTier: p.audience === "alumni_network" ? p.tier : null,
              deletedAt: p.deleted ? new Date() : null,
            })),
          )
          .returning();

        for (const viewer of [null, ...USERS]) {
          const fromSql = new Set(await visiblePostIds(t.db, viewer, TODAY));
          for (const row of rows) {
            const m = w.memberships.find((x) => x.user === viewer && x.org === row.audienceOrgId);
            const reader: ReaderFacts = {
              connectedToAuthor: w.links.some(
                ([a, b]) => (a === viewer && b === row.authorId) || (b === viewer && a === row.authorId),
              ),
              orgStanding: m ? standingOf(m, TODAY) : null,
              alumniTier: m?.tier ?? null,
              role: m?.role ?? null,
            };
            const facts = {
              authorId: row.authorId,
              audience: row.audience,
              orgId: row.audienceOrgId,
              tier: row.alumniTier,
            };
            const expected = row.deletedAt === null && canReadPost(asActor(viewer), facts, reader);
            expect(fromSql.has(row.id), `${viewer ?? "anonymous"} reading ${JSON.stringify(facts)}`).toBe(
              expected,
            );
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
