import { createHash } from "node:crypto";
import type pg from "pg";
import { createRandom, type Random } from "../../server/features/demo/demo.random.ts";
import { generateNetwork } from "../../server/features/graph/synthetic-network.ts";
import type { ConnectionListVisibility, TrustLevel } from "../../shared/connections/constants.ts";
import { DEFAULT_VISIBILITY } from "../../shared/people/constants.ts";

export interface SeedOptions {
  people: number;
  /** Links of the viewer, each to a distinct seeded person who has links of their own. */
  viewerConnections: number;
  avgDegree: number;
  seed: number;
}

export interface SeededNetwork {
  /** User ids of the seeded people (the viewer not included). */
  ids: string[];
  links: number;
  organizations: number;
  stints: number;
  /** People with no links at all (new accounts). */
  isolated: number;
  listVisibility: Record<ConnectionListVisibility, number>;
  ms: number;
}

/** Share of people with no links yet: new accounts, unreachable from anyone. */
const ISOLATED_SHARE = 0.02;
/** Who may see a person's connection list (and so route a path through them). */
const LIST_VISIBILITY: [ConnectionListVisibility, number][] = [
  ["public", 0.8],
  ["connections", 0.15],
  ["only_me", 0.05],
];
const FIRST = ["Ada", "Bo", "Chen", "Dana", "Emeka", "Farah", "Goran", "Hana", "Ines", "Jon", "Kofi", "Lena"];
const LAST = [
  "Okafor",
  "Silva",
  "Nguyen",
  "Berg",
  "Haddad",
  "Kowalski",
  "Moreau",
  "Ivanova",
  "Tanaka",
  "Reyes",
];

/**
 * Writes a realistic network in a few bulk statements (arrays passed whole, expanded with unnest):
 * users (verified) and profiles, organizations and stints from the synthetic generator (so link costs
 * see shared years), its heavy-tailed links with trust levels from its ratings, and the viewer's links.
 * Everything goes through the tables' triggers, as any write would. Deterministic for a seed.
 */
export async function seedNetwork(pool: pg.Pool, viewerId: string, o: SeedOptions): Promise<SeededNetwork> {
  const started = performance.now();
  const rng = createRandom(o.seed ^ 0x5eed);
  const isolated = Math.round(o.people * ISOLATED_SHARE);
  const linked = o.people - isolated;
  const net = generateNetwork({ people: linked, avgDegree: o.avgDegree, seed: o.seed });

  const ids = Array.from({ length: o.people }, (_, i) => hashId(`person:${o.seed}:${i}`));
  const names = ids.map(() => `${rng.pick(FIRST)} ${rng.pick(LAST)}`);
  const emails = ids.map((_, i) => `person${i}@bench.alliance.test`);
  const visibility = ids.map(() => LIST_VISIBILITY[rng.weighted(LIST_VISIBILITY.map((v) => v[1]))]?.[0]);
  const listVisibility = { public: 0, connections: 0, only_me: 0 };
  for (const v of visibility) listVisibility[v as ConnectionListVisibility]++;

  const orgIds = Array.from({ length: net.orgs }, (_, k) => hashUuid(`org:${o.seed}:${k}`));

  const userA: string[] = [];
  const userB: string[] = [];
  const trustA: (TrustLevel | null)[] = [];
  const trustB: (TrustLevel | null)[] = [];
  const interactions: number[] = [];
  for (let i = 0; i < net.linkA.length; i++) {
    const rating = net.rating[i] as number;
    userA.push(ids[net.linkA[i] as number] as string);
    userB.push(ids[net.linkB[i] as number] as string);
    trustA.push(trustFor(rating, rng));
    trustB.push(trustFor(rating, rng));
    interactions.push(rating >= 8 ? rng.int(0, 3) : 0);
  }
  const viewerLinks = rng.sample(
    Array.from({ length: linked }, (_, i) => i),
    o.viewerConnections,
  );
  for (const p of viewerLinks) {
    const rating = rng.int(1, 10);
    userA.push(viewerId);
    userB.push(ids[p] as string);
    trustA.push(trustFor(rating, rng));
    trustB.push(trustFor(rating, rng));
    interactions.push(0);
  }

  const client = await pool.connect();
  try {
    await client.query("begin");
    await client.query(
      `insert into users (id, name, email, email_verified)
       select id, name, email, true from unnest($1::text[], $2::text[], $3::text[]) as t(id, name, email)`,
      [ids, names, emails],
    );
    await client.query(
      `insert into profiles (user_id, display_name, visibility, connection_list_visibility)
       select id, name, $3::jsonb, vis from unnest($1::text[], $2::text[], $4::text[]) as t(id, name, vis)`,
      [ids, names, JSON.stringify(DEFAULT_VISIBILITY), visibility],
    );
    await client.query(
      `insert into organizations (id, name, slug)
       select id, 'Organization ' || n, 'bench-org-' || n from unnest($1::uuid[]) with ordinality as t(id, n)`,
      [orgIds],
    );
    await client.query(
      `insert into affiliations (org_id, user_id, stage, started_on, ended_on)
       select org, person, 'employee', make_date(y0, 1, 1), case when y1 = 0 then null else make_date(y1, 6, 30) end
       from unnest($1::uuid[], $2::text[], $3::int[], $4::int[]) as t(org, person, y0, y1)`,
      [
        net.stints.map((s) => orgIds[s.org]),
        net.stints.map((s) => ids[s.person]),
        net.stints.map((s) => s.from),
        net.stints.map((s) => s.to),
      ],
    );
    // The smaller id first, as the table requires, compared by the database's own collation.
    await client.query(
      `insert into connections (user_a, user_b, trust_a, trust_b, interactions)
       select least(a, b), greatest(a, b), case when a < b then ta else tb end, case when a < b then tb else ta end, n
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) as t(a, b, ta, tb, n)`,
      [userA, userB, trustA, trustB, interactions],
    );
    await client.query("commit");
  } catch (err) {
    await client.query("rollback").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
  // As autovacuum would have by the time anyone asks.
  await pool.query("analyze");
  return {
    ids,
    links: userA.length,
    organizations: net.orgs,
    stints: net.stints.length,
    isolated,
    listVisibility,
    ms: performance.now() - started,
  };
}

/** One side's trust level, mostly following the link's rating; sometimes unset. */
function trustFor(rating: number, rng: Random): TrustLevel | null {
  if (rng.chance(0.2)) return null;
  const r = rating + rng.int(-1, 1);
  return r >= 7 ? "would_vouch_for" : r >= 4 ? "worked_with" : "know_of";
}

/** A 32-character id like better-auth's, stable for a seed. */
function hashId(key: string): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 32);
}

function hashUuid(key: string): string {
  const h = createHash("sha256").update(key).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
