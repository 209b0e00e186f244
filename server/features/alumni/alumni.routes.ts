import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  alumniArea,
  alumniListQuery,
  alumnus,
  changeTierBody,
  removeAlumnusBody,
  userParams,
} from "../../../shared/affiliations/schemas.ts";
import { page, pageQuery } from "../../../shared/common/schemas.ts";
import { slugParam } from "../../../shared/organizations/schemas.ts";
import { errors } from "../../http.ts";
import { requireUser } from "../../plugins/actor.ts";
import type { AlumniService } from "./alumni.service.ts";

const tags = ["alumni"];
const user = { access: "user" as const };

export function registerAlumniRoutes(app: FastifyInstance, service: AlumniService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/orgs/:slug/alumni",
    {
      config: user,
      schema: {
        summary: "The alumni network (admin view)",
        description: "Owners and admins; filter by tier or name.",
        tags,
        params: slugParam,
        querystring: alumniListQuery,
        response: { 200: page(alumnus), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => service.list(await requireUser(request), request.params.slug, request.query),
  );

  r.patch(
    "/api/v1/orgs/:slug/alumni/:userId",
    {
      config: user,
      schema: {
        summary: "Change an alumnus's tier",
        tags,
        params: userParams,
        body: changeTierBody,
        response: { 204: z.undefined(), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.changeTier(
        await requireUser(request),
        request.params.slug,
        request.params.userId,
        request.body.tier,
      );
      return reply.status(204).send();
    },
  );

  r.post(
    "/api/v1/orgs/:slug/alumni/:userId/remove",
    {
      config: user,
      schema: {
        summary: "Remove someone from the alumni network",
        description: "The reason is recorded; the person's history stays.",
        tags,
        params: userParams,
        body: removeAlumnusBody,
        response: { 204: z.undefined(), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.remove(
        await requireUser(request),
        request.params.slug,
        request.params.userId,
        request.body.reason,
      );
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/v1/orgs/:slug/alumni-area",
    {
      config: user,
      schema: {
        summary: "The organization's alumni area",
        description:
          "For alumni and current members: the organization's mission and values and its alumni network.",
        tags,
        params: slugParam,
        querystring: pageQuery,
        response: { 200: alumniArea, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => service.area(await requireUser(request), request.params.slug, request.query),
  );
}
