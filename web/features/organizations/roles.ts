import type { Role } from "../../../shared/organizations/schemas.ts";
import type { Expect, ListsEvery } from "../../api/typeChecks.ts";

/** Most to least powerful. Copied from shared/ (see api/typeChecks.ts). */
export const ROLES = ["owner", "admin", "manager", "member"] as const satisfies readonly Role[];
export type RoleListIsComplete = Expect<ListsEvery<Role, typeof ROLES>>;

/** Ownership is never granted by invitation; an owner promotes an existing member instead. */
export const INVITABLE_ROLES = ["member", "manager", "admin"] as const satisfies readonly Role[];

/** Owners and admins manage members, invitations and settings. */
export function canManage(role: Role | null | undefined): boolean {
  return role === "owner" || role === "admin";
}
