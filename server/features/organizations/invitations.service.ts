import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Invitation, Org, Role } from "../../../shared/organizations/schemas.ts";
import { isoDay } from "../../clock.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import type { Database } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { users } from "../accounts/accounts.tables.ts";
import type { UserActor } from "../accounts/actor.ts";
import { closeOpenAffiliations, openAffiliation } from "../affiliations/affiliations.repo.ts";
import { invitationMail } from "../mail/mail.templates.ts";
import type { Mailer } from "../mail/mailer.ts";
import { findProfile } from "../people/people.repo.ts";
import * as repo from "./organizations.repo.ts";
import type { OrganizationsService } from "./organizations.service.ts";
import { invitations, memberships } from "./organizations.tables.ts";
import { isMemberSql } from "./standing.ts";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** One answer for every unusable invitation, so a token reveals nothing about why it failed. */
const invalid = () => new AppError("INVITATION_INVALID", "This invitation is not valid. Ask for a new one.");

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

interface Deps {
  db: Database;
  mailer: Mailer;
  orgs: OrganizationsService;
  baseUrl: string;
  clock: () => Date;
}

export function createInvitationsService({ db, mailer, orgs, baseUrl, clock }: Deps) {
  return {
    /** Creates a single-use invitation for one address and emails its link. Earlier pending ones are revoked. */
    async create(
      actor: UserActor,
      slug: string,
      email: string,
      role: Exclude<Role, "owner">,
    ): Promise<Invitation> {
      const { org } = await orgs.authorize(actor, slug, "invitations.create");
      const [existing] = await db
        .select({ id: memberships.id })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            eq(memberships.orgId, org.id),
            isMemberSql("memberships", isoDay(clock())),
            eq(users.email, email),
          ),
        );
      if (existing) throw new AppError("ALREADY_MEMBER", "That person is already a member.");

      const token = randomBytes(32).toString("base64url");
      const now = clock();
      const row = await db.transaction(async (tx) => {
        await tx
          .update(invitations)
          .set({ revokedAt: now })
          .where(
            and(
              eq(invitations.orgId, org.id),
              eq(invitations.email, email),
              isNull(invitations.acceptedAt),
              isNull(invitations.revokedAt),
            ),
          );
        return repo.insertInvitation(tx, {
          orgId: org.id,
          email,
          role,
          tokenHash: hashToken(token),
          invitedBy: actor.userId,
          expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        });
      });
      const inviter = (await findProfile(db, actor.userId))?.displayName ?? actor.name;
      await mailer.send(
        invitationMail(
          email,
          org.name,
          inviter,
          role,
          `${baseUrl}/invitations/accept?token=${encodeURIComponent(token)}`,
        ),
      );
      return toInvitation(row, inviter, now);
    },

    async list(actor: UserActor, slug: string, cursor: string | undefined, limit: number) {
      const { org } = await orgs.authorize(actor, slug, "invitations.list");
      const after = decodeCursor(cursor, ["at", "id"]);
      const rows = await repo.listInvitations(db, org.id, after, limit + 1);
      const now = clock();
      const last = rows[limit - 1];
      return {
        items: rows.slice(0, limit).map((r) => toInvitation(r.invitation, r.inviterName ?? "", now)),
        nextCursor:
          rows.length > limit && last
            ? encodeCursor({ at: last.invitation.createdAt.toISOString(), id: last.invitation.id })
            : null,
      };
    },

    async revoke(actor: UserActor, slug: string, invitationId: string): Promise<void> {
      const { org } = await orgs.authorize(actor, slug, "invitations.revoke");
      const row = await repo.findInvitation(db, org.id, invitationId);
      if (!row) throw new AppError("INVITATION_NOT_FOUND", "Invitation not found.");
      if (row.acceptedAt) throw new AppError("CONFLICT", "This invitation was already accepted.");
      if (!row.revokedAt) await repo.markInvitationRevoked(db, row.id, clock());
    },

    /**
     * Accepts an invitation for the signed-in account. Used, expired, revoked, unknown and
     * other-address invitations are all refused with the same error.
     */
    async accept(actor: UserActor, token: string): Promise<Org> {
      const now = clock();
      const orgId = await db.transaction(async (tx) => {
        const row = await repo.findInvitationByTokenHash(tx, hashToken(token));
        if (!row || row.acceptedAt || row.revokedAt || row.expiresAt <= now) throw invalid();
        if (row.email.toLowerCase() !== actor.email.toLowerCase() || !actor.emailVerified) throw invalid();
        if (!(await repo.markInvitationAccepted(tx, row.id, actor.userId, now))) throw invalid();
        const day = isoDay(now);
        const current = await repo.membershipOf(tx, row.orgId, actor.userId, day);
        // A current member keeps their role; anyone else joins (or rejoins, as a boomerang) with the invited one.
        if (current?.standing !== "member") {
          const { boomerang } = await repo.upsertActiveMembership(tx, row.orgId, actor.userId, row.role, day);
          await closeOpenAffiliations(tx, row.orgId, actor.userId, day);
          await openAffiliation(tx, {
            orgId: row.orgId,
            userId: actor.userId,
            stage: "employee",
            startedOn: day,
            boomerang,
          });
        }
        return row.orgId;
      });
      const org = await repo.findOrgById(db, orgId);
      if (!org) throw invalid();
      return orgs.get(actor, org.slug);
    },
  };
}

export type InvitationsService = ReturnType<typeof createInvitationsService>;

function toInvitation(row: repo.InvitationRow, inviterName: string, now: Date): Invitation {
  const status = row.acceptedAt
    ? "accepted"
    : row.revokedAt
      ? "revoked"
      : row.expiresAt <= now
        ? "expired"
        : "pending";
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status,
    invitedBy: inviterName,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}
