import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VISIBILITIES, type Visibility } from "../../../shared/people/schemas.ts";
import { buildTestApp, type TestApp, type TestClient } from "../../test/app.ts";
import { connect } from "../../test/factories.ts";
import { memberships, organizations } from "../organizations/organizations.tables.ts";
import { canSeeField, type ViewerRelation } from "./people.policy.ts";
import { profiles } from "./people.tables.ts";

// The search filter is SQL and the profile filter is TypeScript. This property checks they are the same
// rule: for any visibility settings, a field makes someone findable exactly when the viewer may see it.

type Person = TestClient & { userId: string; email: string };
let t: TestApp;
let viewer: Person;
const owners: { person: Person; relation: ViewerRelation }[] = [];

async function join(orgId: string, userId: string, status: "active" | "alumni") {
  await t.database.db.insert(memberships).values({ orgId, userId, role: "member", status });
}

beforeAll(async () => {
  t = await buildTestApp();
  viewer = await t.signUp("Vera Viewer");
  const [work] = await t.database.db.insert(organizations).values({ name: "Work", slug: "work" }).returning();
  const [past] = await t.database.db.insert(organizations).values({ name: "Past", slug: "past" }).returning();
  if (!work || !past) throw new Error("setup failed");
  await join(work.id, viewer.userId, "active");
  await join(past.id, viewer.userId, "active");
  // One owner for each combination of the three relations.
  for (let mask = 0; mask < 8; mask++) {
    const relation: ViewerRelation = {
      self: false,
      sharesOrg: (mask & 1) > 0,
      sharesAlumniNetwork: (mask & 2) > 0,
      connected: (mask & 4) > 0,
    };
    const person = await t.signUp(`Owner ${mask}`);
    if (relation.sharesOrg) await join(work.id, person.userId, "active");
    if (relation.sharesAlumniNetwork) await join(past.id, person.userId, "alumni");
    if (relation.connected) await connect(t, viewer.userId, person.userId);
    owners.push({ person, relation });
  }
});
afterAll(() => t.close());

const SEARCHABLE = ["headline", "location", "skills"] as const;
const visibility = fc.constantFrom<Visibility>(...VISIBILITIES);

describe("search visibility agrees with the profile policy", () => {
  it("for any per-field visibility of every owner", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(visibility, visibility, visibility), { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        async (settings, salt) => {
          for (const [i, { person }] of owners.entries()) {
            const [headline, location, skills] = settings[i] as [Visibility, Visibility, Visibility];
            await t.database.db
              .update(profiles)
              .set({
                headline: `h${salt}x${i}`,
                location: `l${salt}x${i}`,
                skills: [`s${salt}x${i}`],
                visibility: { ...(await currentVisibility(person.userId)), headline, location, skills },
              })
              .where(eq(profiles.userId, person.userId));
          }
          for (const [i, { person, relation }] of owners.entries()) {
            const vis = settings[i] as [Visibility, Visibility, Visibility];
            for (const [f, field] of SEARCHABLE.entries()) {
              const marker = `${field[0]}${salt}x${i}`;
              const found = (await viewer.get(`/api/v1/people?q=${marker}`)).json().items as { id: string }[];
              const allowed = canSeeField(relation, vis[f] as Visibility);
              expect(
                found.map((p) => p.id),
                `${field}=${vis[f]} for owner ${i}`,
              ).toEqual(allowed ? [person.userId] : []);
            }
            const profile = (await viewer.get(`/api/v1/people/${person.userId}`)).json();
            for (const [f, field] of SEARCHABLE.entries()) {
              expect(field in profile, `${field} on profile of owner ${i}`).toBe(
                canSeeField(relation, vis[f] as Visibility),
              );
            }
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});

async function currentVisibility(userId: string) {
  const [row] = await t.database.db
    .select({ v: profiles.visibility })
    .from(profiles)
    .where(eq(profiles.userId, userId));
  if (!row) throw new Error("no profile");
  return row.v;
}
