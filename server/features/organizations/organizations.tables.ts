import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Role } from "../../../shared/organizations/schemas.ts";
import { users } from "../accounts/accounts.tables.ts";

export type MembershipStatus = "active" | "alumni" | "former" | "removed";

export const organizations = pgTable("organizations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique("organizations_slug_unique"),
  description: text("description").notNull().default(""),
  website: text("website").notNull().default(""),
  mission: text("mission").notNull().default(""),
  vision: text("vision").notNull().default(""),
  values: text("values").array().notNull().default(sql`'{}'::text[]`),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A person's current access to an organization; the history lives in `affiliations`. One row per person
 * and organization.
 * - `active`: a member.
 * - `alumni`: left in good standing; a member until `ended_on` (the last day), in the alumni network after.
 * - `former`: left without (or not yet confirmed) good standing; a member until `ended_on`, nothing after.
 * - `removed`: access ended at once by an admin; the row stays as history.
 * See standing.ts: every access check goes through the date-aware standing.
 */
export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").$type<Role>().notNull(),
    status: text("status").$type<MembershipStatus>().notNull().default("active"),
    startedOn: date("started_on").notNull().default(sql`current_date`),
    /** The last day of work after a departure; access continues through this day. */
    endedOn: date("ended_on"),
    alumniTier: text("alumni_tier").$type<"alumni" | "distinguished">(),
    /** Set when an admin takes someone out of the alumni network; the person becomes `former`. */
    alumniRemovedAt: timestamp("alumni_removed_at", { withTimezone: true }),
    alumniRemovedReason: text("alumni_removed_reason"),
    /** Came back after leaving. */
    boomerang: boolean("boomerang").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("memberships_org_user_unique").on(t.orgId, t.userId),
    index("memberships_user_idx").on(t.userId, t.status),
    check("memberships_role_check", sql`${t.role} in ('owner', 'admin', 'manager', 'member')`),
    check("memberships_status_check", sql`${t.status} in ('active', 'alumni', 'former', 'removed')`),
    check(
      "memberships_tier_check",
      sql`${t.alumniTier} is null or ${t.alumniTier} in ('alumni', 'distinguished')`,
    ),
  ],
);

/** Email invitations. Only a hash of the token is stored; the token itself lives in the emailed link. */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role").$type<Role>().notNull(),
    tokenHash: text("token_hash").notNull().unique("invitations_token_hash_unique"),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: text("accepted_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("invitations_org_idx").on(t.orgId, t.createdAt)],
);
