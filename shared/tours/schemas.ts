import { z } from "zod";
import {
  DEFAULT_CHECK_IN_CADENCE_MONTHS,
  SIDES,
  TOUR_OUTCOMES,
  TOUR_STATUSES,
  TOUR_TYPES,
} from "./constants.ts";

export * from "./constants.ts";

const isoDate = z.iso.date("must be a date (YYYY-MM-DD)");
const text = (max: number) => z.string().trim().max(max);

export const personGains = z.object({
  skills: text(2000),
  experience: text(2000),
  network: text(2000),
  reputation: text(2000),
});

/** Everything both sides sign. Dates are calendar days (YYYY-MM-DD). */
export const tourTermsObject = z
  .object({
    type: z.enum(TOUR_TYPES),
    title: z.string().trim().min(1).max(200),
    missionObjective: text(4000),
    companyGets: text(4000),
    personGets: personGains,
    successMeasures: text(4000),
    startDate: isoDate,
    plannedEndDate: isoDate.nullable(),
    sponsorId: z.string().min(1).max(100).nullable(),
    checkInCadenceMonths: z.number().int().min(1).max(12),
    personFirstConversation: z.boolean(),
    companyFirstConversation: z.boolean(),
    servesOrgValues: z.array(z.string().trim().min(1).max(60)).max(5),
    servesPersonValues: z.array(z.string().trim().min(1).max(60)).max(5),
    workWorthDoing: text(2000),
  })
  .strict();

export const tourTerms = tourTermsObject.refine(
  (t) => t.plannedEndDate === null || t.plannedEndDate > t.startDate,
  {
    path: ["plannedEndDate"],
    message: "must be after the start date",
  },
);

/** A change to some terms; the merged result is checked against `tourTerms`. */
export const termsPatch = tourTermsObject.partial();

/** A new draft: type, title, person and start are needed; the rest has defaults (planned end from the type). */
export const createTourBody = z
  .object({
    personId: z.string().min(1).max(100),
    type: z.enum(TOUR_TYPES),
    title: z.string().trim().min(1).max(200),
    startDate: isoDate,
    plannedEndDate: isoDate
      .nullable()
      .optional()
      .describe("Defaults to 2 years (rotational), 3 (transformational), none (foundational)"),
    sponsorId: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .optional()
      .describe("Defaults to the creator when they are on the company side"),
    missionObjective: text(4000).default(""),
    companyGets: text(4000).default(""),
    personGets: personGains.default({ skills: "", experience: "", network: "", reputation: "" }),
    successMeasures: text(4000).default(""),
    checkInCadenceMonths: z.number().int().min(1).max(12).default(DEFAULT_CHECK_IN_CADENCE_MONTHS),
    personFirstConversation: z.boolean().default(true),
    companyFirstConversation: z.boolean().default(true),
    servesOrgValues: z.array(z.string().trim().min(1).max(60)).max(5).default([]),
    servesPersonValues: z.array(z.string().trim().min(1).max(60)).max(5).default([]),
    workWorthDoing: text(2000).default(""),
  })
  .strict();
export type CreateTourInput = z.infer<typeof createTourBody>;

/** Every state-changing call names the row version it was based on; a stale one is refused with 409. */
export const versioned = z.object({
  version: z.number().int().min(1).describe("The tour's `version` as last read"),
});

export const updateTourBody = versioned.extend({ terms: termsPatch }).strict();

export const amendTourBody = versioned
  .extend({
    terms: termsPatch,
    summary: z.string().trim().min(1).max(1000).describe("Why, in a sentence"),
  })
  .strict();

export const endEarlyBody = versioned.extend({ reason: z.string().trim().min(1).max(2000) }).strict();

export const completeTourBody = versioned
  .extend({
    outcome: z.enum(TOUR_OUTCOMES),
    note: text(2000).default(""),
    lastDay: isoDate.optional().describe("Required for leaving_on_good_terms: the person's last day"),
  })
  .strict()
  .refine((b) => b.outcome !== "leaving_on_good_terms" || !!b.lastDay, {
    path: ["lastDay"],
    message: "is required when the person is leaving",
  });

export const signature = z.object({
  side: z.enum(SIDES),
  userId: z.string().nullable(),
  signerName: z.string(),
  signedAt: z.string(),
});

export const tourVersion = z.object({
  version: z.number().int(),
  status: z.enum(["pending", "agreed", "withdrawn"]),
  summary: z.string(),
  terms: z.record(z.string(), z.unknown()),
  signatures: z.array(signature),
  createdAt: z.string(),
  agreedAt: z.string().nullable(),
});

export const partySummary = z.object({ id: z.string(), displayName: z.string() });

/** What the caller may do now; the UI shows exactly these actions. */
export const tourPermissions = z.object({
  edit: z.boolean(),
  propose: z.boolean(),
  withdraw: z.boolean(),
  sign: z.boolean(),
  amend: z.boolean(),
  endEarly: z.boolean(),
  complete: z.boolean(),
  checkIn: z.boolean(),
});

export const tour = z.object({
  id: z.string(),
  org: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  person: partySummary,
  sponsor: partySummary.nullable(),
  status: z.enum(TOUR_STATUSES),
  terms: z.record(z.string(), z.unknown()).describe("TourTerms"),
  version: z.number().int().describe("Row version for optimistic concurrency"),
  agreedVersion: z.number().int(),
  pendingVersion: z.number().int().nullable().describe("A proposal or amendment awaiting signatures"),
  signatures: z.array(signature).describe("Signatures on the pending version"),
  reviewOpensOn: z.string().nullable(),
  outcome: z.enum(TOUR_OUTCOMES).nullable(),
  outcomeNote: z.string().nullable(),
  endedEarlyReason: z.string().nullable(),
  endedOn: z.string().nullable(),
  previousTourId: z.string().nullable(),
  nextTourId: z.string().nullable(),
  mySide: z.enum(SIDES).nullable(),
  can: tourPermissions,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Tour = z.infer<typeof tour>;

export const tourSummary = tour
  .pick({
    id: true,
    org: true,
    person: true,
    sponsor: true,
    status: true,
    reviewOpensOn: true,
    version: true,
  })
  .extend({
    title: z.string(),
    type: z.enum(TOUR_TYPES),
    startDate: z.string(),
    plannedEndDate: z.string().nullable(),
  });
export type TourSummary = z.infer<typeof tourSummary>;

export const tourListQuery = z.object({
  status: z.enum(TOUR_STATUSES).optional(),
  personId: z.string().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const versionDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(
    z.object({
      field: z.string(),
      before: z.unknown(),
      after: z.unknown(),
      parts: z.array(z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() })),
    }),
  ),
});

export const tourIdParam = z.object({ id: z.uuid("must be a tour id") });
export const tourVersionParams = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) });
