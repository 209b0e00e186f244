import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { TourStatus, TourTerms } from "../../../shared/tours/constants.ts";
import { users } from "../accounts/accounts.tables.ts";
import { organizations } from "../organizations/organizations.tables.ts";

/**
 * A tour of duty: the working copy of its terms plus its lifecycle. Once agreed, the terms change only
 * through a signed amendment, and every agreed text is frozen in `tour_versions`. `rowVersion` detects
 * concurrent edits.
 */
export const tours = pgTable(
  "tours",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sponsorId: text("sponsor_id").references(() => users.id, { onDelete: "set null" }),
    terms: jsonb("terms").$type<TourTerms>().notNull(),
    status: text("status").$type<TourStatus>().notNull().default("draft"),
    /** The agreed version now in force (0 before the first agreement). */
    agreedVersion: integer("agreed_version").notNull().default(0),
    proposedBy: text("proposed_by").references(() => users.id, { onDelete: "set null" }),
    proposedAt: timestamp("proposed_at", { withTimezone: true }),
    agreedAt: timestamp("agreed_at", { withTimezone: true }),
    outcome: text("outcome").$type<"next_tour" | "new_role_here" | "leaving_on_good_terms">(),
    outcomeNote: text("outcome_note"),
    endedEarlyBy: text("ended_early_by").references(() => users.id, { onDelete: "set null" }),
    endedEarlyReason: text("ended_early_reason"),
    endedOn: date("ended_on"),
    previousTourId: uuid("previous_tour_id"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    rowVersion: integer("row_version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("tours_org_idx").on(t.orgId, t.status),
    index("tours_person_idx").on(t.personId),
    index("tours_sponsor_idx").on(t.sponsorId),
    check(
      "tours_status_check",
      sql`${t.status} in ('draft', 'proposed', 'agreed', 'active', 'in_review', 'completed', 'ended_early')`,
    ),
  ],
);

/**
 * Versions of a tour's terms. Version 1 is the original agreement; later ones are amendments. A version
 * is `pending` until both sides sign, then `agreed` and frozen; a superseded proposal is `withdrawn`.
 */
export const tourVersions = pgTable(
  "tour_versions",
  {
    tourId: uuid("tour_id")
      .notNull()
      .references(() => tours.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    terms: jsonb("terms").$type<TourTerms>().notNull(),
    status: text("status").$type<"pending" | "agreed" | "withdrawn">().notNull().default("pending"),
    summary: text("summary").notNull().default(""),
    proposedBy: text("proposed_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    agreedAt: timestamp("agreed_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: "tour_versions_pk", columns: [t.tourId, t.version] }),
    check("tour_versions_status_check", sql`${t.status} in ('pending', 'agreed', 'withdrawn')`),
  ],
);

/** A signature records who signed which version for which side, and when. */
export const tourSignatures = pgTable(
  "tour_signatures",
  {
    tourId: uuid("tour_id")
      .notNull()
      .references(() => tours.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    side: text("side").$type<"person" | "company">().notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    signerName: text("signer_name").notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("tour_signatures_unique").on(t.tourId, t.version, t.side),
    check("tour_signatures_side_check", sql`${t.side} in ('person', 'company')`),
  ],
);
