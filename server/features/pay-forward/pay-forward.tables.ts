import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.ts";

/**
 * Thanks, the pay-forward record: who thanked whom, for what (`subjectKind` + `subjectId`, e.g. an
 * introduction). One thanks per giver, receiver and subject. Visible to the two people involved.
 */
export const thanks = pgTable(
  "thanks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fromUser: text("from_user")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    toUser: text("to_user")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    subjectKind: text("subject_kind").$type<"introduction">().notNull(),
    subjectId: uuid("subject_id").notNull(),
    message: text("message").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("thanks_once_idx").on(t.fromUser, t.toUser, t.subjectKind, t.subjectId),
    index("thanks_to_idx").on(t.toUser, t.createdAt),
    check("thanks_not_self_check", sql`${t.fromUser} <> ${t.toUser}`),
  ],
);
