import { date, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.ts";
import { tours } from "../tours/tours.tables.ts";

/** A check-in on a tour: what moved, what each side delivered, what is in the way, what comes next. */
export const checkIns = pgTable(
  "check_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tourId: uuid("tour_id")
      .notNull()
      .references(() => tours.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    heldOn: date("held_on").notNull(),
    progress: text("progress").notNull().default(""),
    companyDelivered: text("company_delivered").notNull().default(""),
    personDelivered: text("person_delivered").notNull().default(""),
    blockers: text("blockers").notNull().default(""),
    nextSteps: text("next_steps").notNull().default(""),
    sharedNotes: text("shared_notes").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("check_ins_tour_idx").on(t.tourId, t.heldOn)],
);

/**
 * Notes only their author may read, kept apart from the check-in so no query that reads check-ins can
 * return them by accident.
 */
export const checkInPrivateNotes = pgTable(
  "check_in_private_notes",
  {
    checkInId: uuid("check_in_id")
      .notNull()
      .references(() => checkIns.id, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    note: text("note").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "check_in_private_notes_pk", columns: [t.checkInId, t.authorId] })],
);
