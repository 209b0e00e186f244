import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { RequestSource, RequestStatus, TrustLevel } from "../../../shared/connections/constants.ts";
import { users } from "../accounts/accounts.tables.ts";
import { organizations } from "../organizations/organizations.tables.ts";
import { tours } from "../tours/tours.tables.ts";

/**
 * Mutual connections. Each pair is stored once with the smaller id first, so "are A and B connected" is
 * one primary-key lookup whichever way it is asked. `trustA` is user A's private trust in B, `trustB`
 * B's in A; each is shown only to its owner. `interactions` counts completed introductions through the
 * link, one input of its cost in the graph.
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
    contextOrgId: uuid("context_org_id").references(() => organizations.id, { onDelete: "set null" }),
    contextTourId: uuid("context_tour_id").references(() => tours.id, { onDelete: "set null" }),
    since: date("since"),
    trustA: text("trust_a").$type<TrustLevel>(),
    trustB: text("trust_b").$type<TrustLevel>(),
    interactions: integer("interactions").notNull().default(0),
  },
  (t) => [
    primaryKey({ name: "connections_pk", columns: [t.userA, t.userB] }),
    index("connections_user_b_idx").on(t.userB),
    check("connections_ordered_check", sql`${t.userA} < ${t.userB}`),
    check(
      "connections_trust_check",
      sql`coalesce(${t.trustA}, 'know_of') in ('know_of', 'worked_with', 'would_vouch_for') and coalesce(${t.trustB}, 'know_of') in ('know_of', 'worked_with', 'would_vouch_for')`,
    ),
  ],
);

/**
 * Connection requests. At most one open (pending or ignored) request per unordered pair, enforced by a
 * unique index on the ordered pair, so two people asking each other at once cannot make two requests.
 */
export const connectionRequests = pgTable(
  "connection_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fromUser: text("from_user")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    toUser: text("to_user")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: text("message").notNull().default(""),
    contextOrgId: uuid("context_org_id").references(() => organizations.id, { onDelete: "set null" }),
    contextTourId: uuid("context_tour_id").references(() => tours.id, { onDelete: "set null" }),
    since: date("since"),
    source: text("source").$type<RequestSource>().notNull().default("manual"),
    status: text("status").$type<RequestStatus>().notNull().default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("connection_requests_open_pair_idx")
      .on(sql`least(${t.fromUser}, ${t.toUser})`, sql`greatest(${t.fromUser}, ${t.toUser})`)
      .where(sql`${t.status} in ('pending', 'ignored')`),
    index("connection_requests_to_idx").on(t.toUser, t.status, t.createdAt),
    index("connection_requests_from_idx").on(t.fromUser, t.status, t.createdAt),
    check("connection_requests_not_self_check", sql`${t.fromUser} <> ${t.toUser}`),
    check(
      "connection_requests_status_check",
      sql`${t.status} in ('pending', 'accepted', 'declined', 'ignored', 'withdrawn')`,
    ),
    check("connection_requests_source_check", sql`${t.source} in ('manual', 'suggestion', 'import')`),
  ],
);

/**
 * A person blocking another. Blocked people vanish from each other's results (paths, degrees,
 * suggestions, introductions) and cannot send each other requests; blocking also ends their connection.
 */
export const userBlocks = pgTable(
  "user_blocks",
  {
    blocker: text("blocker")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    blocked: text("blocked")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "user_blocks_pk", columns: [t.blocker, t.blocked] }),
    index("user_blocks_blocked_idx").on(t.blocked),
    check("user_blocks_not_self_check", sql`${t.blocker} <> ${t.blocked}`),
  ],
);

/** Suggestions a person dismissed, so they are not shown again. */
export const dismissedSuggestions = pgTable(
  "dismissed_suggestions",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    otherId: text("other_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "dismissed_suggestions_pk", columns: [t.userId, t.otherId] })],
);
