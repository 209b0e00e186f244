import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Role } from "../../../shared/organizations/schemas.ts";
import type { AlumniAudienceTier, PostAudience, PostKind } from "../../../shared/posts/constants.ts";
import type { DbOrTx } from "../../db/client.ts";
import type { MembershipStatus } from "../organizations/organizations.tables.ts";
import { isAlumnusSql, isMemberSql, standingOf } from "../organizations/standing.ts";
import type { PostAudienceFacts, ReaderFacts } from "./posts.policy.ts";
import { postReplies, posts, postThanks } from "./posts.tables.ts";

export type PostRow = typeof posts.$inferSelect;

/**
 * SQL twin of canReadPost for the posts row aliased `p` (deleted posts aside): the author; anyone for
 * public posts; the author's connections; the audience organization's current members; its alumni for
 * alumni-network posts, distinguished ones only at the `distinguished` tier. Anonymous callers read
 * public posts only. posts.sql.test.ts checks it against canReadPost over random worlds.
 */
export function visibleSql(viewerId: string | null, today: string): SQL {
  if (viewerId === null) return sql`(p.audience = 'public')`;
  const v = sql`${viewerId}::text`;
  return sql`(p.audience = 'public' or p.author_id = ${v}
    or (p.audience = 'connections' and exists (select 1 from connections c
          where c.user_a = least(${v}, p.author_id) and c.user_b = greatest(${v}, p.author_id)))
    or (p.audience in ('org_internal', 'alumni_network') and exists (select 1 from memberships mv
          where mv.org_id = p.audience_org_id and mv.user_id = ${v} and ${isMemberSql("mv", today)}))
    or (p.audience = 'alumni_network' and exists (select 1 from memberships mv
          where mv.org_id = p.audience_org_id and mv.user_id = ${v} and ${isAlumnusSql("mv", today)}
            and (p.alumni_tier = 'all' or mv.alumni_tier = 'distinguished'))))`;
}

/** A post as read by one viewer: the row, the facts the policy needs, and its counts. */
export interface PostViewRow {
  id: string;
  authorId: string;
  authorName: string;
  kind: PostKind;
  title: string;
  bodyMarkdown: string;
  bodyHtml: string;
  audience: PostAudience;
  orgId: string | null;
  orgSlug: string | null;
  orgName: string | null;
  tier: AlumniAudienceTier | null;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  thanksCount: number;
  replyCount: number;
  thankedByMe: boolean;
  facts: PostAudienceFacts;
  reader: ReaderFacts;
}

interface ListFilter {
  kind?: PostKind;
  tag?: string;
  orgId?: string;
  after?: { at: string; id: string } | null;
  limit: number;
}

/**
 * Posts with the viewer's relation to each (connected to the author; membership in the audience
 * organization). `where` selects the rows: one id for a single read (the service applies the policy),
 * or the visibility filter for lists.
 */
