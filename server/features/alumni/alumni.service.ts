import { and, asc, eq, ilike, sql } from "drizzle-orm";
import type { Visibility } from "../../../shared/people/schemas.ts";
import { type Clock, isoDay } from "../../clock.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import type { Database, DbOrTx } from "../../db/client.ts";
import { containsPattern } from "../../db/sql.ts";
import { AppError } from "../../errors.ts";
import type { UserActor } from "../accounts/actor.ts";
import { closeOpenAffiliations } from "../affiliations/affiliations.repo.ts";
import type { OrganizationsService } from "../organizations/organizations.service.ts";
import { memberships } from "../organizations/organizations.tables.ts";
import { isAlumnusSql, standingOf } from "../organizations/standing.ts";
import { canSeeField, STRANGER } from "../people/people.policy.ts";
import { profiles } from "../people/people.tables.ts";

interface Deps {
  db: Database;
  clock: Clock;
  orgs: OrganizationsService;
}

/**
 * The alumni network of one organization, newest name first: everyone whose standing is alumnus today.
 * Headlines follow the owner's visibility for someone who shares this alumni network with them.
 */
async function listAlumni(
  db: DbOrTx,
  orgId: string,
  today: string,
  viewerId: string,
  filter: { tier?: "alumni" | "distinguished"; q?: string },
  after: { key: string; id: string } | null,
  limit: number,
) {
  const sortKey = sql<string>`lower(${profiles.displayName})`;
  const rows = await db
    .select({
      userId: memberships.userId,
      displayName: profiles.displayName,
      headline: profiles.headline,
      headlineVisibility: sql<Visibility>`${profiles.visibility}->>'headline'`,
      tier: memberships.alumniTier,
      lastDay: memberships.endedOn,
      boomerang: memberships.boomerang,
      sortKey,
    })
    .from(memberships)
    .innerJoin(profiles, eq(profiles.userId, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, orgId),
        isAlumnusSql("memberships", today),
        filter.tier ? eq(memberships.alumniTier, filter.tier) : undefined,
        filter.q ? ilike(profiles.displayName, containsPattern(filter.q)) : undefined,
        after ? sql`(${sortKey}, ${memberships.userId}) > (${after.key}, ${after.id})` : undefined,
      ),
    )
    .orderBy(asc(sortKey), asc(memberships.userId))
    .limit(limit + 1);
  const last = rows[limit - 1];
  return {
    items: rows.slice(0, limit).map((r) => {
      const relation = { ...STRANGER, self: r.userId === viewerId, sharesAlumniNetwork: true };
      return {
        userId: r.userId,
        displayName: r.displayName,
        ...(r.headline && canSeeField(relation, r.headlineVisibility ?? "public")
          ? { headline: r.headline }
          : {}),
        tier: r.tier ?? "alumni",
        lastDay: r.lastDay,
        boomerang: r.boomerang,
      };
    }),
    nextCursor: rows.length > limit && last ? encodeCursor({ key: last.sortKey, id: last.userId }) : null,
  };
}

export function createAlumniService({ db, clock, orgs }: Deps) {
  const today = () => isoDay(clock());

  async function alumnusRow(orgId: string, userId: string) {
    const [row] = await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    if (!row || standingOf(row, today()) !== "alumnus") {
      throw new AppError("NOT_IN_ALUMNI_NETWORK", "This person is not in the alumni network.");
    }
    return row;
  }

  return {
    /** Admins list and filter the network. */
    async list(
      actor: UserActor,
      slug: string,
      query: { tier?: "alumni" | "distinguished"; q: string; cursor?: string; limit: number },
    ) {
      const { org } = await orgs.authorize(actor, slug, "alumni.manage");
      const after = decodeCursor(query.cursor, ["key", "id"]);
      return listAlumni(db, org.id, today(), actor.userId, query, after, query.limit);
    },

    async changeTier(actor: UserActor, slug: string, userId: string, tier: "alumni" | "distinguished") {
      const { org } = await orgs.authorize(actor, slug, "alumni.manage");
      await alumnusRow(org.id, userId);
      await db
        .update(memberships)
        .set({ alumniTier: tier, updatedAt: new Date() })
        .where(and(eq(memberships.orgId, org.id), eq(memberships.userId, userId)));
    },

    /** Takes someone out of the network, keeping the reason; their history stays. */
    async remove(actor: UserActor, slug: string, userId: string, reason: string) {
      const { org } = await orgs.authorize(actor, slug, "alumni.manage");
      await alumnusRow(org.id, userId);
      await db.transaction(async (tx) => {
        await tx
          .update(memberships)
          .set({
            status: "former",
            alumniTier: null,
            alumniRemovedAt: clock(),
            alumniRemovedReason: reason,
            updatedAt: new Date(),
          })
          .where(and(eq(memberships.orgId, org.id), eq(memberships.userId, userId)));
        await closeOpenAffiliations(tx, org.id, userId, today(), "alumni");
      });
    },

    /** The alumni area: the organization's story and its network, for alumni and current members. */
    async area(actor: UserActor, slug: string, query: { cursor?: string; limit: number }) {
      const { org } = await orgs.authorize(actor, slug, "alumni.area");
      const [me] = await db
        .select()
        .from(memberships)
        .where(and(eq(memberships.orgId, org.id), eq(memberships.userId, actor.userId)));
      const standing = me ? standingOf(me, today()) : "former";
      const after = decodeCursor(query.cursor, ["key", "id"]);
      const page = await listAlumni(db, org.id, today(), actor.userId, {}, after, query.limit);
      return {
        org: {
          id: org.id,
          slug: org.slug,
          name: org.name,
          mission: org.mission,
          vision: org.vision,
          values: org.values,
        },
        me: {
          standing,
          alumniTier: standing === "alumnus" ? (me?.alumniTier ?? "alumni") : null,
          lastDay: me?.endedOn ?? null,
        },
        alumni: page.items,
        nextCursor: page.nextCursor,
      };
    },
  };
}

export type AlumniService = ReturnType<typeof createAlumniService>;
