import { z } from "zod";

/** What thanks can be for. More kinds (a reference, a mentoring session…) come later. */
export const THANKS_SUBJECT_KINDS = ["introduction"] as const;
export type ThanksSubjectKind = (typeof THANKS_SUBJECT_KINDS)[number];

/** How many items each list of the pay-forward record carries, newest first; the counts are totals. */
export const PAY_FORWARD_ITEMS = 100;

const isoInstant = z.string().describe("ISO 8601 instant");

export const payForwardPerson = z.object({ id: z.string(), displayName: z.string() });
export type PayForwardPerson = z.infer<typeof payForwardPerson>;

export const thanksSubject = z.object({
  kind: z.enum(THANKS_SUBJECT_KINDS),
  id: z.string(),
  link: z.string().describe("Path in the web app, e.g. /introductions/<id>"),
});
export type ThanksSubject = z.infer<typeof thanksSubject>;

/** One thank-you, as the two people involved see it. */
export const thanks = z.object({
  id: z.string(),
  from: payForwardPerson,
  to: payForwardPerson,
  subject: thanksSubject,
  message: z.string(),
  createdAt: isoInstant,
});
export type Thanks = z.infer<typeof thanks>;

/** An introduction I made as an intermediary that went through. */
export const givenIntroduction = z.object({
  kind: z.literal("introduction"),
  id: z.string(),
  link: z.string(),
  requester: payForwardPerson,
  target: payForwardPerson,
  completedAt: isoInstant,
  thanked: z.boolean().describe("Whether the requester thanked me for it"),
});
export type GivenIntroduction = z.infer<typeof givenIntroduction>;

/** Something I gave; one member per kind (only introductions so far). */
export const givenItem = z.discriminatedUnion("kind", [givenIntroduction]);
export type GivenItem = z.infer<typeof givenItem>;

/** My pay-forward record: what I gave and the thanks I received. Visible to me alone. */
export const payForwardRecord = z.object({
  given: z.object({
    introductionsMade: z.number().int().describe("Introductions I made as an intermediary that went through"),
    items: z.array(givenItem),
  }),
  received: z.object({
    thanksCount: z.number().int(),
    items: z.array(thanks),
  }),
});
export type PayForwardRecord = z.infer<typeof payForwardRecord>;
