import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  calendarFeedParams,
  calendarFeedStatus,
  createdCalendarFeed,
} from "../../../shared/calendar/schemas.ts";
import type { Clock } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import { errors } from "../../http.ts";
import { requireUser } from "../../plugins/actor.ts";
import { createCalendarService } from "./calendar.service.ts";

const tags = ["calendar"];

/** The caller's secret calendar feed: create, inspect, revoke; and the feed itself for calendar apps. */
export function registerCalendarRoutes(
  app: FastifyInstance,
  deps: { db: Database; clock: Clock; baseUrl: string },
): void {
  const calendar = createCalendarService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/me/calendar-feed",
    {
      config: { access: "user" },
      schema: {
        summary: "Create my calendar feed URL",
        description:
          "Returns a secret URL once; it cannot be shown again. Any earlier URL stops working at once.",
        tags,
        response: { 201: createdCalendarFeed, ...errors(401) },
      },
    },
    async (request, reply) => reply.status(201).send(await calendar.createFeed(await requireUser(request))),
  );

  r.get(
    "/api/v1/me/calendar-feed",
    {
      config: { access: "user" },
      schema: {
        summary: "Whether I have a calendar feed",
        description: "Never returns the URL: only a hash of its token is kept.",
        tags,
        response: { 200: calendarFeedStatus, ...errors(401) },
      },
    },
    async (request) => calendar.feedStatus(await requireUser(request)),
  );

  r.delete(
    "/api/v1/me/calendar-feed",
    {
      config: { access: "user" },
      schema: {
        summary: "Revoke my calendar feed",
        description: "The URL stops working at once.",
        tags,
        response: { 204: z.undefined(), ...errors(401) },
      },
    },
    async (request, reply) => {
      await calendar.revokeFeed(await requireUser(request));
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/v1/calendar/:token.ics",
    {
      // The secret token in the URL is the credential: calendar apps send no session cookie.
      config: { access: "public" },
      schema: {
        summary: "A calendar feed (iCalendar)",
        description:
          "RFC 5545 events for the owner's agreed and running tours: next check-in due, start, planned " +
          "end and review window, as all-day events with stable UIDs. Unknown or revoked tokens get 404.",
        tags,
        params: calendarFeedParams,
        response: {
          200: { description: "An iCalendar file", content: { "text/calendar": { schema: z.string() } } },
          ...errors(404),
        },
      },
    },
    async (request, reply) => {
      const body = await calendar.render(request.params.token);
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("cache-control", "private, no-store")
        .send(body);
    },
  );
}
