import { z } from "zod";
import { MAX_ADMIRED_PEOPLE, MAX_RANKED_VALUES, QUALITIES_PER_PERSON, VALUE_NAME_MAX } from "./constants.ts";

export * from "./constants.ts";

const slug = z.string().min(1).max(64);
const valueName = z.string().trim().min(1).max(VALUE_NAME_MAX);

/** One entry of the values catalog: seeded for everyone (orgId null) or added by one organization. */
export const catalogValue = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  orgId: z.string().nullable().describe("The organization that added it, or null for the shared catalog"),
});
export type CatalogValue = z.infer<typeof catalogValue>;

export const valuesQuery = z.object({
  orgSlug: slug.optional().describe("Also list this organization's own values, for its members and alumni"),
});

export const valuesList = z.object({ items: z.array(catalogValue) });
export type ValuesList = z.infer<typeof valuesList>;

export const createValueBody = z
  .object({ name: valueName, description: z.string().trim().max(500).default("") })
  .strict();
export type CreateValueInput = z.infer<typeof createValueBody>;

export const orgSlugParam = z.object({ slug });
export const orgValueParams = z.object({ slug, valueId: z.uuid() });

/** A quality seen in an admired person, and the value it stands for. */
export const admiredQuality = z.object({
  quality: z.string().trim().min(1).max(100),
  value: valueName,
});

export const admiredPerson = z.object({
  name: z.string().trim().min(1).max(100),
  qualities: z.array(admiredQuality).length(QUALITIES_PER_PERSON),
});

export const exerciseBody = z.object({ people: z.array(admiredPerson).max(MAX_ADMIRED_PEOPLE) }).strict();
export type ExerciseInput = z.infer<typeof exerciseBody>;

/** The saved exercise and the values it suggests, most often named first. Applying them is the person's call. */
export const exercise = z.object({
  people: z.array(admiredPerson),
  proposedValues: z.array(z.string()).max(MAX_RANKED_VALUES),
});
export type Exercise = z.infer<typeof exercise>;

export const alignmentQuery = z.object({
  personId: z.string().min(1).max(100).optional().describe("Whose alignment; the caller's when omitted"),
});

const rank = z.number().int().min(1).max(MAX_RANKED_VALUES);

/**
 * A person's alignment with an organization. Profile fields the caller may not see are absent; when the
 * values are hidden, nothing is derived from them (no shared values, no score).
 */
export const alignmentView = z.object({
  person: z.object({
    id: z.string(),
    displayName: z.string(),
    values: z.array(z.string()).optional(),
    mission: z.string().optional(),
    vision: z.string().optional(),
  }),
  personValuesHidden: z.boolean(),
  org: z.object({
    slug: z.string(),
    name: z.string(),
    values: z.array(z.string()),
    mission: z.string(),
    vision: z.string(),
  }),
  shared: z.array(z.object({ value: z.string(), personRank: rank, orgRank: rank })),
  personOnly: z.array(z.string()),
  orgOnly: z.array(z.string()),
  score: z.number().int().min(0).max(100).nullable().describe("Null when the person's values are hidden"),
  formula: z.string(),
});
export type AlignmentView = z.infer<typeof alignmentView>;
