import type { Role } from "../../../shared/organizations/schemas.ts";
import type { Actor } from "../accounts/actor.ts";
import type { Standing } from "./standing.ts";

/** The caller's role and date-aware standing in one organization, or null when they have none. */
export interface MembershipFacts {
  role: Role;
  standing: Standing;
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
  | "invitations.revoke"
  | "departures.record"
  | "departures.confirm"
  | "affiliations.manage"
  | "people.history"
  | "alumni.area"
  | "alumni.manage"
  | "values.extend";

const ADMINS: Role[] = ["owner", "admin"];
const MANAGERS: Role[] = ["owner", "admin", "manager"];

/**
 * Who may do what inside an organization. Only current members act on internal data. Alumni reach the
 * alumni area and nothing else internal; former and removed members are outsiders. The public profile
 * (name, mission, vision, values) is readable by anyone signed in.
 */
export function canOnOrg(actor: Actor, membership: MembershipFacts | null, action: OrgAction): boolean {
  if (actor.kind !== "user") return false;
  if (action === "org.read") return true;
  if (action === "alumni.area")
    return membership?.standing === "member" || membership?.standing === "alumnus";
  if (membership?.standing !== "member") return false;
  switch (action) {
    case "members.list":
    case "members.leave":
      return true;
    case "departures.record":
    case "people.history":
      return MANAGERS.includes(membership.role);
    case "org.update":
    case "members.changeRole":
    case "members.remove":
    case "invitations.list":
    case "invitations.create":
    case "invitations.revoke":
    case "departures.confirm":
    case "affiliations.manage":
    case "alumni.manage":
    case "values.extend":
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
  return !!membership && membership.standing === "member" && ADMINS.includes(membership.role);
}
