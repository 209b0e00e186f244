import { z } from "zod";
import { pageQuery } from "../common/schemas.ts";
import {
  BULK_REQUEST_MAX,
  CONNECTION_LIST_VISIBILITIES,
  IMPORT_CSV_MAX,
  REQUEST_MESSAGE_MAX,
  REQUEST_SOURCES,
  TRUST_LEVELS,
} from "./constants.ts";

export * from "./constants.ts";

// The contract of the connections API: requests, connections, list settings, blocks, suggestions and the
// LinkedIn import. Every route's body, query and response is declared here.

const isoDate = z.iso.date("must be a date (YYYY-MM-DD)");
const userId = z.string().trim().min(1).max(100);

export const trustLevel = z.enum(TRUST_LEVELS);
export const connectionListVisibility = z.enum(CONNECTION_LIST_VISIBILITIES);
export const requestSource = z.enum(REQUEST_SOURCES);

// ---- params ----

export const userIdParam = z.object({ userId });
export const requestIdParam = z.object({ id: z.uuid("must be a request id") });

// ---- shared pieces of views ----

/** Another person as the caller may see them: the headline only when its visibility lets the caller. */
export const personSummary = z.object({
  id: z.string(),
  displayName: z.string(),
  headline: z.string().optional().describe("Absent when the person hides it from the caller"),
});
export type PersonSummary = z.infer<typeof personSummary>;

export const orgRef = z.object({ id: z.string(), slug: z.string(), name: z.string() });
export type OrgRef = z.infer<typeof orgRef>;

export const tourRef = z.object({ id: z.string(), title: z.string() });
export type TourRef = z.infer<typeof tourRef>;

/** 0 for oneself, 1..3 for the degree of connection, null beyond the third degree (or unknown). */
export const degreeBadge = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).nullable();
export type DegreeBadge = z.infer<typeof degreeBadge>;

const context = {
  contextOrg: orgRef.nullable().describe("Where the two know each other from"),
  contextTour: tourRef
    .nullable()
    .describe("The tour of duty they share; shown only to a caller who is its person or sponsor"),
  since: z.string().nullable().describe("YYYY-MM-DD: since when they know each other"),
};

// ---- requests ----

export const sendRequestBody = z
  .object({
    toUserId: userId,
    message: z.string().trim().max(REQUEST_MESSAGE_MAX).default(""),
    contextOrgId: z
      .uuid("must be an organization id")
      .optional()
      .describe("An organization the sender is or was part of"),
    contextTourId: z
      .uuid("must be a tour id")
      .optional()
      .describe(
        "A tour of duty the sender is the person or sponsor of; its organization becomes the context",
      ),
    since: isoDate.optional().describe("Not in the future"),
    source: requestSource.default("manual"),
  })
  .strict();
export type SendRequestInput = z.infer<typeof sendRequestBody>;

export const REQUEST_BOXES = ["incoming", "outgoing"] as const;
export type RequestBox = (typeof REQUEST_BOXES)[number];

export const listRequestsQuery = pageQuery.extend({
  box: z
    .enum(REQUEST_BOXES)
    .default("incoming")
    .describe("incoming: asked of me (ignored ones left out); outgoing: asked by me"),
});
export type ListRequestsQuery = z.infer<typeof listRequestsQuery>;

/**
 * An open request as one side sees it. Ignoring is quiet: the sender sees an ignored request as open,
 * so there is no status here, only the direction.
 */
export const connectionRequest = z.object({
  id: z.string(),
  direction: z.enum(REQUEST_BOXES),
  person: personSummary.describe("The other side: the sender for incoming, the recipient for outgoing"),
  message: z.string(),
  ...context,
  source: requestSource,
  createdAt: z.string(),
});
export type ConnectionRequest = z.infer<typeof connectionRequest>;

export const connectionRequestPage = z.object({
  items: z.array(connectionRequest),
  nextCursor: z.string().nullable(),
});
export type ConnectionRequestPage = z.infer<typeof connectionRequestPage>;

// ---- connections ----

/** One of my connections: the person, the shared context, and my own trust level (never theirs). */
export const connection = z.object({
  person: personSummary,
  ...context,
  trust: trustLevel.nullable().describe("My private trust in this person; the other side never sees it"),
  createdAt: z.string(),
});
export type Connection = z.infer<typeof connection>;

export const connectionPage = z.object({ items: z.array(connection), nextCursor: z.string().nullable() });
export type ConnectionPage = z.infer<typeof connectionPage>;

/**
 * Sending a request either opens one (201) or, when the other person had already asked me, accepts
 * theirs and connects us at once (200).
 */
export const sendRequestResult = z.discriminatedUnion("outcome", [
  z.object({ outcome: z.literal("requested"), request: connectionRequest }),
  z.object({ outcome: z.literal("connected"), connection }),
]);
export type SendRequestResult = z.infer<typeof sendRequestResult>;

