import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  addAffiliationBody,
  affiliation,
  confirmDepartureBody,
  departure,
  departureListQuery,
  departureParams,
  orgPersonHistory,
  recordDepartureBody,
  selfDepartureBody,
  timelineEntry,
  userParams,
} from "../../../shared/affiliations/schemas.ts";
import { page } from "../../../shared/common/schemas.ts";
import { slugParam } from "../../../shared/organizations/schemas.ts";
import { errors } from "../../http.ts";
import { requireUser } from "../../plugins/actor.ts";
import type { AffiliationsService } from "./affiliations.service.ts";

const tags = ["affiliations"];
const user = { access: "user" as const };

export function registerAffiliationRoutes(app: FastifyInstance, service: AffiliationsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/orgs/:slug/departures",
    {
      config: user,
      schema: {
        summary: "Record a departure",
        description:
          "Managers and admins. Access continues through the last day; in good standing the person joins the alumni network the day after. The reason category is private to the organization.",
        tags,
        params: slugParam,
        body: recordDepartureBody,
        response: { 201: departure, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.record(await requireUser(request), request.params.slug, request.body)),
  );

  r.post(
    "/api/v1/orgs/:slug/departures/mine",
    {
      config: user,
      schema: {
        summary: "Record that I am leaving",
        description: "The organization then confirms whether the person leaves in good standing.",
        tags,
        params: slugParam,
        body: selfDepartureBody,
        response: { 201: departure, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.recordOwn(await requireUser(request), request.params.slug, request.body.lastDay)),
  );

  r.get(
    "/api/v1/orgs/:slug/departures",
    {
      config: user,
      schema: {
        summary: "Departures of an organization",
        description: "Owners and admins.",
        tags,
        params: slugParam,
        querystring: departureListQuery,
        response: { 200: page(departure), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => service.list(await requireUser(request), request.params.slug, request.query),
  );

  r.post(
    "/api/v1/orgs/:slug/departures/:departureId/confirm",
    {
      config: user,
      schema: {
        summary: "Confirm a self-reported departure's standing",
        tags,
        params: departureParams,
        body: confirmDepartureBody,
        response: { 200: departure, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.confirm(
        await requireUser(request),
        request.params.slug,
        request.params.departureId,
        request.body.goodStanding,
      ),
  );

  r.post(
    "/api/v1/orgs/:slug/affiliations",
    {
      config: user,
      schema: {
        summary: "Add a contractor, advisor or partner stage",
        description: "Owners and admins, for people who are or were members.",
        tags,
        params: slugParam,
        body: addAffiliationBody,
        response: { 201: affiliation, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.addStage(await requireUser(request), request.params.slug, request.body)),
  );

  r.get(
    "/api/v1/orgs/:slug/people/:userId/history",
    {
      config: user,
      schema: {
        summary: "The organization's history with one person",
        description: "Managers and admins. Tours follow the tour policy; departure reasons are included.",
        tags,
        params: userParams,
        response: { 200: orgPersonHistory, ...errors(401, 403, 404) },
      },
    },
    async (request) =>
      service.orgHistory(await requireUser(request), request.params.slug, request.params.userId),
  );

  r.get(
    "/api/v1/me/timeline",
    {
      config: user,
      schema: {
        summary: "My alliance timeline with every organization",
        description:
          "Stages, tours, check-in counts and departures; the person's own record, kept after leaving.",
        tags,
        response: { 200: z.object({ items: z.array(timelineEntry) }), ...errors(401) },
      },
    },
    async (request) => service.myTimeline(await requireUser(request)),
  );
}
