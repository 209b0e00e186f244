import { z } from "zod";
import { pageQuery } from "../common/schemas.ts";
import {
  MAX_INTERMEDIARIES,
  NOTE_MAX,
  OUTCOMES,
  REASON_MAX,
  REASON_MIN,
  REQUESTER_STATUSES,
  THANKS_MESSAGE_MAX,
} from "./constants.ts";

export * from "./constants.ts";

export const INTRODUCTION_BOXES = ["inbox", "sent", "involved"] as const;
export type IntroductionBox = (typeof INTRODUCTION_BOXES)[number];

export const INTRODUCTION_ROLES = ["requester", "intermediary", "target"] as const;
export type IntroductionRole = (typeof INTRODUCTION_ROLES)[number];

export const DECISIONS = ["accept", "decline"] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * A step as the viewer may know it. `undisclosed`: the viewer is not told how that person answered
 * (or whether they were asked yet). `waiting`, `declined`, `expired` and `not_needed` appear only on the
 * viewer's own step: nobody else ever learns who declined or who let a step run out.
 */
export const STEP_VIEW_STATES = [
  "accepted",
  "undisclosed",
  "waiting",
  "declined",
  "expired",
  "not_needed",
] as const;
export type StepViewState = (typeof STEP_VIEW_STATES)[number];

/** The viewer's own step: what they did with it. `not_needed`: withdrawn before they answered. */
export const OWN_STEP_STATES = ["waiting", "accepted", "declined", "expired", "not_needed"] as const;
export type OwnStepState = (typeof OWN_STEP_STATES)[number];

const userId = z.string().min(1).max(100);
const isoInstant = z.string().describe("ISO 8601 instant");

export const introductionIdParam = z.object({ id: z.uuid() });

export const introductionPerson = z.object({ id: z.string(), displayName: z.string() });
export type IntroductionPerson = z.infer<typeof introductionPerson>;

// ---- commands ----

export const createIntroductionBody = z.object({
  targetId: userId.describe("The person to be introduced to"),
  path: z
    .array(userId)
    .min(2)
    .max(MAX_INTERMEDIARIES + 2)
    .optional()
    .describe(
      "User ids from the requester (first) to the target (last), e.g. one of the paths of " +
        "GET /api/v1/people/:id/how-connected. Omitted: the warmest allowed path.",
    ),
  reason: z
    .string()
    .trim()
    .min(REASON_MIN, `at least ${REASON_MIN} characters`)
    .max(REASON_MAX)
    .describe("Why you want to meet; every person asked reads it"),
});
export type CreateIntroductionInput = z.infer<typeof createIntroductionBody>;

export const respondIntroductionBody = z.object({
  decision: z.enum(DECISIONS),
  note: z
    .string()
    .trim()
    .max(NOTE_MAX)
    .default("")
    .describe(
      "With an accept: shown to the people after you, and to the requester once the introduction is made. " +
        "With a decline: seen by you alone.",
    ),
  version: z.number().int().min(1).describe("The `version` of the introduction you answer"),
});
export type RespondIntroductionInput = z.infer<typeof respondIntroductionBody>;

export const introductionOutcomeBody = z.object({ outcome: z.enum(OUTCOMES) });
export type IntroductionOutcomeInput = z.infer<typeof introductionOutcomeBody>;

export const thankIntroducerBody = z.object({
  personId: userId.describe("An intermediary of the introduction"),
  message: z.string().trim().max(THANKS_MESSAGE_MAX).default(""),
});
export type ThankIntroducerInput = z.infer<typeof thankIntroducerBody>;

export const listIntroductionsQuery = pageQuery.extend({
  box: z
    .enum(INTRODUCTION_BOXES)
    .default("inbox")
    .describe(
      "inbox: waiting on me, soonest due first; sent: mine as requester, newest first; " +
        "involved: those I was asked in (as intermediary or target), newest first",
    ),
});
export type ListIntroductionsQuery = z.infer<typeof listIntroductionsQuery>;

// ---- views ----

export const introductionStep = z.object({
  position: z.number().int().describe("1 = the first person asked; the target is last"),
  person: introductionPerson,
  isTarget: z.boolean(),
  isYou: z.boolean(),
  state: z.enum(STEP_VIEW_STATES),
  note: z.string().nullable().describe("The note with their answer, when the viewer may read it"),
  thanked: z
    .boolean()
    .nullable()
    .describe("For the requester of a made introduction: whether they thanked this intermediary"),
});
export type IntroductionStep = z.infer<typeof introductionStep>;

export const ownStep = z.object({
  position: z.number().int(),
  isTarget: z.boolean(),
  state: z.enum(OWN_STEP_STATES),
  note: z.string(),
  dueAt: isoInstant.nullable().describe("When the step expires unanswered"),
  decidedAt: isoInstant.nullable(),
});
export type OwnStep = z.infer<typeof ownStep>;

/**
 * An introduction as one person may see it. Nobody but the person who declined learns who declined: the
 * overall status is `not_completed` for a decline and for a step that ran out alike, and the requester
 * sees nobody's answer until the introduction is made.
 */
export const introduction = z.object({
  id: z.string(),
  role: z.enum(INTRODUCTION_ROLES),
  status: z.enum(REQUESTER_STATUSES),
  requester: introductionPerson,
  target: introductionPerson,
  reason: z.string(),
  steps: z
    .array(introductionStep)
    .describe(
      "In path order. The requester sees everyone asked; an intermediary sees the people before them, " +
        "themselves and the next person; the target sees the intermediaries and themselves.",
    ),
  myStep: ownStep.nullable().describe("The viewer's own step; null for the requester"),
  contact: z
    .object({ email: z.string() })
    .nullable()
    .describe("The other party's email: between requester and target, once the introduction is made"),
  outcome: z.enum(OUTCOMES).nullable().describe("What came of it; requester and target only"),
  version: z
    .number()
    .int()
    .nullable()
    .describe("Only when the introduction waits on the viewer: send it back with the answer"),
  createdAt: isoInstant,
  closedAt: isoInstant.nullable().describe("When it was made or withdrawn; null otherwise"),
  can: z.object({
    respond: z.boolean(),
    withdraw: z.boolean(),
    setOutcome: z.boolean(),
    thank: z.boolean(),
  }),
});
export type Introduction = z.infer<typeof introduction>;

export const introductionPage = z.object({
  items: z.array(introduction),
  nextCursor: z.string().nullable(),
});
export type IntroductionPage = z.infer<typeof introductionPage>;
