import type { Actor } from "../accounts/actor.ts";
import { canOnOrg, type MembershipFacts } from "../organizations/organizations.policy.ts";

export type OrgValuesAction = "values.readOwn" | "values.add" | "values.remove";

/**
 * An organization's own catalog values: its current members and alumni see them (alumni keep the shared
 * vocabulary of the network); owners and admins add and remove them.
 */
export function canOnOrgValues(
  actor: Actor,
  membership: MembershipFacts | null,
  action: OrgValuesAction,
): boolean {
  if (actor.kind !== "user") return false;
  switch (action) {
    case "values.readOwn":
      return membership?.standing === "member" || membership?.standing === "alumnus";
    case "values.add":
    case "values.remove":
      return canOnOrg(actor, membership, "values.extend");
  }
}

const LEADERS = ["owner", "admin", "manager"];

/**
 * Who may see a person's alignment with an organization: the person themself, whatever their standing
 * (alumni and former members included), and the organization's current owners, admins and managers for
 * a current member. `subject` is the person and their standing with the organization.
 */
export function canViewAlignment(
  actor: Actor,
  viewer: MembershipFacts | null,
  subject: { userId: string; membership: MembershipFacts | null },
): boolean {
  if (actor.kind !== "user") return false;
  if (actor.userId === subject.userId) return subject.membership !== null;
  return (
    viewer?.standing === "member" &&
    LEADERS.includes(viewer.role) &&
    subject.membership?.standing === "member"
  );
}
