// Every table, gathered for Drizzle's relational queries and for drizzle-kit's migration generator.
export * from "../features/accounts/accounts.tables.ts";
export * from "../features/affiliations/affiliations.tables.ts";
export * from "../features/alignment/alignment.tables.ts";
export * from "../features/calendar/calendar.tables.ts";
export * from "../features/checkins/checkins.tables.ts";
export * from "../features/connections/connections.tables.ts";
export * from "../features/graph/graph.tables.ts";
export * from "../features/introductions/introductions.tables.ts";
export * from "../features/mail/mail.tables.ts";
export * from "../features/notifications/notifications.tables.ts";
export * from "../features/organizations/organizations.tables.ts";
export * from "../features/pay-forward/pay-forward.tables.ts";
export * from "../features/people/people.tables.ts";
export * from "../features/posts/posts.tables.ts";
export * from "../features/tours/tours.tables.ts";
