// Plain values with no zod import, so the browser bundle can use them without loading the schemas.

/** The book's exercise: three people you admire, three qualities of each. */
export const MAX_ADMIRED_PEOPLE = 3;
export const QUALITIES_PER_PERSON = 3;

/** Ranked values hold at most five; rank 1 weighs 5 points, rank 5 weighs 1. */
export const MAX_RANKED_VALUES = 5;

/** The longest value name, the same bound as a ranked value on a profile or an organization. */
export const VALUE_NAME_MAX = 60;

/** How the alignment score is computed, shown beside the score. docs/alignment.md explains it. */
export const ALIGNMENT_FORMULA =
  "score = round(100 × Σ over shared values (w_person + w_org) ÷ (Σ w_person over all the person's values + Σ w_org over all the organization's values)), where w = 6 − rank (rank 1 weighs 5, rank 5 weighs 1); 0 when either side has no values.";
