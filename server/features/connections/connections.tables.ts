import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.ts";

/**
 * Mutual connections. Each pair is stored once with the smaller id first, so "are A and B connected" is
 * one primary-key lookup whichever way it is asked.
 */
export const connections = pgTable(
  "connections",
  {
    userA: text("user_a")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    userB: text("user_b")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "connections_pk", columns: [t.userA, t.userB] }),
    index("connections_user_b_idx").on(t.userB),
    check("connections_ordered_check", sql`${t.userA} < ${t.userB}`),
  ],
);
