import type { Role } from "../../../shared/organizations/schemas.ts";
import type { AlumniAudienceTier, PostAudience } from "../../../shared/posts/constants.ts";
import type { Actor } from "../accounts/actor.ts";
import type { Standing } from "../organizations/standing.ts";

// Who reads, writes, edits and moderates posts. Pure functions of facts the service loads; the list
// query applies the same reading rule in SQL (posts.repo.ts, visibleSql), and a property test holds the
// two together. A post the caller may not read does not exist for them (404).

/** Where a post goes. `orgId` is set for organization audiences, `tier` for alumni ones. */
export interface PostAudienceFacts {
  authorId: string;
  audience: PostAudience;
  orgId: string | null;
  tier: AlumniAudienceTier | null;
}

/** How the caller stands to the post's author and to its audience organization, when it has one. */
export interface ReaderFacts {
  connectedToAuthor: boolean;
  /** The caller's date-aware standing in the audience organization; null when they never belonged. */
  orgStanding: Standing | null;
  /** The caller's alumni tier there (null counts as plain alumni). */
  alumniTier: "alumni" | "distinguished" | null;
  role: Role | null;
}

export const NO_RELATION: ReaderFacts = {
  connectedToAuthor: false,
  orgStanding: null,
  alumniTier: null,
  role: null,
};

const ADMINS: Role[] = ["owner", "admin"];

/**
 * May the caller read the post? The author always. Otherwise by audience:
 * - public: anyone, anonymous included;
 * - connections: the author's connections;
 * - org_internal: the organization's current members (someone who has left reads it through their last day);
 * - alumni_network: the organization's current members and its alumni; only distinguished alumni when
 *   the tier is `distinguished`.
 * Former and removed members read nothing of the organization's.
 */
export function canReadPost(actor: Actor, post: PostAudienceFacts, reader: ReaderFacts): boolean {
  if (post.audience === "public") return true;
  if (actor.kind !== "user") return false;
  if (actor.userId === post.authorId) return true;
  switch (post.audience) {
    case "connections":
      return reader.connectedToAuthor;
    case "org_internal":
      return reader.orgStanding === "member";
    case "alumni_network":
      if (reader.orgStanding === "member") return true;
      if (reader.orgStanding !== "alumnus") return false;
      return post.tier === "all" || reader.alumniTier === "distinguished";
  }
}

/**
 * May the caller address a post to this audience? Anyone signed in posts to their connections or the
 * public. Organization audiences are for the people in them: the members post internally; members and
 * alumni post to the alumni network, an alumnus only at a tier they read themself (a plain alumnus may
 * not post to distinguished alumni only). Decision: alumni may post to their own alumni network, since
 * that network lives by what alumni bring to it.
 */
export function canPostTo(
  actor: Actor,
  audience: Omit<PostAudienceFacts, "authorId">,
  reader: Pick<ReaderFacts, "orgStanding" | "alumniTier">,
): boolean {
  if (actor.kind !== "user") return false;
  switch (audience.audience) {
    case "public":
    case "connections":
      return true;
    case "org_internal":
      return reader.orgStanding === "member";
    case "alumni_network":
      if (reader.orgStanding === "member") return true;
      if (reader.orgStanding !== "alumnus") return false;
      return audience.tier === "all" || reader.alumniTier === "distinguished";
  }
}

/** The author alone edits a post. */
export function canEditPost(actor: Actor, post: Pick<PostAudienceFacts, "authorId">): boolean {
  return actor.kind === "user" && actor.userId === post.authorId;
}

/**
 * Moderation: an owner or admin who is a current member of the audience organization removes posts
 * addressed to its members or alumni. Nobody moderates connections or public posts but their author.
 */
export function canModeratePost(actor: Actor, post: PostAudienceFacts, reader: ReaderFacts): boolean {
  if (actor.kind !== "user" || post.orgId === null) return false;
  return reader.orgStanding === "member" && reader.role !== null && ADMINS.includes(reader.role);
}

/** The author deletes their post; an organization admin deletes it as moderation (recorded). */
export function canDeletePost(actor: Actor, post: PostAudienceFacts, reader: ReaderFacts): boolean {
  return canEditPost(actor, post) || canModeratePost(actor, post, reader);
}

/** Thanks: anyone signed in who reads the post, except its author. */
export function canThankPost(actor: Actor, post: PostAudienceFacts, reader: ReaderFacts): boolean {
  return actor.kind === "user" && actor.userId !== post.authorId && canReadPost(actor, post, reader);
}

/** Replies: anyone signed in who reads the post. */
export function canReplyToPost(actor: Actor, post: PostAudienceFacts, reader: ReaderFacts): boolean {
  return actor.kind === "user" && canReadPost(actor, post, reader);
}
