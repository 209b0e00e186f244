import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.ts";
import { organizations } from "../organizations/organizations.tables.ts";

/** Values people and organizations rank. Rows with no org are the seeded catalog; orgs add their own. */
export const valuesCatalog = pgTable(
  "values_catalog",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("values_catalog_name_unique").on(sql`coalesce(${t.orgId}::text, '')`, sql`lower(${t.name})`),
    index("values_catalog_org_idx").on(t.orgId),
  ],
);

export interface AdmiredPerson {
  name: string;
  qualities: { quality: string; value: string }[];
}

/** The admired-people exercise: three people, three qualities each, each quality mapped to a value. */
export const admiredExercises = pgTable("admired_exercises", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  people: jsonb("people").$type<AdmiredPerson[]>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
