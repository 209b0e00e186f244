import { z } from "zod";
import { TOUR_STATUSES, TOUR_TYPES } from "../tours/constants.ts";
import { partySummary } from "../tours/schemas.ts";
import { CHECK_IN_TEXT_MAX, PRIVATE_NOTE_MAX, TOUR_PARTS } from "./constants.ts";

export * from "./constants.ts";

const isoDate = z.iso.date("must be a date (YYYY-MM-DD)");
const text = z.string().trim().max(CHECK_IN_TEXT_MAX);
const note = z
  .string()
  .trim()
  .max(PRIVATE_NOTE_MAX)
  .describe("Seen only by its author. An empty note removes it.");

const sharedFields = z.object({
  heldOn: isoDate.describe("The day the conversation took place; not in the future"),
  progress: text.default(""),
  companyDelivered: text.default("").describe("What the company delivered on its side of the deal"),
  personDelivered: text.default("").describe("What the person delivered on theirs"),
  blockers: text.default(""),
  nextSteps: text.default(""),
  sharedNotes: text.default("").describe("Notes both sides see"),
});

export const createCheckInBody = sharedFields.extend({ privateNote: note.optional() }).strict();
export type CreateCheckInInput = z.infer<typeof createCheckInBody>;

/** Changes to a check-in by its author; only the fields sent change. */
export const updateCheckInBody = z
  .object({
    heldOn: sharedFields.shape.heldOn.optional(),
    progress: text.optional(),
    companyDelivered: text.optional(),
    personDelivered: text.optional(),
    blockers: text.optional(),
    nextSteps: text.optional(),
    sharedNotes: text.optional(),
    privateNote: note.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "send at least one field");
export type UpdateCheckInInput = z.infer<typeof updateCheckInBody>;

export const privateNoteBody = z.object({ note }).strict();

export const checkIn = z.object({
  id: z.string(),
  tourId: z.string(),
  heldOn: z.string(),
  author: partySummary.nullable().describe("Null when the author's account was deleted"),
  progress: z.string(),
  companyDelivered: z.string(),
  personDelivered: z.string(),
  blockers: z.string(),
  nextSteps: z.string(),
  sharedNotes: z.string(),
  privateNote: z.string().optional().describe("Present only for the caller's own private note"),
  can: z.object({ edit: z.boolean() }),
  createdAt: z.string(),
});
export type CheckIn = z.infer<typeof checkIn>;

export const checkInSchedule = z.object({
  cadenceMonths: z.number().int(),
  nextDueOn: z.string().nullable().describe("Null when the tour is not running"),
  overdue: z.boolean(),
});

export const checkInPage = z.object({
  items: z.array(checkIn),
  nextCursor: z.string().nullable(),
  schedule: checkInSchedule,
});

export const checkInParams = z.object({
  id: z.uuid("must be a tour id"),
  checkInId: z.uuid("must be a check-in id"),
});

/** A tour as the "My alliance" dashboard shows it, with the status time has brought it to. */
export const allianceTour = z.object({
  id: z.string(),
  title: z.string(),
  type: z.enum(TOUR_TYPES),
  org: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  person: partySummary,
  sponsor: partySummary.nullable(),
  myPart: z.enum(TOUR_PARTS),
  status: z.enum(TOUR_STATUSES),
  startDate: z.string(),
  plannedEndDate: z.string().nullable(),
  reviewOpensOn: z.string().nullable(),
  nextCheckInDue: z.string().nullable(),
  overdue: z.boolean(),
});
export type AllianceTour = z.infer<typeof allianceTour>;

export const myAlliance = z.object({
  asPerson: z.array(allianceTour).describe("My own tours, newest first, also from organizations I left"),
  asSponsor: z
    .array(allianceTour)
    .describe("Tours I sponsor, in organizations where I am still a member (my people)"),
  upcoming: z.array(allianceTour).describe("Running tours with a check-in due within 30 days, soonest first"),
  overdue: z.array(allianceTour).describe("Running tours whose check-in is past due, most overdue first"),
  endingWithinSixMonths: z
    .array(allianceTour)
    .describe("Sponsored running tours whose planned end is within 183 days"),
  inReview: z.array(allianceTour).describe("Sponsored tours in their end-of-tour review window"),
});
export type MyAlliance = z.infer<typeof myAlliance>;
