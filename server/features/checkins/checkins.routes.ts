import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  checkIn,
  checkInPage,
  checkInParams,
  createCheckInBody,
  myAlliance,
  privateNoteBody,
  updateCheckInBody,
} from "../../../shared/checkins/schemas.ts";
import { pageQuery } from "../../../shared/common/schemas.ts";
import { tourIdParam } from "../../../shared/tours/schemas.ts";
import type { Clock } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import { errors } from "../../http.ts";
import { requireUser } from "../../plugins/actor.ts";
import { createCheckInsService } from "./checkins.service.ts";
import { createMyAllianceService } from "./my-alliance.service.ts";

const tags = ["check-ins"];

/** Check-ins on tours of duty, and the caller's "My alliance" dashboard. */
export function registerCheckInRoutes(app: FastifyInstance, deps: { db: Database; clock: Clock }): void {
  const checkIns = createCheckInsService(deps);
  const alliance = createMyAllianceService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/tours/:id/check-ins",
    {
      config: { access: "user" },
      schema: {
        summary: "A tour's check-ins and schedule",
        description:
          "Newest first. Each check-in carries the caller's own private note, never anyone else's. " +
          "The person and the company side read them; the person keeps reading after leaving.",
        tags,
        params: tourIdParam,
        querystring: pageQuery,
        response: { 200: checkInPage, ...errors(400, 401, 404) },
      },
    },
    async (request) =>
      checkIns.list(await requireUser(request), request.params.id, request.query.cursor, request.query.limit),
  );

  r.post(
    "/api/v1/tours/:id/check-ins",
    {
      config: { access: "user" },
      schema: {
        summary: "Record a check-in",
        description:
          "The person, the sponsor or an admin, as current members, while the tour is running (409 " +
          "otherwise). `heldOn` may not be in the future. The private note is for the author alone.",
        tags,
        params: tourIdParam,
        body: createCheckInBody,
        response: { 201: checkIn, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await checkIns.create(await requireUser(request), request.params.id, request.body)),
  );

  r.patch(
    "/api/v1/tours/:id/check-ins/:checkInId",
    {
      config: { access: "user" },
      schema: {
        summary: "Change a check-in",
        description: "Its author only, while the tour is running. Only the fields sent change.",
        tags,
        params: checkInParams,
        body: updateCheckInBody,
        response: { 200: checkIn, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      checkIns.update(await requireUser(request), request.params.id, request.params.checkInId, request.body),
  );

  r.put(
    "/api/v1/tours/:id/check-ins/:checkInId/private-note",
    {
      config: { access: "user" },
      schema: {
        summary: "Keep a private note on a check-in",
        description:
          "Anyone who reads the tour may keep one; only they ever see it. An empty note removes it.",
        tags,
        params: checkInParams,
        body: privateNoteBody,
        response: { 200: checkIn, ...errors(400, 401, 404) },
      },
    },
    async (request) =>
      checkIns.putPrivateNote(
        await requireUser(request),
        request.params.id,
        request.params.checkInId,
        request.body.note,
      ),
  );

  r.get(
    "/api/v1/me/alliance",
    {
      config: { access: "user" },
      schema: {
        summary: "My alliance",
        description:
          "My tours, the tours I sponsor in organizations I still belong to, and what needs attention: " +
          "check-ins due within 30 days or overdue, sponsored tours ending within six months or in review.",
        tags,
        response: { 200: myAlliance, ...errors(401) },
      },
    },
    async (request) => alliance.get(await requireUser(request)),
  );
}
