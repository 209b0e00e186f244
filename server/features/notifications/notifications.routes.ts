import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { page } from "../../../shared/common/schemas.ts";
import {
  listNotificationsQuery,
  notification,
  notificationParams,
  notificationPreferences,
  unreadCount,
  updateNotificationPreferencesBody,
} from "../../../shared/notifications/schemas.ts";
import { type Clock, systemClock } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import { errors } from "../../http.ts";
import { requireUser } from "../../plugins/actor.ts";
import { createNotificationsService } from "./notifications.service.ts";

const tags = ["notifications"];

/** The signed-in person's notifications and email preferences. Everything here is about "me" only. */
export function registerNotificationRoutes(
  app: FastifyInstance,
  { db, clock = systemClock }: { db: Database; clock?: Clock },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const service = createNotificationsService({ db, clock });

  r.get(
    "/api/v1/notifications",
    {
      config: { access: "user" },
      schema: {
        summary: "My notifications",
        description: "Newest first. `unread=true` lists only those not yet read.",
        tags,
        querystring: listNotificationsQuery,
        response: { 200: page(notification), ...errors(400, 401) },
      },
    },
    async (request) => service.list(await requireUser(request), request.query),
  );

  r.get(
    "/api/v1/notifications/unread-count",
    {
      config: { access: "user" },
      schema: {
        summary: "How many of my notifications are unread",
        tags,
        response: { 200: unreadCount, ...errors(401) },
      },
    },
    async (request) => service.unreadCount(await requireUser(request)),
  );

  r.post(
    "/api/v1/notifications/:id/read",
    {
      config: { access: "user" },
      schema: {
        summary: "Mark a notification read",
        description: "Idempotent. Someone else's notification answers 404, like one that does not exist.",
        tags,
        params: notificationParams,
        response: { 200: notification, ...errors(400, 401, 404) },
      },
    },
    async (request) => service.markRead(await requireUser(request), request.params.id),
  );

  r.post(
    "/api/v1/notifications/read-all",
    {
      config: { access: "user" },
      schema: {
        summary: "Mark all my notifications read",
        tags,
        response: { 204: z.undefined(), ...errors(401) },
      },
    },
    async (request, reply) => {
      await service.markAllRead(await requireUser(request));
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/v1/me/notification-preferences",
    {
      config: { access: "user" },
      schema: {
        summary: "Which notifications I also get by email",
        tags,
        response: { 200: notificationPreferences, ...errors(401) },
      },
    },
    async (request) => service.getPreferences(await requireUser(request)),
  );

  r.put(
    "/api/v1/me/notification-preferences",
    {
      config: { access: "user" },
      schema: {
        summary: "Choose which notifications I also get by email",
        description:
          "Kinds left out keep their setting. Applies to notifications raised from now on; in-app ones always arrive.",
        tags,
        body: updateNotificationPreferencesBody,
        response: { 200: notificationPreferences, ...errors(400, 401) },
      },
    },
    async (request) => service.setPreferences(await requireUser(request), request.body),
  );
}
