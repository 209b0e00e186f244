import { and, eq } from "drizzle-orm";
import { connections } from "../features/connections/connections.tables.ts";
import { memberships, organizations } from "../features/organizations/organizations.tables.ts";
import type { TestApp, TestClient } from "./app.ts";

/** Creates an organization through the API and returns its slug. */
export async function createOrg(
  owner: TestClient,
  name: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await owner.post("/api/v1/orgs", { name, ...extra });
  if (res.statusCode !== 201) throw new Error(`create org failed: ${res.body}`);
  return res.json().slug;
}

/** Invites by email and accepts from the invitee's session, as a person would from the emailed link. */
export async function addMember(
  t: TestApp,
  admin: TestClient,
  slug: string,
  person: TestClient & { email: string },
  role = "member",
): Promise<void> {
  const inv = await admin.post(`/api/v1/orgs/${slug}/invitations`, { email: person.email, role });
  if (inv.statusCode !== 201) throw new Error(`invite failed: ${inv.body}`);
  const accepted = await person.post("/api/v1/invitations/accept", {
    token: t.mail.tokenFrom(person.email, "/invitations/accept"),
  });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
}

/** Alumni standing has no API until the lifecycle feature; tests set it directly in the table. */
export async function makeAlumnus(t: TestApp, slug: string, userId: string): Promise<void> {
  const [row] = await t.database.db.select().from(organizations).where(eq(organizations.slug, slug));
  if (!row) throw new Error("no such org");
  await t.database.db
    .update(memberships)
    .set({ status: "alumni" })
    .where(and(eq(memberships.orgId, row.id), eq(memberships.userId, userId)));
}

/** Inserts a mutual link directly (quicker than a request and an accept) and lets the graph see it. */
export async function connect(t: TestApp, a: string, b: string): Promise<void> {
  const [userA, userB] = a < b ? [a, b] : [b, a];
  await t.database.db.insert(connections).values({ userA, userB });
  await t.syncGraph();
}
