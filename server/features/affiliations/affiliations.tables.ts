import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type {
  AffiliationStage,
  DepartureReasonCategory as DepartureReason,
} from "../../../shared/affiliations/constants.ts";
import { users } from "../accounts/accounts.tables.ts";

export type { AffiliationStage, DepartureReason };

import { organizations } from "../organizations/organizations.tables.ts";

/**
 * A person's relationship with an organization over time: one row per stage, never deleted. A rehired
 * alumnus gets a new employee row marked `boomerang`; the earlier rows stay.
 */
export const affiliations = pgTable(
  "affiliations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    stage: text("stage").$type<AffiliationStage>().notNull(),
    startedOn: date("started_on").notNull(),
    endedOn: date("ended_on"),
    boomerang: boolean("boomerang").notNull().default(false),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("affiliations_user_idx").on(t.userId, t.startedOn),
    index("affiliations_org_idx").on(t.orgId, t.userId, t.startedOn),
    check(
      "affiliations_stage_check",
      sql`${t.stage} in ('employee', 'alumni', 'contractor', 'advisor', 'partner')`,
    ),
    check("affiliations_dates_check", sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
  ],
);

/**
 * A recorded departure. `reasonCategory` is private to the organization. `goodStanding` is null while a
 * self-reported departure waits for the organization to confirm it.
 */
export const departures = pgTable(
  "departures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastDay: date("last_day").notNull(),
    reasonCategory: text("reason_category").$type<DepartureReason>(),
    goodStanding: boolean("good_standing"),
    selfReported: boolean("self_reported").notNull().default(false),
    recordedBy: text("recorded_by").references(() => users.id, { onDelete: "set null" }),
    confirmedBy: text("confirmed_by").references(() => users.id, { onDelete: "set null" }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("departures_org_idx").on(t.orgId, t.createdAt), index("departures_user_idx").on(t.userId)],
);
