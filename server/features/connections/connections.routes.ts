import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { pageQuery } from "../../../shared/common/schemas.ts";
import {
  blockedPage,
  bulkRequestBody,
  bulkRequestResult,
  connection,
  connectionPage,
  connectionRequestPage,
  connectionSettings,
  importBody,
  importResult,
  listConnectionsQuery,
  listedConnectionPage,
  listRequestsQuery,
  personConnectionsParams,
  requestIdParam,
  sendRequestBody,
  sendRequestResult,
  suggestionList,
  suggestionsQuery,
  updateConnectionBody,
  updateConnectionSettingsBody,
  userIdParam,
} from "../../../shared/connections/schemas.ts";
import type { Clock } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import { errors } from "../../http.ts";
import { requireUser } from "../../plugins/actor.ts";
import type { GraphService } from "../graph/graph-service.ts";
import { createBlocksService } from "./blocks.service.ts";
import { createConnectionsService } from "./connections.service.ts";
import { createImportService } from "./import.service.ts";
import { createRequestsService } from "./requests.service.ts";
import { createSuggestionsService } from "./suggestions.service.ts";

export interface ConnectionRouteDeps {
  db: Database;
  graph: GraphService;
  clock: Clock;
}

const tags = ["connections"];
const noContent = { 204: z.undefined() };
/** The import body carries a file of up to 2 MB, JSON-escaped. */
const IMPORT_BODY_LIMIT = 4 * 1024 * 1024;

/**
 * Mutual connections: requests and answers, my connections and my private trust in each, who may see my
 * list, blocks, suggestions from shared stints, and the LinkedIn import. Every write that changes the
 * graph waits for this server's graph to catch up before answering, so the next read sees it.
 */