async function selectViews(
  db: DbOrTx,
  viewerId: string | null,
  today: string,
  where: SQL,
  limit: number,
): Promise<PostViewRow[]> {
  const v = sql`${viewerId}::text`;
  const { rows } = await db.execute<Record<string, unknown>>(sql`
    select p.id, p.author_id, coalesce(pr.display_name, u.name) as author_name, p.kind, p.title,
           p.body_markdown, p.body_html, p.audience, p.audience_org_id, o.slug as org_slug,
           o.name as org_name, p.alumni_tier, p.tags, p.created_at, p.updated_at,
           (select count(*)::int from post_thanks t where t.post_id = p.id) as thanks_count,
           (select count(*)::int from post_replies r where r.post_id = p.id and r.deleted_at is null)
             as reply_count,
           exists (select 1 from post_thanks t where t.post_id = p.id and t.user_id = ${v}) as thanked_by_me,
           exists (select 1 from connections c
             where c.user_a = least(${v}, p.author_id) and c.user_b = greatest(${v}, p.author_id)) as connected,
           m.status as m_status, to_char(m.ended_on, 'YYYY-MM-DD') as m_ended_on, m.role as m_role,
           m.alumni_tier as m_tier
    from posts p
    join users u on u.id = p.author_id
    left join profiles pr on pr.user_id = p.author_id
    left join organizations o on o.id = p.audience_org_id
    left join memberships m on m.org_id = p.audience_org_id and m.user_id = ${v}
    where p.deleted_at is null and ${where}
    order by p.created_at desc, p.id desc
    limit ${limit}`);
  return rows.map((r) => {
    const facts: PostAudienceFacts = {
      authorId: r.author_id as string,
      audience: r.audience as PostAudience,
      orgId: (r.audience_org_id as string | null) ?? null,
      tier: (r.alumni_tier as AlumniAudienceTier | null) ?? null,
    };
    const status = r.m_status as MembershipStatus | null;
    const reader: ReaderFacts = {
      connectedToAuthor: Boolean(r.connected),
      orgStanding: status
        ? standingOf({ status, endedOn: (r.m_ended_on as string | null) ?? null }, today)
        : null,
      alumniTier: (r.m_tier as "alumni" | "distinguished" | null) ?? null,
      role: (r.m_role as Role | null) ?? null,
    };
    return {
      id: r.id as string,
      authorId: facts.authorId,
      authorName: r.author_name as string,
      kind: r.kind as PostKind,
      title: r.title as string,
      bodyMarkdown: r.body_markdown as string,
      bodyHtml: r.body_html as string,
      audience: facts.audience,
      orgId: facts.orgId,
      orgSlug: (r.org_slug as string | null) ?? null,
      orgName: (r.org_name as string | null) ?? null,
      tier: facts.tier,
      tags: r.tags as string[],
      createdAt: new Date(r.created_at as string),
      updatedAt: new Date(r.updated_at as string),
      thanksCount: Number(r.thanks_count),
      replyCount: Number(r.reply_count),
      thankedByMe: Boolean(r.thanked_by_me),
      facts,
      reader,
    };
  });
}

/** One post (not deleted) with the viewer's relation to it, whether or not they may read it. */
export async function findPostView(
  db: DbOrTx,
  viewerId: string | null,
  id: string,
  today: string,
): Promise<PostViewRow | undefined> {
  const [row] = await selectViews(db, viewerId, today, sql`p.id = ${id}::uuid`, 1);
  return row;
}

/** The posts the viewer may read, newest first, keyset-paginated on (created_at, id). */
export async function listVisiblePosts(
  db: DbOrTx,
  viewerId: string | null,
  today: string,
  f: ListFilter,
): Promise<PostViewRow[]> {
  const conditions: SQL[] = [visibleSql(viewerId, today)];
  if (f.kind) conditions.push(sql`p.kind = ${f.kind}`);
  if (f.tag) conditions.push(sql`p.tags @> array[${f.tag}]::text[]`);
  if (f.orgId) conditions.push(sql`p.audience_org_id = ${f.orgId}::uuid`);
  if (f.after) conditions.push(sql`(p.created_at, p.id) < (${f.after.at}::timestamptz, ${f.after.id}::uuid)`);
  return selectViews(db, viewerId, today, sql.join(conditions, sql` and `), f.limit);
}

/** The ids of every post the viewer may read (tests compare it with the policy). */
export async function visiblePostIds(db: DbOrTx, viewerId: string | null, today: string): Promise<string[]> {
  const { rows } = await db.execute<{ id: string }>(
    sql`select p.id from posts p where p.deleted_at is null and ${visibleSql(viewerId, today)}`,
  );
  return rows.map((r) => r.id);
}

export async function findPost(db: DbOrTx, id: string): Promise<PostRow | undefined> {
  const [row] = await db
    .select()
    .from(posts)
    .where(and(eq(posts.id, id), isNull(posts.deletedAt)));
  return row;
}

