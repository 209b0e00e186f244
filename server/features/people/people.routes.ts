import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { page } from "../../../shared/common/schemas.ts";
import {
  ownProfile,
  previewQuery,
  profileView,
  searchPeopleQuery,
  updateProfileBody,
} from "../../../shared/people/schemas.ts";
import { errors } from "../../http.ts";
import { requireUser } from "../../plugins/actor.ts";
import type { PeopleService } from "./people.service.ts";

const tags = ["people"];

export function registerPeopleRoutes(app: FastifyInstance, people: PeopleService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/people/me",
    {
      config: { access: "user" },
      schema: {
        summary: "My profile, with the visibility of each field",
        tags,
        response: { 200: ownProfile, ...errors(401) },
      },
    },
    async (request) => people.getOwn(await requireUser(request)),
  );

  r.patch(
    "/api/v1/people/me",
    {
      config: { access: "user" },
      schema: {
        summary: "Update my profile and who can see each field",
        tags,
        body: updateProfileBody,
        response: { 200: ownProfile, ...errors(400, 401) },
      },
    },
    async (request) => people.updateOwn(await requireUser(request), request.body),
  );

  r.get(
    "/api/v1/people/me/preview",
    {
      config: { access: "user" },
      schema: {
        summary: "View my profile as an audience would",
        tags,
        querystring: previewQuery,
        response: { 200: profileView, ...errors(400, 401) },
      },
    },
    async (request) => people.preview(await requireUser(request), request.query.audience),
  );

  r.get(
    "/api/v1/people",
    {
      config: { access: "user" },
      schema: {
        summary: "Search people",
        description: "Matches names, and headlines, locations and skills the caller may see.",
        tags,
        querystring: searchPeopleQuery,
        response: { 200: page(profileView), ...errors(400, 401) },
      },
    },
    async (request) =>
      people.search(await request.actor(), request.query.q, request.query.cursor, request.query.limit),
  );

  r.get(
    "/api/v1/people/:id",
    {
      config: { access: "public" },
      schema: {
        summary: "A person's profile, as the caller may see it",
        description: "Signed-out visitors see public fields only.",
        tags,
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: profileView, ...errors(404) },
      },
    },
    async (request) => people.view(await request.actor(), request.params.id),
  );
}