export function registerConnectionRoutes(app: FastifyInstance, deps: ConnectionRouteDeps): void {
  const connections = createConnectionsService(deps);
  const requests = createRequestsService(deps);
  const blocks = createBlocksService(deps);
  const suggestions = createSuggestionsService(deps);
  const imports = createImportService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();

  // ---- requests ----

  r.post(
    "/api/v1/connections/requests",
    {
      config: { access: "user" },
      schema: {
        summary: "Ask someone to connect",
        description:
          "Opens a request and notifies the person (201). If they had already asked me, accepts their " +
          "request instead and connects us (200, `outcome: connected`). An unknown person and a block " +
          "either way both answer 404. The context must be an organization I am or was part of, or a " +
          "tour of duty I am the person or sponsor of.",
        tags,
        body: sendRequestBody,
        response: { 200: sendRequestResult, 201: sendRequestResult, ...errors(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await requests.send(await requireUser(request), request.body);
      return reply.status(result.outcome === "requested" ? 201 : 200).send(result);
    },
  );

  r.get(
    "/api/v1/connections/requests",
    {
      config: { access: "user" },
      schema: {
        summary: "My open connection requests",
        description:
          "Newest first. `incoming` leaves out requests I ignored; `outgoing` shows requests the other " +
          "person ignored as still open (ignoring is quiet).",
        tags,
        querystring: listRequestsQuery,
        response: { 200: connectionRequestPage, ...errors(400, 401) },
      },
    },
    async (request) =>
      requests.listRequests(
        await requireUser(request),
        request.query.box,
        request.query.cursor,
        request.query.limit,
      ),
  );

  r.post(
    "/api/v1/connections/requests/bulk",
    {
      config: { access: "user" },
      schema: {
        summary: "Ask many people to connect (import flow)",
        description:
          "Up to 100 people, each asked on its own. Each result says `sent`, `connected` (they had " +
          "asked me) or `skipped` with a reason; unknown and blocked people are both `unavailable`.",
        tags,
        body: bulkRequestBody,
        response: { 200: bulkRequestResult, ...errors(400, 401) },
      },
    },
    async (request) =>
      requests.sendMany(await requireUser(request), request.body.toUserIds, request.body.source),
  );

  r.post(
    "/api/v1/connections/requests/:id/accept",
    {
      config: { access: "user" },
      schema: {
        summary: "Accept a connection request",
        description:
          "The recipient only (404 for anyone else). Creates the connection with the request's context " +
          "and notifies the sender. Accepting again answers with the same connection.",
        tags,
        params: requestIdParam,
        response: { 200: connection, ...errors(400, 401, 404, 409) },
      },
    },
    async (request) => requests.accept(await requireUser(request), request.params.id),
  );

  for (const [action, summary, who] of [
    ["decline", "Decline a connection request", "The recipient only"],
    ["ignore", "Ignore a connection request", "The recipient only; the sender still sees it as open"],
    ["withdraw", "Withdraw my connection request", "The sender only"],
  ] as const) {
    r.post(
      `/api/v1/connections/requests/:id/${action}`,
      {
        config: { access: "user" },
        schema: {
          summary,
          description: `${who} (404 for anyone else); 409 once the request is closed.`,
          tags,
          params: requestIdParam,
          response: { ...noContent, ...errors(400, 401, 404, 409) },
        },
      },
      async (request, reply) => {
        await requests.answer(await requireUser(request), request.params.id, action);
        return reply.status(204).send();
      },
    );
  }

  // ---- settings (static paths before /:userId) ----

  r.get(
    "/api/v1/connections/settings",
    {
      config: { access: "user" },
      schema: {
        summary: "Who may see my connection list",
        tags,
        response: { 200: connectionSettings, ...errors(401) },
      },
    },
    async (request) => blocks.settings(await requireUser(request)),
  );

  r.put(
    "/api/v1/connections/settings",
    {
      config: { access: "user" },
      schema: {
        summary: "Choose who may see my connection list",
        description:
          "`only_me`, `connections` (the default) or `public` (anyone signed in). Introductions are " +
          "routed only through people whose list the requester may see.",
        tags,
        body: updateConnectionSettingsBody,
        response: { 200: connectionSettings, ...errors(400, 401) },
      },
    },
    async (request) => blocks.updateSettings(await requireUser(request), request.body.listVisibility),
  );

  // ---- suggestions ----

  r.get(
    "/api/v1/connections/suggestions",
    {
      config: { access: "user" },
      schema: {
        summary: "People I may know",
        description:
          "People who were at the same organization at the same time as me, with the organizations and " +
          "years. Leaves out my connections, anyone with an open or declined request with me, blocks " +
          "either way and people I dismissed. Ranked by time together, recent overlaps first.",
        tags,
        querystring: suggestionsQuery,
        response: { 200: suggestionList, ...errors(400, 401) },
      },
    },
    async (request) => suggestions.list(await requireUser(request), request.query.limit),
  );

  r.post(
    "/api/v1/connections/suggestions/:userId/dismiss",
    {
      config: { access: "user" },
      schema: {
        summary: "Stop suggesting someone",
        tags,
        params: userIdParam,
        response: { ...noContent, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await suggestions.dismiss(await requireUser(request), request.params.userId);
      return reply.status(204).send();
    },
  );

  // ---- import ----

  r.post(
    "/api/v1/connections/import",
    {
      config: { access: "user" },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        summary: "Find my LinkedIn connections on Alliance",
        description:
          "Reads LinkedIn's Connections.csv (up to 2 MB) and matches rows to accounts by verified email. " +
          "Sends nothing: ask the matches with the bulk request. Five imports a day (429 with " +
          "Retry-After after that).",
        tags,
        body: importBody,
        response: { 200: importResult, ...errors(400, 401, 429) },
      },
    },
    async (request) => imports.run(await requireUser(request), request.body.csv),
  );

  // ---- my connections ----

  r.get(
    "/api/v1/connections",
    {
      config: { access: "user" },
      schema: {
        summary: "My connections",
        description:
          "Each with the context and my own trust level, never the other side's. `q` matches names.",
        tags,
        querystring: listConnectionsQuery,
        response: { 200: connectionPage, ...errors(400, 401) },
      },
    },
    async (request) => connections.listMine(await requireUser(request), request.query),
  );

  r.patch(
    "/api/v1/connections/:userId",
    {
      config: { access: "user" },
      schema: {
        summary: "Change a connection",
        description:
          "`trust` is my private level for this person (null clears it); the context (organization, " +
          "tour, since) is shared and either side may change it. 404 when we are not connected.",
        tags,
        params: userIdParam,
        body: updateConnectionBody,
        response: { 200: connection, ...errors(400, 401, 404) },
      },
    },
    async (request) => connections.update(await requireUser(request), request.params.userId, request.body),
  );

  r.delete(
    "/api/v1/connections/:userId",
    {
      config: { access: "user" },
      schema: {
        summary: "End a connection",
        description: "Either side may. The other person is not notified.",
        tags,
        params: userIdParam,
        response: { ...noContent, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await connections.remove(await requireUser(request), request.params.userId);
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/v1/people/:id/connections",
    {
      config: { access: "user" },
      schema: {
        summary: "A person's connections",
        description:
          "When the person's list is visible to me: always my own; `public` lists to anyone signed in; " +
          "`connections` lists to their connections. Otherwise 403 CONNECTION_LIST_HIDDEN, also when " +
          "either of us blocks the other. Leaves out anyone blocked either way with me; never shows " +
          "trust levels. Each person carries their degree of connection to me.",
        tags,
        params: personConnectionsParams,
        querystring: pageQuery,
        response: { 200: listedConnectionPage, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      connections.listOf(
        await requireUser(request),
        request.params.id,
        request.query.cursor,
        request.query.limit,
      ),
  );

  // ---- blocks ----

  r.get(
    "/api/v1/blocks",
    {
      config: { access: "user" },
      schema: {
        summary: "People I block",
        tags: ["blocks"],
        querystring: pageQuery,
        response: { 200: blockedPage, ...errors(400, 401) },
      },
    },
    async (request) =>
      blocks.listBlocks(await requireUser(request), request.query.cursor, request.query.limit),
  );

  r.put(
    "/api/v1/blocks/:userId",
    {
      config: { access: "user" },
      schema: {
        summary: "Block someone",
        description:
          "Ends our connection and any open request between us, in one step. They are not told: their " +
          "requests to me answer as for an unknown person, and my connection list looks private to them.",
        tags: ["blocks"],
        params: userIdParam,
        response: { ...noContent, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await blocks.block(await requireUser(request), request.params.userId);
      return reply.status(204).send();
    },
  );

  r.delete(
    "/api/v1/blocks/:userId",
    {
      config: { access: "user" },
      schema: {
        summary: "Unblock someone",
        description: "The connection and requests the block ended do not come back.",
        tags: ["blocks"],
        params: userIdParam,
        response: { ...noContent, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await blocks.unblock(await requireUser(request), request.params.userId);
      return reply.status(204).send();
    },
  );
}
