import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  alignmentQuery,
  alignmentView,
  catalogValue,
  createValueBody,
  exercise,
  exerciseBody,
  orgSlugParam,
  orgValueParams,
  valuesList,
  valuesQuery,
} from "../../../shared/alignment/schemas.ts";
import type { Clock } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import { errors } from "../../http.ts";
import { requireUser } from "../../plugins/actor.ts";
import { createAlignmentService } from "./alignment.service.ts";
import { createValuesService } from "./values.service.ts";

const tags = ["alignment"];

/** Values catalog, admired-people exercise and alignment view. Every route needs an account. */
export function registerAlignmentRoutes(app: FastifyInstance, deps: { db: Database; clock: Clock }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const values = createValuesService(deps);
  const alignment = createAlignmentService(deps);

  r.get(
    "/api/v1/values",
    {
      config: { access: "user" },
      schema: {
        summary: "The values catalog",
        description:
          "The shared catalog, plus the organization's own values when `orgSlug` names one the caller is a member or alumnus of.",
        tags,
        querystring: valuesQuery,
        response: { 200: valuesList, ...errors(400, 401, 404) },
      },
    },
    async (request) => values.list(await requireUser(request), request.query.orgSlug),
  );

  r.post(
    "/api/v1/orgs/:slug/values",
    {
      config: { access: "user" },
      schema: {
        summary: "Add a value to an organization's catalog",
        description:
          "Owners and admins. Names are unique, ignoring case, across the shared catalog and the organization's own values.",
        tags,
        params: orgSlugParam,
        body: createValueBody,
        response: { 201: catalogValue, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await values.add(await requireUser(request), request.params.slug, request.body)),
  );

  r.delete(
    "/api/v1/orgs/:slug/values/:valueId",
    {
      config: { access: "user" },
      schema: {
        summary: "Remove one of an organization's own values",
        description:
          "Owners and admins. Shared catalog values cannot be removed. Ranked values already chosen stay.",
        tags,
        params: orgValueParams,
        response: { 204: z.undefined(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await values.remove(await requireUser(request), request.params.slug, request.params.valueId);
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/v1/alignment/exercise",
    {
      config: { access: "user" },
      schema: {
        summary: "My admired-people exercise",
        description: "The saved exercise with the values it proposes, or an empty one.",
        tags,
        response: { 200: exercise, ...errors(401) },
      },
    },
    async (request) => alignment.getExercise(await requireUser(request)),
  );

  r.put(
    "/api/v1/alignment/exercise",
    {
      config: { access: "user" },
      schema: {
        summary: "Save my admired-people exercise",
        description:
          "Up to three people, three qualities each, each mapped to a value. Returns up to five proposed values, most often named first; apply them with PATCH /api/v1/people/me.",
        tags,
        body: exerciseBody,
        response: { 200: exercise, ...errors(400, 401) },
      },
    },
    async (request) => alignment.saveExercise(await requireUser(request), request.body),
  );

  r.get(
    "/api/v1/orgs/:slug/alignment",
    {
      config: { access: "user" },
      schema: {
        summary: "A person's alignment with an organization",
        description:
          "The person themself (also after leaving), or the organization's owners, admins and managers for a current member. Profile fields follow the person's visibility settings; hidden values yield no comparison and a null score.",
        tags,
        params: orgSlugParam,
        querystring: alignmentQuery,
        response: { 200: alignmentView, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      alignment.view(await requireUser(request), request.params.slug, request.query.personId),
  );
}
