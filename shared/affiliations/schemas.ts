import { z } from "zod";
import {
  AFFILIATION_STAGES,
  ALUMNI_TIERS,
  DEPARTURE_REASONS,
  MANUAL_STAGES,
  STANDINGS,
} from "./constants.ts";

export * from "./constants.ts";

const isoDate = z.iso.date("must be a date (YYYY-MM-DD)");

export const recordDepartureBody = z
  .object({
    userId: z.string().min(1).max(100),
    lastDay: isoDate,
    reasonCategory: z
      .enum(DEPARTURE_REASONS)
      .nullable()
      .default(null)
      .describe("Private to the organization"),
    goodStanding: z.boolean(),
  })
  .strict();

export const selfDepartureBody = z.object({ lastDay: isoDate }).strict();
export const confirmDepartureBody = z.object({ goodStanding: z.boolean() }).strict();

/** The organization's record of a departure, reason included. Never shown to the person or to other organizations. */
export const departure = z.object({
  id: z.string(),
  userId: z.string(),
  displayName: z.string(),
  lastDay: z.string(),
  reasonCategory: z.enum(DEPARTURE_REASONS).nullable(),
  goodStanding: z.boolean().nullable(),
  selfReported: z.boolean(),
  createdAt: z.string(),
});

export const departureListQuery = z.object({
  pending: z
    .enum(["true", "false"])
    .optional()
    .describe("Only self-reported departures waiting for confirmation"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const alumnus = z.object({
  userId: z.string(),
  displayName: z.string(),
  headline: z.string().optional(),
  tier: z.enum(ALUMNI_TIERS),
  lastDay: z.string().nullable(),
  boomerang: z.boolean(),
});

export const alumniListQuery = z.object({
  tier: z.enum(ALUMNI_TIERS).optional(),
  q: z.string().trim().max(100).default(""),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const changeTierBody = z.object({ tier: z.enum(ALUMNI_TIERS) }).strict();
export const removeAlumnusBody = z.object({ reason: z.string().trim().min(1).max(1000) }).strict();

export const addAffiliationBody = z
  .object({
    userId: z.string().min(1).max(100),
    stage: z.enum(MANUAL_STAGES),
    startedOn: isoDate,
    endedOn: isoDate.nullable().default(null),
  })
  .strict()
  .refine((b) => !b.endedOn || b.endedOn >= b.startedOn, {
    path: ["endedOn"],
    message: "must not be before the start",
  });

export const affiliation = z.object({
  id: z.string(),
  stage: z.enum(AFFILIATION_STAGES),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  boomerang: z.boolean(),
});

const timelineTour = z.object({
  id: z.string(),
  title: z.string(),
  type: z.string(),
  status: z.string(),
  startDate: z.string(),
  plannedEndDate: z.string().nullable(),
  endedOn: z.string().nullable(),
  outcome: z.string().nullable(),
  checkIns: z.number().int(),
});

/** One organization in a person's alliance timeline, as the person sees it (no private reasons). */
export const timelineEntry = z.object({
  org: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  standing: z.enum(STANDINGS),
  role: z.string(),
  boomerang: z.boolean(),
  alumniTier: z.enum(ALUMNI_TIERS).nullable(),
  affiliations: z.array(affiliation),
  tours: z.array(timelineTour),
  departures: z.array(
    z.object({ lastDay: z.string(), goodStanding: z.boolean().nullable(), selfReported: z.boolean() }),
  ),
});

/** The organization's view of one person's history with it, including departure reasons. */
export const orgPersonHistory = timelineEntry.extend({
  person: z.object({ id: z.string(), displayName: z.string() }),
  departures: z.array(departure),
});

export const alumniArea = z.object({
  org: z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    mission: z.string(),
    vision: z.string(),
    values: z.array(z.string()),
  }),
  me: z.object({
    standing: z.enum(STANDINGS),
    alumniTier: z.enum(ALUMNI_TIERS).nullable(),
    lastDay: z.string().nullable(),
  }),
  alumni: z.array(alumnus),
  nextCursor: z.string().nullable(),
});

export const userParams = z.object({ slug: z.string().min(1).max(64), userId: z.string().min(1).max(100) });
export const departureParams = z.object({ slug: z.string().min(1).max(64), departureId: z.uuid() });
