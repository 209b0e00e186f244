import type { Role } from "../../../shared/organizations/schemas.ts";
import type { Actor } from "../accounts/actor.ts";

/** The caller's standing in one organization, or null when they have none. */
export interface MembershipFacts {
  role: Role;
  status: "active" | "alumni" | "removed";
}

export type OrgAction =
  | "org.read"
  | "org.update"
  | "members.list"
  | "members.leave"
  | "members.changeRole"
  | "members.remove"
  | "invitations.list"
  | "invitations.create"
  | "invitations.revoke";

const ADMINS: Role[] = ["owner", "admin"];

/**
 * Who may do what inside an organization. Only active members act on internal data; alumni and removed
 * members are outsiders here (their alumni area arrives with the lifecycle feature). The public profile
 * (name, mission, vision, values) is readable by anyone signed in.
 */
export function canOnOrg(actor: Actor, membership: MembershipFacts | null, action: OrgAction): boolean {
  if (actor.kind !== "user") return false;
  if (action === "org.read") return true;
  if (membership?.status !== "active") return false;
  switch (action) {
    case "members.list":
    case "members.leave":
      return true;
    case "org.update":
    case "members.changeRole":
    case "members.remove":
    case "invitations.list":
    case "invitations.create":
    case "invitations.revoke":
      return ADMINS.includes(membership.role);
  }
}

/**
 * Role changes: only an owner grants or takes away ownership; admins manage everyone else's roles.
 * Nobody changes their own role (an owner hands over ownership by making someone else owner first).
 */
export function canAssignRole(
  actorId: string,
  actorRole: Role,
  target: { userId: string; role: Role },
  newRole: Role,
): boolean {
  if (actorId === target.userId) return false;
  if (!ADMINS.includes(actorRole)) return false;
  if (target.role === "owner" || newRole === "owner") return actorRole === "owner";
  return true;
}

/** Removal: admins remove non-owners, owners remove anyone, and anyone may leave. */
export function canRemoveMember(
  actorId: string,
  actorRole: Role,
  target: { userId: string; role: Role },
): boolean {
  if (actorId === target.userId) return true;
  if (!ADMINS.includes(actorRole)) return false;
  return target.role !== "owner" || actorRole === "owner";
}

/** Admins see email addresses of members (to reach them); others see names and roles. */
export function canSeeMemberEmails(membership: MembershipFacts | null): boolean {
  return !!membership && membership.status === "active" && ADMINS.includes(membership.role);
}