export async function insertPost(db: DbOrTx, values: typeof posts.$inferInsert): Promise<PostRow> {
  const [row] = await db.insert(posts).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updatePost(
  db: DbOrTx,
  id: string,
  patch: Partial<typeof posts.$inferInsert>,
): Promise<void> {
  await db
    .update(posts)
    .set(patch)
    .where(and(eq(posts.id, id), isNull(posts.deletedAt)));
}

/** Marks a post deleted; a moderator other than the author is recorded. */
export async function deletePost(
  db: DbOrTx,
  id: string,
  at: Date,
  moderatedBy: string | null,
): Promise<void> {
  await db
    .update(posts)
    .set({ deletedAt: at, ...(moderatedBy ? { moderatedBy, moderatedAt: at } : {}) })
    .where(and(eq(posts.id, id), isNull(posts.deletedAt)));
}

// ---- replies ----

export interface ReplyViewRow {
  id: string;
  authorId: string;
  authorName: string;
  bodyHtml: string;
  createdAt: Date;
}

export async function insertReply(
  db: DbOrTx,
  values: typeof postReplies.$inferInsert,
): Promise<{ id: string }> {
  const [row] = await db.insert(postReplies).values(values).returning({ id: postReplies.id });
  if (!row) throw new Error("insert returned no row");
  return row;
}

async function selectReplies(db: DbOrTx, where: SQL, limit: number): Promise<ReplyViewRow[]> {
  const { rows } = await db.execute<Record<string, unknown>>(sql`
    select r.id, r.author_id, coalesce(pr.display_name, u.name) as author_name, r.body_html, r.created_at
    from post_replies r
    join users u on u.id = r.author_id
    left join profiles pr on pr.user_id = r.author_id
    where r.deleted_at is null and ${where}
    order by r.created_at, r.id
    limit ${limit}`);
  return rows.map((r) => ({
    id: r.id as string,
    authorId: r.author_id as string,
    authorName: r.author_name as string,
    bodyHtml: r.body_html as string,
    createdAt: new Date(r.created_at as string),
  }));
}

/** A post's replies, oldest first, keyset-paginated on (created_at, id). */
export function listReplies(
  db: DbOrTx,
  postId: string,
  after: { at: string; id: string } | null,
  limit: number,
): Promise<ReplyViewRow[]> {
  const cursor = after
    ? sql`and (r.created_at, r.id) > (${after.at}::timestamptz, ${after.id}::uuid)`
    : sql``;
  return selectReplies(db, sql`r.post_id = ${postId}::uuid ${cursor}`, limit);
}

export async function findReply(db: DbOrTx, id: string): Promise<ReplyViewRow | undefined> {
  const [row] = await selectReplies(db, sql`r.id = ${id}::uuid`, 1);
  return row;
}

// ---- thanks ----

export async function addThanks(db: DbOrTx, postId: string, userId: string): Promise<void> {
  await db.insert(postThanks).values({ postId, userId }).onConflictDoNothing();
}

export async function removeThanks(db: DbOrTx, postId: string, userId: string): Promise<void> {
  await db.delete(postThanks).where(and(eq(postThanks.postId, postId), eq(postThanks.userId, userId)));
}

/** The caller's standing, tier and role in one organization on `today`; nothing when they never belonged. */
export async function orgRelation(
  db: DbOrTx,
  orgId: string,
  userId: string,
  today: string,
): Promise<Pick<ReaderFacts, "orgStanding" | "alumniTier" | "role">> {
  const { rows } = await db.execute<Record<string, unknown>>(sql`
    select m.status, to_char(m.ended_on, 'YYYY-MM-DD') as ended_on, m.role, m.alumni_tier
    from memberships m where m.org_id = ${orgId}::uuid and m.user_id = ${userId}`);
  const r = rows[0];
  if (!r) return { orgStanding: null, alumniTier: null, role: null };
  return {
    orgStanding: standingOf(
      { status: r.status as MembershipStatus, endedOn: (r.ended_on as string | null) ?? null },
      today,
    ),
    alumniTier: (r.alumni_tier as "alumni" | "distinguished" | null) ?? null,
    role: r.role as Role,
  };
}
