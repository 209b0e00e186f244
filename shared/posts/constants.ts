// Plain values for posts, with no zod import (the web bundle uses them).

/** What a post is: "what I learned", market / competitor / customer news, or an announcement. */
export const POST_KINDS = ["learning", "intel", "announcement"] as const;
export type PostKind = (typeof POST_KINDS)[number];

/**
 * Who reads a post, chosen per post. The author always reads their own.
 * - `org_internal`: the active members of one organization;
 * - `alumni_network`: that organization's alumni (all, or distinguished only) and its active members;
 * - `connections`: the author's connections;
 * - `public`: anyone, signed in or not.
 */
export const POST_AUDIENCES = ["org_internal", "alumni_network", "connections", "public"] as const;
export type PostAudience = (typeof POST_AUDIENCES)[number];

/** Audiences bound to one organization (the post carries its id). */
export const ORG_AUDIENCES: readonly PostAudience[] = ["org_internal", "alumni_network"];

/** Which alumni an `alumni_network` post reaches: every alumnus, or distinguished alumni only. */
export const ALUMNI_AUDIENCE_TIERS = ["all", "distinguished"] as const;
export type AlumniAudienceTier = (typeof ALUMNI_AUDIENCE_TIERS)[number];

export const POST_TITLE_MAX = 200;
/** Markdown source, in characters. */
export const POST_BODY_MAX = 20_000;
export const REPLY_BODY_MAX = 5_000;
export const POST_TAGS_MAX = 10;
export const POST_TAG_MAX = 40;
/** A tag: letters, digits, `-` and `_`, starting with a letter or digit; stored lower-case. */
export const POST_TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;
