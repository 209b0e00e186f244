// Plain values for connections, with no zod import (the web bundle uses them).

/**
 * How much a person trusts one of their connections. Private to that person: the other side never sees
 * it, and it only reaches the graph as a link cost (docs/benchmarks.md, "Link cost").
 */
export const TRUST_LEVELS = ["know_of", "worked_with", "would_vouch_for"] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];

/** The 0..10 trust each level stands for in the link-cost formula; an unset level counts as neutral (5). */
export const TRUST_SCORES: Record<TrustLevel, number> = { know_of: 3, worked_with: 6, would_vouch_for: 9 };

/**
 * Who may see a person's connection list, and so who may be routed through them in a path: paths pass
 * only through people whose list the viewer may see.
 */
export const CONNECTION_LIST_VISIBILITIES = ["only_me", "connections", "public"] as const;
export type ConnectionListVisibility = (typeof CONNECTION_LIST_VISIBILITIES)[number];
export const DEFAULT_CONNECTION_LIST_VISIBILITY: ConnectionListVisibility = "connections";

/**
 * A connection request's life. `ignored` looks pending to the sender (so ignoring is quiet); `declined`
 * closes it. Only pending and ignored requests block a new one between the same two people.
 */
export const REQUEST_STATUSES = ["pending", "accepted", "declined", "ignored", "withdrawn"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Where a request came from: typed by hand, a suggestion, or a LinkedIn import. */
export const REQUEST_SOURCES = ["manual", "suggestion", "import"] as const;
export type RequestSource = (typeof REQUEST_SOURCES)[number];

/** Degree of connection shown as a badge: 1st, 2nd, 3rd, or beyond (no badge). */
export const DEGREE_LABELS = { 1: "1st", 2: "2nd", 3: "3rd" } as const;

/** Largest LinkedIn export accepted, in characters. */
export const IMPORT_CSV_MAX = 2 * 1024 * 1024;
/** Imports one person may run in 24 hours (each one looks up many email addresses). */
export const IMPORTS_PER_DAY = 5;
/** Most people one bulk request asks at once. */
export const BULK_REQUEST_MAX = 100;
/** Days after a decline before the same person may ask again. */
export const DECLINE_COOLDOWN_DAYS = 30;
/** Longest message a connection request may carry. */
export const REQUEST_MESSAGE_MAX = 500;
