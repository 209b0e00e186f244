import { hashPassword } from "better-auth/crypto";
import { eq, like, or, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "../../db/client.ts";
import { accounts, users } from "../accounts/accounts.tables.ts";
import { memberships, organizations } from "../organizations/organizations.tables.ts";
import { profiles } from "../people/people.tables.ts";
import { type DemoNetwork, generateDemoNetwork } from "./demo.generator.ts";
import { batches, insertLifecycle } from "./demo.seed-lifecycle.ts";
import { insertTrustNetwork } from "./demo.seed-network.ts";

export const DEMO_SEED = 42;
export const DEMO_SIZE = { companies: 4, people: 60 };
/** Shared by every demo account; the app requires at least ten characters. */
export const DEMO_PASSWORD = "alliance-demo";

/**
 * Seeds the demo network (`npm start -- --demo`) and returns the login to print. Idempotent: when the demo
 * login already exists nothing is inserted, so restarting with --demo keeps whatever the visitor changed.
 * Dates are computed from today, so tours of duty look current whenever the demo is first seeded: their
 * statuses, check-ins and reminders are what the app itself would show on that day. Tests pass `asOf` to
 * know exactly which network was seeded.
 */
export async function seedDemo(
  db: Database,
  asOf = new Date().toISOString().slice(0, 10),
): Promise<{ email: string; password: string }> {
  const network = generateDemoNetwork(DEMO_SEED, DEMO_SIZE, asOf);
  const login = { email: (network.people[0] as { email: string }).email, password: DEMO_PASSWORD };
  if (await userExists(db, login.email)) return login;

  // scrypt is deliberately slow: hash once and share the hash across every demo account.
  const hash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    // Two processes seeding the same database at once must not both insert; the second waits, then skips.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('alliance.demo-seed'))`);
    if (await userExists(tx, login.email)) return;
    await insertNetwork(tx, network, hash);
  });
  return login;
}

async function userExists(db: DbOrTx, email: string): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return rows.length > 0;
}

async function insertNetwork(tx: DbOrTx, network: DemoNetwork, passwordHash: string): Promise<void> {
  const { people, companies } = network;
  // Verified up front: the demo is for looking around, not for checking an inbox.
  await tx
    .insert(users)
    .values(people.map((p) => ({ id: p.id, name: p.displayName, email: p.email, emailVerified: true })));
  // The same shape better-auth writes for an email-and-password sign-up.
  await tx.insert(accounts).values(
    people.map((p) => ({
      id: `${p.id}-credential`,
      accountId: p.id,
      providerId: "credential",
      userId: p.id,
      password: passwordHash,
    })),
  );
  await tx
    .insert(profiles)
    .values(people.map(({ id, email: _email, ...profile }) => ({ userId: id, ...profile })));

  const slugs = await freeSlugs(
    tx,
    companies.map((c) => c.slug),
  );
  const ownerOf = new Map(
    network.memberships.filter((m) => m.role === "owner").map((m) => [m.companySlug, m.personId]),
  );
  const inserted = await tx
    .insert(organizations)
    .values(
      companies.map((c) => ({
        name: c.name,
        slug: slugs.get(c.slug) as string,
        description: c.description,
        website: c.website,
        mission: c.mission,
        vision: c.vision,
        values: c.values,
        createdBy: ownerOf.get(c.slug) ?? null,
      })),
    )
    .returning({ id: organizations.id, slug: organizations.slug });
  const orgIdBySlug = new Map(inserted.map((o) => [o.slug, o.id]));
  const orgId = (demoSlug: string) => orgIdBySlug.get(slugs.get(demoSlug) as string) as string;

  for (const rows of batches(network.memberships)) {
    await tx.insert(memberships).values(
      rows.map(({ personId, companySlug, ...m }) => ({
        ...m,
        orgId: orgId(companySlug),
        userId: personId,
      })),
    );
  }
  await insertTrustNetwork(tx, network, orgId);
  await insertLifecycle(tx, network, orgId);
}

/**
 * Maps each demo slug to one nobody uses yet: a database that already holds real organizations may have
 * taken a demo company's slug, and the demo must not fail (or hijack that organization) because of it.
 */
async function freeSlugs(tx: DbOrTx, wanted: string[]): Promise<Map<string, string>> {
  // Slugs hold only [a-z0-9-], so they are safe inside a LIKE pattern.
  const rows = await tx
    .select({ slug: organizations.slug })
    .from(organizations)
    .where(or(...wanted.map((s) => like(organizations.slug, `${s}%`))));
  const taken = new Set(rows.map((r) => r.slug));
  const result = new Map<string, string>();
  for (const slug of wanted) {
    let free = slug;
    for (let n = 1; taken.has(free); n++) free = n === 1 ? `${slug}-demo` : `${slug}-demo-${n}`;
    taken.add(free);
    result.set(slug, free);
  }
  return result;
}
