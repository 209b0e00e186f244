import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { IntroductionStatus, Outcome, StepStatus } from "../../../shared/introductions/constants.ts";
import { users } from "../accounts/accounts.tables.ts";

/**
 * A double opt-in introduction: the requester asks to be introduced to the target along a path of
 * intermediaries, each of whom (and then the target) accepts or declines in turn. `currentStep` is the
 * position of the step waiting for an answer; `version` guards against two answers racing.
 */
export const introductions = pgTable(
  "introductions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requesterId: text("requester_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    targetId: text("target_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    status: text("status").$type<IntroductionStatus>().notNull().default("pending"),
    currentStep: integer("current_step").notNull().default(1),
    outcome: text("outcome").$type<Outcome>(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    index("introductions_requester_idx").on(t.requesterId, t.createdAt),
    index("introductions_target_idx").on(t.targetId, t.createdAt),
    check("introductions_not_self_check", sql`${t.requesterId} <> ${t.targetId}`),
    check(
      "introductions_status_check",
      sql`${t.status} in ('pending', 'accepted', 'declined', 'expired', 'withdrawn')`,
    ),
    check(
      "introductions_outcome_check",
      sql`${t.outcome} is null or ${t.outcome} in ('met', 'hired', 'deal', 'nothing')`,
    ),
  ],
);

/**
 * One step per person asked, in path order: the intermediaries, then the target (the last step).
 * Only the waiting step has a `dueAt`; a step's note is shown to the people after it and the requester.
 */
export const introductionSteps = pgTable(
  "introduction_steps",
  {
    introductionId: uuid("introduction_id")
      .notNull()
      .references(() => introductions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    personId: text("person_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status").$type<StepStatus>().notNull().default("not_reached"),
    note: text("note").notNull().default(""),
    dueAt: timestamp("due_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: "introduction_steps_pk", columns: [t.introductionId, t.position] }),
    index("introduction_steps_waiting_idx").on(t.personId, t.dueAt).where(sql`${t.status} = 'waiting'`),
    index("introduction_steps_person_idx").on(t.personId),
    check(
      "introduction_steps_status_check",
      sql`${t.status} in ('waiting', 'accepted', 'declined', 'expired', 'not_reached')`,
    ),
  ],
);
