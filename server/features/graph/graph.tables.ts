import { bigserial, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export type GraphChangeKind = "link" | "block" | "person" | "affiliations";

/**
 * What changed in the people graph, written in the same transaction as the change itself. Every server
 * reads the rows after the last sequence number it applied, woken by NOTIFY on the `graph_changes`
 * channel and by a poll as a fallback, so several servers on one database agree within a second.
 * The row names only whom a change touched; servers re-read the current state from the source tables.
 */
export const graphChanges = pgTable(
  "graph_changes",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    /** What to re-read: a connection, a block, a person (list visibility, account) or their affiliations. */
    kind: text("kind").$type<GraphChangeKind>().notNull(),
    subject: text("subject").notNull(),
    other: text("other"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("graph_changes_created_idx").on(t.createdAt)],
);
