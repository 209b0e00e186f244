import type {
  CreatePostInput,
  ListPostsQuery,
  Post,
  PostAudienceInput,
  PostPage,
  Reply,
  ReplyPage,
  ThanksState,
  UpdatePostInput,
} from "../../../shared/posts/schemas.ts";
import { type Clock, isoDay } from "../../clock.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import type { Database } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { Actor, UserActor } from "../accounts/actor.ts";
import { renderMarkdown } from "./markdown.ts";
import {
  canDeletePost,
  canEditPost,
  canModeratePost,
  canPostTo,
  canReadPost,
  canReplyToPost,
  canThankPost,
} from "./posts.policy.ts";
import * as repo from "./posts.repo.ts";

export const postNotFound = () => new AppError("POST_NOT_FOUND", "Post not found.");
const audienceForbidden = () =>
  new AppError(
    "POST_AUDIENCE_FORBIDDEN",
    "You can post to an organization's members only as one of them, and to its alumni network only as a member or an alumnus it reaches.",
  );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const badCursor = () =>
  new AppError("VALIDATION_FAILED", "The cursor is not valid.", {
    fieldErrors: { cursor: ["is not valid"] },
  });

/** A keyset cursor of (instant, id), checked so that no forged cursor reaches the query. */
function decodeKeyset(cursor: string | undefined): { at: string; id: string } | null {
  const c = decodeCursor(cursor, ["at", "id"]);
  if (c === null) return null;
  if (!UUID.test(c.id) || Number.isNaN(Date.parse(c.at))) throw badCursor();
  return { at: new Date(c.at).toISOString(), id: c.id };
}
const encodeKeyset = (at: Date, id: string) => encodeCursor({ at: at.toISOString(), id });

/** Lower-case tags without duplicates, in the order given. */
const normalizeTags = (tags: readonly string[]) => [...new Set(tags.map((t) => t.toLowerCase()))];

const audienceColumns = (a: PostAudienceInput) => ({
  audience: a.kind,
  audienceOrgId: a.kind === "org_internal" || a.kind === "alumni_network" ? a.orgId : null,
  alumniTier: a.kind === "alumni_network" ? a.tier : null,
});

const userIdOf = (actor: Actor) => (actor.kind === "user" ? actor.userId : null);

