import type { Side } from "../../../shared/tours/constants.ts";
import type { Actor } from "../accounts/actor.ts";
import type { MembershipFacts } from "../organizations/organizations.policy.ts";

/** The caller as seen from one tour: their standing in its organization and their part in the tour. */
export interface TourViewer {
  actor: Actor;
  membership: MembershipFacts | null;
  isPerson: boolean;
  isSponsor: boolean;
}

export type TourAction =
  | "read"
  | "edit"
  | "propose"
  | "withdraw"
  | "sign"
  | "amend"
  | "endEarly"
  | "complete"
  | "checkIn.read"
  | "checkIn.create";

const isMember = (v: TourViewer) => v.actor.kind === "user" && v.membership?.standing === "member";
const isAdmin = (v: TourViewer) =>
  isMember(v) && (v.membership?.role === "owner" || v.membership?.role === "admin");

/** The side the caller acts for: the person themself, or the company through the sponsor or an admin. */
export function sideOf(v: TourViewer): Side | null {
  if (v.isPerson) return isMember(v) ? "person" : null;
  if (isMember(v) && (v.isSponsor || isAdmin(v))) return "company";
  return null;
}

/**
 * Who may do what to a tour. The person always reads their own tour, check-ins and agreement, even after
 * leaving; acting on it needs current membership. The company side is the sponsor or an admin. Nobody
 * else, including other members, alumni and other organizations, sees the tour at all.
 */
export function canOnTour(v: TourViewer, action: TourAction): boolean {
  if (v.actor.kind !== "user") return false;
  const side = sideOf(v);
  switch (action) {
    case "read":
    case "checkIn.read":
      return v.isPerson || side === "company";
    case "edit":
    case "propose":
    case "withdraw":
    case "sign":
    case "amend":
    case "endEarly":
    case "checkIn.create":
      return side !== null;
    case "complete":
      return side === "company";
  }
}

/**
 * Drafting a tour: managers and admins draft for any member; a member drafts their own. Either side
 * can then propose it.
 */
export function canCreateTour(actor: Actor, membership: MembershipFacts | null, personId: string): boolean {
  if (actor.kind !== "user" || membership?.standing !== "member") return false;
  if (actor.userId === personId) return true;
  return membership.role !== "member";
}

/** Which tours of an organization a list shows the caller. */
export function tourListScope(actor: Actor, membership: MembershipFacts | null): "all" | "mine" | "none" {
  if (actor.kind !== "user") return "none";
  if (membership?.standing === "member" && (membership.role === "owner" || membership.role === "admin"))
    return "all";
  return "mine";
}
