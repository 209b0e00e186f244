import { and, asc, count, desc, eq, gt, lt, or, sql } from "drizzle-orm";
import type { Role } from "../../../shared/organizations/schemas.ts";
import type { DbOrTx } from "../../db/client.ts";
import { users } from "../accounts/accounts.tables.ts";
import { profiles } from "../people/people.tables.ts";
import type { MembershipFacts } from "./organizations.policy.ts";
import { invitations, memberships, organizations } from "./organizations.tables.ts";
import { isMemberSql, standingOf } from "./standing.ts";

export type OrgRow = typeof organizations.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;

export async function findOrgBySlug(db: DbOrTx, slug: string): Promise<OrgRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  return row;
}

export async function findOrgById(db: DbOrTx, id: string): Promise<OrgRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function slugExists(db: DbOrTx, slug: string): Promise<boolean> {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, slug));
  return !!row;
}

export async function insertOrg(db: DbOrTx, values: typeof organizations.$inferInsert): Promise<OrgRow> {
  const [row] = await db.insert(organizations).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateOrg(db: DbOrTx, id: string, patch: Partial<OrgRow>): Promise<OrgRow | undefined> {
  const [row] = await db
    .update(organizations)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(organizations.id, id))
    .returning();
  return row;
}

/** The caller's role and standing on `today`, or null when they never belonged. */
export async function membershipOf(
  db: DbOrTx,
  orgId: string,
  userId: string,
  today: string,
): Promise<MembershipFacts | null> {
  const [row] = await db
    .select({ role: memberships.role, status: memberships.status, endedOn: memberships.endedOn })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return row ? { role: row.role, standing: standingOf(row, today) } : null;
}

/**
 * Adds or re-activates a membership starting `today`. Someone who had left and comes back is marked a
 * boomerang; the result says whether they are one.
 */
export async function upsertActiveMembership(
  db: DbOrTx,
  orgId: string,
  userId: string,
  role: Role,
  today: string,
): Promise<{ boomerang: boolean }> {
  const [row] = await db
    .insert(memberships)
    .values({ orgId, userId, role, status: "active", startedOn: today })
    .onConflictDoUpdate({
      target: [memberships.orgId, memberships.userId],
      set: {
        role,
        status: "active",
        endedOn: null,
        startedOn: today,
        alumniTier: null,
        alumniRemovedAt: null,
        alumniRemovedReason: null,
        boomerang: sql`${memberships.boomerang} or ${memberships.status} in ('alumni', 'former')`,
        updatedAt: new Date(),
      },
    })
    .returning({ boomerang: memberships.boomerang });
  return { boomerang: row?.boomerang ?? false };
}

export async function setMemberRole(db: DbOrTx, orgId: string, userId: string, role: Role): Promise<void> {
  await db
    .update(memberships)
    .set({ role, updatedAt: new Date() })
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
}

/** Ends access at once; the row stays as history. */
export async function markRemoved(db: DbOrTx, orgId: string, userId: string, today: string): Promise<void> {
  await db
    .update(memberships)
    .set({ status: "removed", endedOn: today, updatedAt: new Date() })
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
}

/** Owners with no departure recorded: a departing owner does not count, so one always stays. */
export async function countActiveOwners(db: DbOrTx, orgId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(
      and(eq(memberships.orgId, orgId), eq(memberships.role, "owner"), eq(memberships.status, "active")),
    );
  return row?.n ?? 0;
}

export async function countActiveMembers(db: DbOrTx, orgId: string, today: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), isMemberSql("memberships", today)));
  return row?.n ?? 0;
}

/** The caller's active organizations, newest membership first, keyset-paginated on (created_at, id). */
export async function listOrgsOfUser(
  db: DbOrTx,
  userId: string,
  today: string,
  after: { at: string; id: string } | null,
  limit: number,
) {
  return db
    .select({
      org: organizations,
      role: memberships.role,
      joinedAt: memberships.createdAt,
      membershipId: memberships.id,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(
      and(
        eq(memberships.userId, userId),
        isMemberSql("memberships", today),
        after
          ? or(
              lt(memberships.createdAt, new Date(after.at)),
              and(eq(memberships.createdAt, new Date(after.at)), lt(memberships.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(memberships.createdAt), desc(memberships.id))
    .limit(limit);
}

const memberSortKey = sql<string>`lower(${profiles.displayName})`;

/** Active members with the profile fields a member list shows. */
function selectMembers(db: DbOrTx) {
  return db
    .select({
      userId: memberships.userId,
      role: memberships.role,
      since: memberships.startedOn,
      displayName: profiles.displayName,
      headline: profiles.headline,
      headlineVisibility: sql<string>`${profiles.visibility}->>'headline'`,
      email: users.email,
      sortKey: memberSortKey,
    })
    .from(memberships)
    .innerJoin(profiles, eq(profiles.userId, memberships.userId))
    .innerJoin(users, eq(users.id, memberships.userId));
}

/** Ordered by name, keyset-paginated on (lower(name), user id). */
export async function listActiveMembers(
  db: DbOrTx,
  orgId: string,
  today: string,
  after: { key: string; id: string } | null,
  limit: number,
) {
  return selectMembers(db)
    .where(
      and(
        eq(memberships.orgId, orgId),
        isMemberSql("memberships", today),
        after ? sql`(${memberSortKey}, ${memberships.userId}) > (${after.key}, ${after.id})` : undefined,
      ),
    )
    .orderBy(asc(memberSortKey), asc(memberships.userId))
    .limit(limit);
}

export async function findActiveMember(db: DbOrTx, orgId: string, userId: string, today: string) {
  const [row] = await selectMembers(db).where(
    and(eq(memberships.orgId, orgId), eq(memberships.userId, userId), isMemberSql("memberships", today)),
  );
  return row;
}

export async function insertInvitation(
  db: DbOrTx,
  values: typeof invitations.$inferInsert,
): Promise<InvitationRow> {
  const [row] = await db.insert(invitations).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function findInvitation(
  db: DbOrTx,
  orgId: string,
  id: string,
): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.orgId, orgId), eq(invitations.id, id)));
  return row;
}

export async function findInvitationByTokenHash(
  db: DbOrTx,
  tokenHash: string,
): Promise<InvitationRow | undefined> {
  const [row] = await db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash)).for("update");
  return row;
}

export async function listInvitations(
  db: DbOrTx,
  orgId: string,
  after: { at: string; id: string } | null,
  limit: number,
) {
  return db
    .select({ invitation: invitations, inviterName: profiles.displayName })
    .from(invitations)
    .leftJoin(profiles, eq(profiles.userId, invitations.invitedBy))
    .where(
      and(
        eq(invitations.orgId, orgId),
        after
          ? or(
              lt(invitations.createdAt, new Date(after.at)),
              and(eq(invitations.createdAt, new Date(after.at)), lt(invitations.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(limit);
}

export async function markInvitationRevoked(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.update(invitations).set({ revokedAt: at }).where(eq(invitations.id, id));
}

/** Marks accepted only if still pending; returns false when another request got there first. */
export async function markInvitationAccepted(
  db: DbOrTx,
  id: string,
  userId: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(invitations)
    .set({ acceptedAt: at, acceptedBy: userId })
    .where(
      and(
        eq(invitations.id, id),
        sql`${invitations.acceptedAt} is null`,
        sql`${invitations.revokedAt} is null`,
        gt(invitations.expiresAt, at),
      ),
    )
    .returning({ id: invitations.id });
  return rows.length === 1;
}
