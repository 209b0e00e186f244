import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorBody } from "../../../shared/common/schemas.ts";
import {
  createIntroductionBody,
  introduction,
  introductionIdParam,
  introductionOutcomeBody,
  introductionPage,
  listIntroductionsQuery,
  respondIntroductionBody,
  thankIntroducerBody,
} from "../../../shared/introductions/schemas.ts";
import { thanks } from "../../../shared/pay-forward/schemas.ts";
import type { Clock } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import { errors } from "../../http.ts";
import { requireUser } from "../../plugins/actor.ts";
import type { GraphService } from "../graph/graph-service.ts";
import { createIntroductionsService } from "./introductions.service.ts";

export interface IntroductionRouteDeps {
  db: Database;
  graph: GraphService;
  clock: Clock;
}

const tags = ["introductions"];
const user = { access: "user" as const };

/**
 * Double opt-in introductions along a path of people who know each other: each person on the way, then
 * the target, accepts or declines in turn. Nobody but the person who declined learns who declined.
 * Also registers the pay-forward record (thanks), which builds on introductions.
 */
export function registerIntroductionRoutes(app: FastifyInstance, deps: IntroductionRouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const intros = createIntroductionsService(deps);

  r.post(
    "/api/v1/introductions",
    {
      config: user,
      schema: {
        summary: "Ask for an introduction",
        description:
          "Along the given path (you first, the target last) or, without one, the warmest path through " +
          "people whose connections you may see. The first person asked has 14 days to answer. " +
          `404 for yourself, an unknown or a blocked person; 409 when already connected or already asked; ` +
          "422 when no usable path exists; 429 (INTRODUCTION_LIMIT, Retry-After) after 10 requests in 24 hours.",
        tags,
        body: createIntroductionBody,
        response: { 201: introduction, ...errors(400, 401, 404, 409, 429), 422: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await intros.create(await requireUser(request), request.body)),
  );

  r.get(
    "/api/v1/introductions",
    {
      config: user,
      schema: {
        summary: "My introductions",
        description:
          "inbox: requests waiting on me, soonest due first; sent: the ones I asked for; involved: the ones " +
          "I was asked in. Each as I may see it.",
        tags,
        querystring: listIntroductionsQuery,
        response: { 200: introductionPage, ...errors(400, 401) },
      },
    },
    async (request) => {
      const { box, cursor, limit } = request.query;
      return intros.list(await requireUser(request), box, cursor, limit);
    },
  );

  r.get(
    "/api/v1/introductions/:id",
    {
      config: user,
      schema: {
        summary: "An introduction",
        description:
          "For the requester and for every person it has reached; 404 for everyone else. The requester " +
          "sees `not_completed` whether someone declined or a step ran out, and nobody's answer before " +
          "the introduction is made.",
        tags,
        params: introductionIdParam,
        response: { 200: introduction, ...errors(400, 401, 404) },
      },
    },
    async (request) => intros.get(await requireUser(request), request.params.id),
  );

  r.post(
    "/api/v1/introductions/:id/respond",
    {
      config: user,
      schema: {
        summary: "Accept or decline an introduction waiting on me",
        description:
          "Only the person whose step is waiting (409 INTRODUCTION_INVALID_TRANSITION for others who can " +
          "read it, 404 for the rest). `version` must be the one read (409 INTRODUCTION_STALE).",
        tags,
        params: introductionIdParam,
        body: respondIntroductionBody,
        response: { 200: introduction, ...errors(400, 401, 404, 409) },
      },
    },
    async (request) => intros.respond(await requireUser(request), request.params.id, request.body),
  );

  r.post(
    "/api/v1/introductions/:id/withdraw",
    {
      config: user,
      schema: {
        summary: "Withdraw my request",
        description:
          "The requester, while it is pending. Whoever it waits on sees only that it is withdrawn.",
        tags,
        params: introductionIdParam,
        response: { 200: introduction, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => intros.withdraw(await requireUser(request), request.params.id),
  );

  r.post(
    "/api/v1/introductions/:id/outcome",
    {
      config: user,
      schema: {
        summary: "Record what came of an introduction",
        description: "The requester or the target, once it is made; either may change it.",
        tags,
        params: introductionIdParam,
        body: introductionOutcomeBody,
        response: { 200: introduction, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => intros.setOutcome(await requireUser(request), request.params.id, request.body.outcome),
  );

  r.post(
    "/api/v1/introductions/:id/thanks",
    {
      config: user,
      schema: {
        summary: "Thank someone who introduced me",
        description:
          "The requester of a made introduction thanks one of its intermediaries, once (409 ALREADY_THANKED " +
          "after that). It goes on both people's pay-forward record.",
        tags,
        params: introductionIdParam,
        body: thankIntroducerBody,
        response: { 201: thanks, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await intros.thank(await requireUser(request), request.params.id, request.body)),
  );
}
