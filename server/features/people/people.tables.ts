import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { ConnectionListVisibility } from "../../../shared/connections/constants.ts";
import type { ProfileField, Visibility } from "../../../shared/people/schemas.ts";
import { users } from "../accounts/accounts.tables.ts";

/** One profile per account, owned by the person. `visibility` maps each field to its audience. */
export const profiles = pgTable(
  "profiles",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    displayName: text("display_name").notNull(),
    headline: text("headline").notNull().default(""),
    bio: text("bio").notNull().default(""),
    location: text("location").notNull().default(""),
    skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
    links: jsonb("links").$type<{ label: string; url: string }[]>().notNull().default([]),
    mission: text("mission").notNull().default(""),
    vision: text("vision").notNull().default(""),
    values: text("values").array().notNull().default(sql`'{}'::text[]`),
    visibility: jsonb("visibility").$type<Record<ProfileField, Visibility>>().notNull(),
    /** Who may see this person's connections, and so route a path through them (shared/connections). */
    connectionListVisibility: text("connection_list_visibility")
      .$type<ConnectionListVisibility>()
      .notNull()
      .default("connections"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("profiles_display_name_idx").on(sql`lower(${t.displayName})`),
    check(
      "profiles_connection_list_visibility_check",
      sql`${t.connectionListVisibility} in ('only_me', 'connections', 'public')`,
    ),
  ],
);
