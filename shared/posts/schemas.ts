import { z } from "zod";
import { page, pageQuery } from "../common/schemas.ts";
import {
  ALUMNI_AUDIENCE_TIERS,
  POST_BODY_MAX,
  POST_KINDS,
  POST_TAG_MAX,
  POST_TAG_PATTERN,
  POST_TAGS_MAX,
  POST_TITLE_MAX,
  REPLY_BODY_MAX,
} from "./constants.ts";

export * from "./constants.ts";

const isoInstant = z.string().describe("ISO 8601 instant");
const orgId = z.uuid("must be an organization id");

export const postIdParam = z.object({ id: z.uuid("must be a post id") });

const tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(POST_TAG_MAX)
  .regex(POST_TAG_PATTERN, "letters, digits, - and _ only");

/** Who reads the post. Organization audiences name the organization; alumni ones also the tier. */
export const postAudienceInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("org_internal"), orgId }),
  z.object({
    kind: z.literal("alumni_network"),
    orgId,
    tier: z
      .enum(ALUMNI_AUDIENCE_TIERS)
      .default("all")
      .describe("`distinguished` reaches distinguished alumni only"),
  }),
  z.object({ kind: z.literal("connections") }),
  z.object({ kind: z.literal("public") }),
]);
export type PostAudienceInput = z.infer<typeof postAudienceInput>;

export const createPostBody = z.object({
  kind: z.enum(POST_KINDS),
  title: z.string().trim().min(1).max(POST_TITLE_MAX),
  body: z.string().trim().min(1).max(POST_BODY_MAX).describe("Markdown; raw HTML is shown as text"),
  audience: postAudienceInput,
  tags: z.array(tag).max(POST_TAGS_MAX).default([]).describe("Stored lower-case, without duplicates"),
});
export type CreatePostInput = z.infer<typeof createPostBody>;

export const updatePostBody = z.object({
  kind: z.enum(POST_KINDS).optional(),
  title: z.string().trim().min(1).max(POST_TITLE_MAX).optional(),
  body: z.string().trim().min(1).max(POST_BODY_MAX).optional(),
  audience: postAudienceInput.optional(),
  tags: z.array(tag).max(POST_TAGS_MAX).optional(),
});
export type UpdatePostInput = z.infer<typeof updatePostBody>;

export const listPostsQuery = pageQuery.extend({
  kind: z.enum(POST_KINDS).optional(),
  tag: tag.optional(),
  orgId: orgId.optional().describe("Only posts addressed to this organization's members or alumni"),
});
export type ListPostsQuery = z.infer<typeof listPostsQuery>;

export const postPerson = z.object({ id: z.string(), displayName: z.string() });
export type PostPerson = z.infer<typeof postPerson>;

export const postAudienceView = z.object({
  kind: z.enum(["org_internal", "alumni_network", "connections", "public"]),
  org: z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable(),
  tier: z.enum(ALUMNI_AUDIENCE_TIERS).nullable(),
});
export type PostAudienceView = z.infer<typeof postAudienceView>;

export const post = z.object({
  id: z.string(),
  kind: z.enum(POST_KINDS),
  title: z.string().describe("Plain text"),
  bodyHtml: z.string().describe("Rendered from the markdown and sanitized on the server"),
  bodyMarkdown: z.string().nullable().describe("The source, for its author only (null for others)"),
  author: postPerson,
  audience: postAudienceView,
  tags: z.array(z.string()),
  thanksCount: z.number().int(),
  thankedByMe: z.boolean(),
  replyCount: z.number().int(),
  canEdit: z.boolean(),
  canDelete: z.boolean().describe("The author, or an admin moderating an organization audience"),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type Post = z.infer<typeof post>;
export const postPage = page(post);
export type PostPage = z.infer<typeof postPage>;

export const createReplyBody = z.object({
  body: z.string().trim().min(1).max(REPLY_BODY_MAX).describe("Markdown; raw HTML is shown as text"),
});

export const reply = z.object({
  id: z.string(),
  author: postPerson,
  bodyHtml: z.string(),
  createdAt: isoInstant,
});
export type Reply = z.infer<typeof reply>;
export const replyPage = page(reply);
export type ReplyPage = z.infer<typeof replyPage>;

export const thanksState = z.object({ thanksCount: z.number().int(), thankedByMe: z.boolean() });
export type ThanksState = z.infer<typeof thanksState>;
