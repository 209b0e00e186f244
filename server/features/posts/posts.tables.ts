import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { AlumniAudienceTier, PostAudience, PostKind } from "../../../shared/posts/constants.ts";
import { users } from "../accounts/accounts.tables.ts";
import { organizations } from "../organizations/organizations.tables.ts";

/**
 * Posts: knowledge and network intelligence. The markdown source is kept for its author; `body_html` is
 * rendered and sanitized on every write (markdown.ts) and is the only form others read. Organization
 * audiences carry the organization; alumni ones the tier. A deleted post keeps its row (`deleted_at`);
 * when someone other than the author deleted it, `moderated_by` / `moderated_at` record the moderation.
 * Who reads a post: posts.policy.ts (canReadPost) and its SQL twin (posts.repo.ts, visibleSql).
 */
export const posts = pgTable(
  "posts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").$type<PostKind>().notNull(),
    title: text("title").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    bodyHtml: text("body_html").notNull(),
    audience: text("audience").$type<PostAudience>().notNull(),
    audienceOrgId: uuid("audience_org_id").references(() => organizations.id, { onDelete: "cascade" }),
    alumniTier: text("alumni_tier").$type<AlumniAudienceTier>(),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    moderatedBy: text("moderated_by").references(() => users.id, { onDelete: "set null" }),
    moderatedAt: timestamp("moderated_at", { withTimezone: true }),
  },
  (t) => [
    index("posts_created_idx").on(t.createdAt.desc(), t.id.desc()),
    index("posts_author_idx").on(t.authorId, t.createdAt.desc()),
    index("posts_org_idx").on(t.audienceOrgId, t.createdAt.desc()),
    index("posts_tags_idx").using("gin", t.tags),
    check("posts_kind_check", sql`${t.kind} in ('learning', 'intel', 'announcement')`),
    check(
      "posts_audience_check",
      sql`(${t.audience} = 'org_internal' and ${t.audienceOrgId} is not null and ${t.alumniTier} is null)
        or (${t.audience} = 'alumni_network' and ${t.audienceOrgId} is not null and ${t.alumniTier} in ('all', 'distinguished'))
        or (${t.audience} in ('connections', 'public') and ${t.audienceOrgId} is null and ${t.alumniTier} is null)`,
    ),
  ],
);

/** Replies to a post, rendered and sanitized like posts. Whoever reads the post reads its replies. */
export const postReplies = pgTable(
  "post_replies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    postId: uuid("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    bodyMarkdown: text("body_markdown").notNull(),
    bodyHtml: text("body_html").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [index("post_replies_post_idx").on(t.postId, t.createdAt, t.id)],
);

/** "Thanks" on a post: at most one per person and post. */
export const postThanks = pgTable(
  "post_thanks",
  {
    postId: uuid("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "post_thanks_pk", columns: [t.postId, t.userId] }),
    index("post_thanks_user_idx").on(t.userId, t.createdAt),
  ],
);
