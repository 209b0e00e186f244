import type {
  CreateOrgInput,
  Member,
  Org,
  Role,
  UpdateOrgInput,
} from "../../../shared/organizations/schemas.ts";
import type { Visibility } from "../../../shared/people/schemas.ts";
import { type Clock, isoDay } from "../../clock.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import type { Database } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { Actor, UserActor } from "../accounts/actor.ts";
import { closeOpenAffiliations, openAffiliation } from "../affiliations/affiliations.repo.ts";
import { canSeeField, STRANGER } from "../people/people.policy.ts";
import {
  canAssignRole,
  canOnOrg,
  canRemoveMember,
  canSeeMemberEmails,
  type MembershipFacts,
  type OrgAction,
} from "./organizations.policy.ts";
import * as repo from "./organizations.repo.ts";

const SLUG_TAKEN = () =>
  new AppError("ORG_SLUG_TAKEN", "That address is taken. Choose another.", {
    fieldErrors: { slug: ["is taken"] },
  });

export function createOrganizationsService({ db, clock }: { db: Database; clock: Clock }) {
  const today = () => isoDay(clock());

  /**
   * Loads the organization and checks the caller may act on it. Outsiders who may not see internal data
   * get the same 403 whether or not what they asked for exists inside.
   */
  async function authorize(actor: Actor, slug: string, action: OrgAction) {
    const org = await repo.findOrgBySlug(db, slug);
    if (!org) throw new AppError("ORG_NOT_FOUND", "Organization not found.");
    const membership =
      actor.kind === "user" ? await repo.membershipOf(db, org.id, actor.userId, today()) : null;
    if (!canOnOrg(actor, membership, action)) {
      if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
      throw new AppError("FORBIDDEN", "You do not have access to this part of the organization.");
    }
    return { org, membership };
  }

  async function toOrg(org: repo.OrgRow, membership: MembershipFacts | null): Promise<Org> {
    const isMember = membership?.standing === "member";
    return {
      id: org.id,
      name: org.name,
      slug: org.slug,
      description: org.description,
      website: org.website,
      mission: org.mission,
      vision: org.vision,
      values: org.values,
      myRole: isMember ? membership.role : null,
      myStanding: membership?.standing ?? null,
      ...(isMember ? { memberCount: await repo.countActiveMembers(db, org.id, today()) } : {}),
      createdAt: org.createdAt.toISOString(),
    };
  }

  return {
    authorize,

    /** Anyone signed in may create an organization and becomes its owner. */
    async create(actor: UserActor, input: CreateOrgInput): Promise<Org> {
      const slug = input.slug ?? (await freeSlugFor(db, input.name));
      try {
        const org = await db.transaction(async (tx) => {
          const created = await repo.insertOrg(tx, { ...input, slug, createdBy: actor.userId });
          await repo.upsertActiveMembership(tx, created.id, actor.userId, "owner", today());
          await openAffiliation(tx, {
            orgId: created.id,
            userId: actor.userId,
            stage: "employee",
            startedOn: today(),
          });
          return created;
        });
        return toOrg(org, { role: "owner", standing: "member" });
      } catch (err) {
        if (isUniqueViolation(err)) throw SLUG_TAKEN();
        throw err;
      }
    },

    async listMine(actor: UserActor, cursor: string | undefined, limit: number) {
      const after = decodeCursor(cursor, ["at", "id"]);
      const rows = await repo.listOrgsOfUser(db, actor.userId, today(), after, limit + 1);
      const items = await Promise.all(
        rows.slice(0, limit).map((r) => toOrg(r.org, { role: r.role, standing: "member" })),
      );
      const last = rows[limit - 1];
      return {
        items,
        nextCursor:
          rows.length > limit && last
            ? encodeCursor({ at: last.joinedAt.toISOString(), id: last.membershipId })
            : null,
      };
    },

    async get(actor: Actor, slug: string): Promise<Org> {
      const { org, membership } = await authorize(actor, slug, "org.read");
      return toOrg(org, membership);
    },

    async update(actor: Actor, slug: string, input: UpdateOrgInput): Promise<Org> {
      const { org, membership } = await authorize(actor, slug, "org.update");
      try {
        const updated = await repo.updateOrg(db, org.id, input);
        if (!updated) throw new AppError("ORG_NOT_FOUND", "Organization not found.");
        return toOrg(updated, membership);
      } catch (err) {
        if (isUniqueViolation(err)) throw SLUG_TAKEN();
        throw err;
      }
    },

    async listMembers(actor: UserActor, slug: string, cursor: string | undefined, limit: number) {
      const { org, membership } = await authorize(actor, slug, "members.list");
      const after = decodeCursor(cursor, ["key", "id"]);
      const rows = await repo.listActiveMembers(db, org.id, today(), after, limit + 1);
      const showEmail = canSeeMemberEmails(membership);
      const items: Member[] = rows.slice(0, limit).map((r) => {
        // Fellow active members share this organization; nothing more is assumed about them.
        const relation = { ...STRANGER, self: r.userId === actor.userId, sharesOrg: true };
        return {
          userId: r.userId,
          displayName: r.displayName,
          ...(canSeeField(relation, (r.headlineVisibility ?? "public") as Visibility) && r.headline
            ? { headline: r.headline }
            : {}),
          ...(showEmail ? { email: r.email } : {}),
          role: r.role,
          since: r.since,
        };
      });
      const last = rows[limit - 1];
      return {
        items,
        nextCursor: rows.length > limit && last ? encodeCursor({ key: last.sortKey, id: last.userId }) : null,
      };
    },

    async changeRole(actor: UserActor, slug: string, userId: string, role: Role): Promise<Member> {
      const { org, membership } = await authorize(actor, slug, "members.changeRole");
      return db.transaction(async (tx) => {
        const target = await repo.membershipOf(tx, org.id, userId, today());
        if (target?.standing !== "member") throw new AppError("MEMBER_NOT_FOUND", "Member not found.");
        if (
          !membership ||
          !canAssignRole(actor.userId, membership.role, { userId, role: target.role }, role)
        ) {
          throw new AppError("FORBIDDEN", "You cannot give or take that role.");
        }
        await repo.setMemberRole(tx, org.id, userId, role);
        if (target.role === "owner" && (await repo.countActiveOwners(tx, org.id)) === 0) {
          throw new AppError("LAST_OWNER", "An organization needs at least one owner.");
        }
        const row = await repo.findActiveMember(tx, org.id, userId, today());
        if (!row) throw new AppError("MEMBER_NOT_FOUND", "Member not found.");
        return { userId, displayName: row.displayName, email: row.email, role, since: row.since };
      });
    },

    /** Removing a member (or leaving) ends their access with the next request: access is read per request. */
    async removeMember(actor: UserActor, slug: string, userId: string): Promise<void> {
      const isSelf = actor.userId === userId;
      const { org, membership } = await authorize(actor, slug, isSelf ? "members.leave" : "members.remove");
      await db.transaction(async (tx) => {
        const target = await repo.membershipOf(tx, org.id, userId, today());
        if (target?.standing !== "member") throw new AppError("MEMBER_NOT_FOUND", "Member not found.");
        if (!membership || !canRemoveMember(actor.userId, membership.role, { userId, role: target.role })) {
          throw new AppError("FORBIDDEN", "You cannot remove this member.");
        }
        await repo.markRemoved(tx, org.id, userId, today());
        await closeOpenAffiliations(tx, org.id, userId, today());
        if (target.role === "owner" && (await repo.countActiveOwners(tx, org.id)) === 0) {
          throw new AppError(
            "LAST_OWNER",
            "An organization needs at least one owner. Make someone else owner first.",
          );
        }
      });
    },
  };
}

export type OrganizationsService = ReturnType<typeof createOrganizationsService>;

/** A slug from the name, with a number added when it is taken. */
async function freeSlugFor(db: Database, name: string): Promise<string> {
  const base =
    name
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "org";
  const stem = base.length >= 2 ? base : `${base}-org`;
  for (let i = 0; i < 50; i++) {
    const candidate = i === 0 ? stem : `${stem}-${i + 1}`;
    if (!(await repo.slugExists(db, candidate))) return candidate;
  }
  return `${stem}-${Date.now().toString(36)}`;
}

export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}
