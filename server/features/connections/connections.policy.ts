import type { ConnectionListVisibility } from "../../../shared/connections/constants.ts";
import type { Actor } from "../accounts/actor.ts";
import type { Standing } from "../organizations/standing.ts";

// Who may do what with connections, requests, lists and blocks. Pure functions of facts the service
// loads; the service turns a refusal into the answer that reveals least (usually 404).

/** How the caller stands to another person. */
export interface PairFacts {
  self: boolean;
  connected: boolean;
  /** Either blocks the other. Never told apart: a block must not be revealed to the blocked person. */
  blocked: boolean;
}

/**
 * May the caller see `owner`'s connection list? The owner always; `public` lists to anyone signed in;
 * `connections` lists to the owner's connections; `only_me` to nobody else. A block either way hides
 * the list as if it were private. Mirrors PeopleGraph.canSeeList, which routes paths by the same rule.
 */
export function canSeeConnectionList(
  actor: Actor,
  facts: PairFacts,
  visibility: ConnectionListVisibility,
): boolean {
  if (actor.kind !== "user") return false;
  if (facts.self) return true;
  if (facts.blocked) return false;
  switch (visibility) {
    case "public":
      return true;
    case "connections":
      return facts.connected;
    case "only_me":
      return false;
  }
}

/** What stands between the caller and a new request to someone, or null when nothing does. */
export type RequestRefusal =
  | "unauthenticated"
  | "self"
  | "unavailable"
  | "already_connected"
  | "already_requested"
  | "declined_recently";

export interface RequestTargetFacts extends PairFacts {
  /** The target exists (has an account and a profile). */
  exists: boolean;
  /** An open (pending or ignored) request between the two, and who sent it. */
  openRequest: "mine" | "theirs" | null;
  /** The target declined a request from the caller within the cool-down. */
  declinedRecently: boolean;
}

/**
 * Whether the caller may ask someone to connect. An unknown person and a block either way give the same
 * answer ("unavailable"). An open request from the other person is no refusal: sending accepts theirs.
 */
export function requestRefusal(actor: Actor, t: RequestTargetFacts): RequestRefusal | null {
  if (actor.kind !== "user") return "unauthenticated";
  if (t.self) return "self";
  if (!t.exists || t.blocked) return "unavailable";
  if (t.connected) return "already_connected";
  if (t.openRequest === "mine") return "already_requested";
  if (t.openRequest === "theirs") return null;
  if (t.declinedRecently) return "declined_recently";
  return null;
}

export type RequestAction = "see" | "accept" | "decline" | "ignore" | "withdraw";

export interface RequestFacts {
  fromUser: string;
  toUser: string;
  status: "pending" | "accepted" | "declined" | "ignored" | "withdrawn";
}

/** The caller's part in a request: its sender, its recipient, or none (who then learns nothing of it). */
export function requestRole(actor: Actor, r: RequestFacts): "sender" | "recipient" | null {
  if (actor.kind !== "user") return null;
  if (r.fromUser === actor.userId) return "sender";
  if (r.toUser === actor.userId) return "recipient";
  return null;
}

const OPEN = new Set<RequestFacts["status"]>(["pending", "ignored"]);

/**
 * Who may act on an open request: the recipient accepts, declines or ignores it (an ignored one may still
 * be accepted or declined later); only the sender withdraws it. Both sides see it while it is open. A
 * closed request allows nothing.
 */
export function canOnRequest(actor: Actor, r: RequestFacts, action: RequestAction): boolean {
  const role = requestRole(actor, r);
  if (role === null || !OPEN.has(r.status)) return false;
  switch (action) {
    case "see":
      return true;
    case "accept":
    case "decline":
      return role === "recipient";
    case "ignore":
      return role === "recipient" && r.status === "pending";
    case "withdraw":
      return role === "sender";
  }
}

/** Whether a request shows in the caller's incoming or outgoing box. The recipient's box leaves out ignored ones. */
export function requestInBox(actor: Actor, r: RequestFacts): "incoming" | "outgoing" | null {
  if (!canOnRequest(actor, r, "see")) return null;
  if (requestRole(actor, r) === "sender") return "outgoing";
  return r.status === "pending" ? "incoming" : null;
}

export interface ConnectionFacts {
  userA: string;
  userB: string;
}

/** Either side edits the shared context, sets their own trust and ends the connection; nobody else may. */
export function canOnConnection(actor: Actor, c: ConnectionFacts): boolean {
  return actor.kind === "user" && (actor.userId === c.userA || actor.userId === c.userB);
}

/**
 * The trust column the caller owns, and so the only one they read or write: `trustA` for user A, `trustB`
 * for user B, none for anyone else. The other side's level never leaves the server.
 */
export function ownTrustColumn(actor: Actor, c: ConnectionFacts): "trustA" | "trustB" | null {
  if (actor.kind !== "user") return null;
  if (actor.userId === c.userA) return "trustA";
  if (actor.userId === c.userB) return "trustB";
  return null;
}

/**
 * May the caller name this organization as where they know someone from? Anyone who is or was part of it
 * (member, alumnus, former member); not someone removed by an admin, nor an outsider.
 */
export function canUseContextOrg(membership: { standing: Standing } | null): boolean {
  return membership !== null && membership.standing !== "removed";
}

/** A tour's title is private to its parties: the caller names it, and sees it, only as its person or sponsor. */
export function canUseContextTour(
  actor: Actor,
  tour: { personId: string; sponsorId: string | null },
): boolean {
  return actor.kind === "user" && (tour.personId === actor.userId || tour.sponsorId === actor.userId);
}

/** Anyone signed in may block anyone but themself; the blocked person is never told. */
export function canBlock(actor: Actor, targetId: string): boolean {
  return actor.kind === "user" && actor.userId !== targetId;
}
