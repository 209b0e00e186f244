import { z } from "zod";
import { pageQuery } from "../common/schemas.ts";
import { NOTIFICATION_KINDS, type NotificationKind } from "./constants.ts";

export * from "./constants.ts";

export const notificationKind = z.enum(NOTIFICATION_KINDS);

export const notification = z.object({
  id: z.string(),
  kind: notificationKind,
  data: z.record(z.string(), z.string()).describe("Facts the message is built from (see NotificationFacts)"),
  link: z.string().describe("Path in the web app the notification opens"),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notification>;

export const listNotificationsQuery = pageQuery.extend({
  unread: z.enum(["true", "false"]).optional().describe("`true` lists only unread notifications"),
});

export const notificationParams = z.object({ id: z.uuid() });

export const unreadCount = z.object({ count: z.number().int() });

// One boolean per kind, written out as object properties so the OpenAPI document names every kind.
const perKind = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.boolean()])) as Record<
  NotificationKind,
  z.ZodBoolean
>;

/** Whether each kind also arrives by email. In-app notifications always arrive. */
export const notificationPreferences = z.object({ email: z.object(perKind) });
export type NotificationPreferences = z.infer<typeof notificationPreferences>;

/** Kinds left out keep their current setting. */
export const updateNotificationPreferencesBody = z
  .object({ email: z.object(perKind).partial().strict() })
  .strict();
export type UpdateNotificationPreferencesInput = z.infer<typeof updateNotificationPreferencesBody>;
