import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { NotificationKind } from "../../../shared/notifications/constants.ts";
import { users } from "../accounts/accounts.tables.ts";

/**
 * In-app notifications, which double as the email outbox. `dedupeKey` is unique, so a reminder raised by
 * several servers at once is stored once; the sender claims pending emails row by row (SKIP LOCKED).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").$type<NotificationKind>().notNull(),
    /** Facts the message is built from: names, titles, dates, links. Never private notes. */
    data: jsonb("data").$type<Record<string, string>>().notNull(),
    link: text("link").notNull().default("/"),
    dedupeKey: text("dedupe_key").notNull().unique("notifications_dedupe_key_unique"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    emailState: text("email_state").$type<"none" | "pending" | "sent" | "failed">().notNull().default("none"),
    emailAttempts: integer("email_attempts").notNull().default(0),
    emailSentAt: timestamp("email_sent_at", { withTimezone: true }),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.createdAt),
    index("notifications_email_pending_idx").on(t.createdAt).where(sql`${t.emailState} = 'pending'`),
    check("notifications_email_state_check", sql`${t.emailState} in ('none', 'pending', 'sent', 'failed')`),
  ],
);

/** Kinds a person does not want by email (in-app notifications always arrive). */
export const notificationPreferences = pgTable("notification_preferences", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  emailOff: text("email_off").array().notNull().default(sql`'{}'::text[]`),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
