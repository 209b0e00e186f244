import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Mail kept for the dev mailbox when no SMTP server is configured. */
export const devMailbox = pgTable(
  "dev_mailbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("dev_mailbox_created_idx").on(t.createdAt)],
);