function toView(actor: Actor, row: repo.PostViewRow): Post {
  const isAuthor = canEditPost(actor, row.facts);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    bodyHtml: row.bodyHtml,
    bodyMarkdown: isAuthor ? row.bodyMarkdown : null,
    author: { id: row.authorId, displayName: row.authorName },
    audience: {
      kind: row.audience,
      org:
        row.orgId && row.orgSlug !== null && row.orgName !== null
          ? { id: row.orgId, slug: row.orgSlug, name: row.orgName }
          : null,
      tier: row.tier,
    },
    tags: row.tags,
    thanksCount: row.thanksCount,
    thankedByMe: row.thankedByMe,
    replyCount: row.replyCount,
    canEdit: isAuthor,
    canDelete: canDeletePost(actor, row.facts, row.reader),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const replyView = (r: repo.ReplyViewRow): Reply => ({
  id: r.id,
  author: { id: r.authorId, displayName: r.authorName },
  bodyHtml: r.bodyHtml,
  createdAt: r.createdAt.toISOString(),
});

/**
 * Posts: writing to an audience, reading what the caller may read (404 otherwise), the author's edits,
 * deletion by the author or an organization admin (moderation, recorded), replies and thanks.
 */
export function createPostsService(deps: { db: Database; clock: Clock }) {
  const { db, clock } = deps;
  const today = () => isoDay(clock());

  /** The post as the caller reads it, or POST_NOT_FOUND when it does not exist for them. */
  async function readable(actor: Actor, id: string): Promise<repo.PostViewRow> {
    const row = await repo.findPostView(db, userIdOf(actor), id, today());
    if (!row || !canReadPost(actor, row.facts, row.reader)) throw postNotFound();
    return row;
  }

  async function assertMayPostTo(actor: UserActor, audience: PostAudienceInput): Promise<void> {
    const columns = audienceColumns(audience);
    const relation = columns.audienceOrgId
      ? await repo.orgRelation(db, columns.audienceOrgId, actor.userId, today())
      : { orgStanding: null, alumniTier: null };
    const target = { audience: columns.audience, orgId: columns.audienceOrgId, tier: columns.alumniTier };
    if (!canPostTo(actor, target, relation)) throw audienceForbidden();
  }

  return {
    async create(actor: UserActor, input: CreatePostInput): Promise<Post> {
      await assertMayPostTo(actor, input.audience);
      const now = clock();
      const row = await repo.insertPost(db, {
        authorId: actor.userId,
        kind: input.kind,
        title: input.title,
        bodyMarkdown: input.body,
        bodyHtml: renderMarkdown(input.body),
        ...audienceColumns(input.audience),
        tags: normalizeTags(input.tags),
        createdAt: now,
        updatedAt: now,
      });
      return toView(actor, await readable(actor, row.id));
    },

    async get(actor: Actor, id: string): Promise<Post> {
      return toView(actor, await readable(actor, id));
    },

    async list(actor: Actor, q: ListPostsQuery): Promise<PostPage> {
      const rows = await repo.listVisiblePosts(db, userIdOf(actor), today(), {
        kind: q.kind,
        tag: q.tag,
        orgId: q.orgId,
        after: decodeKeyset(q.cursor),
        limit: q.limit + 1,
      });
      // The SQL filter and the policy are one rule; checking again costs nothing and fails closed.
      const visible = rows.filter((r) => canReadPost(actor, r.facts, r.reader));
      const items = visible.slice(0, q.limit);
      const last = items.at(-1);
      return {
        items: items.map((r) => toView(actor, r)),
        nextCursor: rows.length > q.limit && last ? encodeKeyset(last.createdAt, last.id) : null,
      };
    },

    async update(actor: UserActor, id: string, patch: UpdatePostInput): Promise<Post> {
      const row = await readable(actor, id);
      if (!canEditPost(actor, row.facts)) throw new AppError("FORBIDDEN", "Only the author edits a post.");
      if (patch.audience) await assertMayPostTo(actor, patch.audience);
      await repo.updatePost(db, id, {
        ...(patch.kind ? { kind: patch.kind } : {}),
        ...(patch.title ? { title: patch.title } : {}),
        ...(patch.body ? { bodyMarkdown: patch.body, bodyHtml: renderMarkdown(patch.body) } : {}),
        ...(patch.audience ? audienceColumns(patch.audience) : {}),
        ...(patch.tags ? { tags: normalizeTags(patch.tags) } : {}),
        updatedAt: clock(),
      });
      return toView(actor, await readable(actor, id));
    },

    /** Deletes a post; when an organization admin deletes someone else's post, the moderation is recorded. */
    async remove(actor: UserActor, id: string): Promise<void> {
      const row = await readable(actor, id);
      if (!canDeletePost(actor, row.facts, row.reader)) {
        throw new AppError("FORBIDDEN", "Only the author or an admin of its organization deletes a post.");
      }
      const moderation = !canEditPost(actor, row.facts) && canModeratePost(actor, row.facts, row.reader);
      await repo.deletePost(db, id, clock(), moderation ? actor.userId : null);
    },

    async reply(actor: UserActor, id: string, body: string): Promise<Reply> {
      const row = await readable(actor, id);
      if (!canReplyToPost(actor, row.facts, row.reader)) throw postNotFound();
      const createdAt = clock();
      const { id: replyId } = await repo.insertReply(db, {
        postId: id,
        authorId: actor.userId,
        bodyMarkdown: body,
        bodyHtml: renderMarkdown(body),
        createdAt,
      });
      const created = await repo.findReply(db, replyId);
      if (!created) throw postNotFound();
      return replyView(created);
    },

    async replies(actor: Actor, id: string, cursor: string | undefined, limit: number): Promise<ReplyPage> {
      await readable(actor, id);
      const rows = await repo.listReplies(db, id, decodeKeyset(cursor), limit + 1);
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return {
        items: items.map(replyView),
        nextCursor: rows.length > limit && last ? encodeKeyset(last.createdAt, last.id) : null,
      };
    },

    async thank(actor: UserActor, id: string, thanked: boolean): Promise<ThanksState> {
      const row = await readable(actor, id);
      if (thanked) {
        if (!canThankPost(actor, row.facts, row.reader)) {
          throw new AppError("FORBIDDEN", "You cannot thank your own post.");
        }
        await repo.addThanks(db, id, actor.userId);
      } else {
        await repo.removeThanks(db, id, actor.userId);
      }
      const after = await readable(actor, id);
      return { thanksCount: after.thanksCount, thankedByMe: after.thankedByMe };
    },
  };
}
