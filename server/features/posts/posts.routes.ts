import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { pageQuery } from "../../../shared/common/schemas.ts";
import {
  createPostBody,
  createReplyBody,
  listPostsQuery,
  post,
  postIdParam,
  postPage,
  reply,
  replyPage,
  thanksState,
  updatePostBody,
} from "../../../shared/posts/schemas.ts";
import type { Clock } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import { errors } from "../../http.ts";
import { requireUser } from "../../plugins/actor.ts";
import { createPostsService } from "./posts.service.ts";

const tags = ["posts"];
const READ_RULE =
  "A post reaches its author, and by audience: `public` anyone (signed in or not); `connections` the " +
  "author's connections; `org_internal` the organization's current members; `alumni_network` its current " +
  "members and its alumni (distinguished alumni only at the `distinguished` tier).";

/**
 * Posts: knowledge and network intelligence. Markdown is rendered and sanitized on the server on every
 * write; `bodyHtml` is the only form other people read. A post the caller may not read answers 404.
 */
export function registerPostRoutes(app: FastifyInstance, deps: { db: Database; clock: Clock }): void {
  const posts = createPostsService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/posts",
    {
      config: { access: "user" },
      schema: {
        summary: "Write a post",
        description:
          "A `learning`, `intel` or `announcement` post in markdown, to one audience. Posting to an " +
          "organization's members requires being one; to its alumni network, being a member or an alumnus " +
          "the chosen tier reaches (POST_AUDIENCE_FORBIDDEN otherwise).",
        tags,
        body: createPostBody,
        response: { 201: post, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await posts.create(await requireUser(request), request.body)),
  );

  r.get(
    "/api/v1/posts",
    {
      config: { access: "public" },
      schema: {
        summary: "Posts I may read",
        description: `Newest first, keyset-paginated; filter by kind, tag or audience organization. ${READ_RULE}`,
        tags,
        querystring: listPostsQuery,
        response: { 200: postPage, ...errors(400) },
      },
    },
    async (request) => posts.list(await request.actor(), request.query),
  );

  r.get(
    "/api/v1/posts/:id",
    {
      config: { access: "public" },
      schema: {
        summary: "One post",
        description: `404 when it does not exist or the caller may not read it. ${READ_RULE}`,
        tags,
        params: postIdParam,
        response: { 200: post, ...errors(400, 404) },
      },
    },
    async (request) => posts.get(await request.actor(), request.params.id),
  );

  r.patch(
    "/api/v1/posts/:id",
    {
      config: { access: "user" },
      schema: {
        summary: "Edit my post",
        description:
          "The author only (403 for other readers, 404 for everyone else). A new audience follows the posting rule.",
        tags,
        params: postIdParam,
        body: updatePostBody,
        response: { 200: post, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => posts.update(await requireUser(request), request.params.id, request.body),
  );

  r.delete(
    "/api/v1/posts/:id",
    {
      config: { access: "user" },
      schema: {
        summary: "Delete a post",
        description:
          "The author, or an owner or admin of the audience organization for `org_internal` and " +
          "`alumni_network` posts (moderation, recorded with who and when).",
        tags,
        params: postIdParam,
        response: { 204: z.undefined(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await posts.remove(await requireUser(request), request.params.id);
      return reply.status(204).send();
    },
  );

  r.post(
    "/api/v1/posts/:id/replies",
    {
      config: { access: "user" },
      schema: {
        summary: "Reply to a post",
        description: "Anyone signed in who reads the post. Markdown, rendered and sanitized like posts.",
        tags,
        params: postIdParam,
        body: createReplyBody,
        response: { 201: reply, ...errors(400, 401, 404) },
      },
    },
    async (request, res) =>
      res
        .status(201)
        .send(await posts.reply(await requireUser(request), request.params.id, request.body.body)),
  );

  r.get(
    "/api/v1/posts/:id/replies",
    {
      config: { access: "public" },
      schema: {
        summary: "A post's replies",
        description:
          "Oldest first, keyset-paginated. Whoever reads the post reads its replies (404 otherwise).",
        tags,
        params: postIdParam,
        querystring: pageQuery,
        response: { 200: replyPage, ...errors(400, 404) },
      },
    },
    async (request) =>
      posts.replies(await request.actor(), request.params.id, request.query.cursor, request.query.limit),
  );

  for (const [method, thanked, summary] of [
    ["put", true, "Thank a post"],
    ["delete", false, "Take my thanks back"],
  ] as const) {
    r[method](
      "/api/v1/posts/:id/thanks",
      {
        config: { access: "user" },
        schema: {
          summary,
          description:
            "Idempotent. Anyone signed in who reads the post, except its author (403). Answers the count.",
          tags,
          params: postIdParam,
          response: { 200: thanksState, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => posts.thank(await requireUser(request), request.params.id, thanked),
    );
  }
}
