import type { Role } from "../../../shared/organizations/constants.ts";

export { ROLES } from "../../../shared/organizations/constants.ts";

/** Ownership is never granted by invitation; an owner promotes an existing member instead. */
export const INVITABLE_ROLES = ["member", "manager", "admin"] as const satisfies readonly Role[];

/** Owners and admins manage members, invitations and settings. */
export function canManage(role: Role | null | undefined): boolean {
  return role === "owner" || role === "admin";
}

/** Managers, admins and owners lead people: they sponsor tours, record departures and read histories. */
export function canLead(role: Role | null | undefined): boolean {
  return role === "owner" || role === "admin" || role === "manager";
}