export const CONNECTION_SORTS = ["recent", "name"] as const;
export const listConnectionsQuery = pageQuery.extend({
  q: z.string().trim().max(100).default("").describe("Part of a name"),
  sort: z.enum(CONNECTION_SORTS).default("recent").describe("recent: newest first; name: A to Z"),
});
export type ListConnectionsQuery = z.infer<typeof listConnectionsQuery>;

export const updateConnectionBody = z
  .object({
    trust: trustLevel.nullable().optional().describe("My private trust level; null clears it"),
    contextOrgId: z.uuid("must be an organization id").nullable().optional(),
    contextTourId: z.uuid("must be a tour id").nullable().optional(),
    since: isoDate.nullable().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "send at least one field");
export type UpdateConnectionInput = z.infer<typeof updateConnectionBody>;

/** Someone's connection as another person sees it: who, never the trust levels or the context. */
export const listedConnection = z.object({
  person: personSummary,
  degree: degreeBadge.describe("The person's degree of connection to the caller"),
});
export type ListedConnection = z.infer<typeof listedConnection>;

export const listedConnectionPage = z.object({
  items: z.array(listedConnection),
  nextCursor: z.string().nullable(),
});
export type ListedConnectionPage = z.infer<typeof listedConnectionPage>;

export const personConnectionsParams = z.object({ id: userId });

// ---- settings ----

export const connectionSettings = z.object({
  listVisibility: connectionListVisibility.describe(
    "Who may see my connection list (and so route an introduction through me)",
  ),
});
export type ConnectionSettings = z.infer<typeof connectionSettings>;
export const updateConnectionSettingsBody = connectionSettings.strict();
export type UpdateConnectionSettingsInput = z.infer<typeof updateConnectionSettingsBody>;

// ---- blocks ----

export const blockedPerson = z.object({ person: personSummary, createdAt: z.string() });
export type BlockedPerson = z.infer<typeof blockedPerson>;
export const blockedPage = z.object({ items: z.array(blockedPerson), nextCursor: z.string().nullable() });
export type BlockedPage = z.infer<typeof blockedPage>;

// ---- bulk requests (the import flow) ----

export const BULK_SKIP_REASONS = [
  "self",
  /** Unknown, or blocked either way: the same answer, so a block is never revealed. */
  "unavailable",
  "already_connected",
  "already_requested",
  "declined_recently",
] as const;
export type BulkSkipReason = (typeof BULK_SKIP_REASONS)[number];

export const bulkRequestBody = z
  .object({
    toUserIds: z
      .array(userId)
      .min(1)
      .max(BULK_REQUEST_MAX)
      .refine((ids) => new Set(ids).size === ids.length, "ids must be distinct"),
    source: requestSource.default("import"),
  })
  .strict();
export type BulkRequestInput = z.infer<typeof bulkRequestBody>;

export const bulkRequestResult = z.object({
  results: z.array(
    z.object({
      userId: z.string(),
      outcome: z
        .enum(["sent", "connected", "skipped"])
        .describe("connected: they had already asked me, so their request was accepted"),
      reason: z.enum(BULK_SKIP_REASONS).optional().describe("Why it was skipped"),
    }),
  ),
});
export type BulkRequestResult = z.infer<typeof bulkRequestResult>;

// ---- suggestions ----

export const suggestionsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10).describe("How many, 1-50"),
});

/** Why someone is suggested: both were at the organization during these years. */
export const suggestionReason = z.object({
  org: orgRef,
  fromYear: z.number().int(),
  toYear: z.number().int().describe("Equal to fromYear for an overlap within one year"),
});
export type SuggestionReason = z.infer<typeof suggestionReason>;

export const suggestion = z.object({
  person: personSummary,
  reasons: z.array(suggestionReason).min(1).describe("Longest overlap first"),
  degree: degreeBadge,
});
export type Suggestion = z.infer<typeof suggestion>;
export const suggestionList = z.object({ items: z.array(suggestion) });
export type SuggestionList = z.infer<typeof suggestionList>;

// ---- LinkedIn import ----

export const importBody = z
  .object({
    csv: z
      .string()
      .min(1)
      .max(IMPORT_CSV_MAX, "the file is over 2 MB")
      .describe("The text of LinkedIn's Connections.csv"),
  })
  .strict();
export type ImportInput = z.infer<typeof importBody>;

export const IMPORT_MATCH_STATUSES = ["can_request", "connected", "requested"] as const;
export type ImportMatchStatus = (typeof IMPORT_MATCH_STATUSES)[number];

export const importMatch = z.object({
  userId: z.string(),
  displayName: z.string(),
  headline: z.string().optional(),
  company: z.string().describe("From the file"),
  position: z.string().describe("From the file"),
  status: z.enum(IMPORT_MATCH_STATUSES).describe("requested: an open request either way"),
});
export type ImportMatch = z.infer<typeof importMatch>;

/** What an import found. It sends nothing: the caller picks whom to ask (bulk requests). */
export const importResult = z.object({
  rows: z.number().int().describe("People in the file"),
  withEmail: z.number().int().describe("Rows with an email address"),
  matches: z.array(importMatch),
  unmatched: z.number().int().describe("Rows with an email address that matched nobody"),
});
export type ImportResult = z.infer<typeof importResult>;
