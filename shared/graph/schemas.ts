import { z } from "zod";

/** 0 is the viewer, 1..3 the degree of connection, null beyond the third degree (or no allowed path). */
export const degree = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.null()]);
export type Degree = z.infer<typeof degree>;

export const degreesQuery = z.object({
  ids: z
    .string()
    .min(1)
    .max(200 * 40)
    .transform((s) => [
      ...new Set(
        s
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string().min(1).max(100)).min(1).max(200, "at most 200 ids"))
    .describe("Comma-separated user ids, at most 200"),
});

export const degreesResponse = z.object({
  /** Keyed by user id; unknown ids answer null, like people beyond the third degree. */
  degrees: z.record(z.string(), degree),
});
export type DegreesResponse = z.infer<typeof degreesResponse>;

export const personRef = z.object({ id: z.string(), displayName: z.string() });
export type PersonRef = z.infer<typeof personRef>;

export const connectionPath = z.object({
  /** Links on the path. */
  hops: z.number().int().min(1),
  /** From the viewer to the person, both included. */
  people: z.array(personRef),
  /** The path with the fewest introductions. */
  fewestHops: z.boolean(),
  /** The path through the strongest links (trust, shared years, past introductions). */
  warmest: z.boolean(),
});
export type ConnectionPath = z.infer<typeof connectionPath>;

export const howConnectedResponse = z.object({
  degree,
  /** At most two: the fewest-hops path and, when it differs, the warmest. Empty when not connected. */
  paths: z.array(connectionPath),
});
export type HowConnectedResponse = z.infer<typeof howConnectedResponse>;

export const introducersQuery = z
  .object({
    orgId: z.uuid().optional(),
    skill: z.string().trim().min(1).max(40).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .refine((q) => (q.orgId === undefined) !== (q.skill === undefined), {
    message: "give exactly one of orgId or skill",
  });

export const introducer = z.object({
  person: personRef,
  /** The first-degree connection who can introduce you; null when the person is your connection. */
  via: personRef.nullable(),
  hops: z.union([z.literal(1), z.literal(2)]),
  /** For an organization: still there, or the last year there. */
  current: z.boolean(),
  lastYear: z.number().int().nullable(),
  /** User ids of the path: you, [via,] the person. Pass it to POST /api/v1/introductions. */
  path: z.array(z.string()),
});
export type Introducer = z.infer<typeof introducer>;

export const introducersResponse = z.object({ introducers: z.array(introducer) });
export type IntroducersResponse = z.infer<typeof introducersResponse>;

export const organizationSearchQuery = z.object({
  q: z.string().trim().max(100).default(""),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const organizationRef = z.object({ id: z.string(), name: z.string(), slug: z.string() });
export type OrganizationRef = z.infer<typeof organizationRef>;
export const organizationSearchResponse = z.object({ items: z.array(organizationRef) });
