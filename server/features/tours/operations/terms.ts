import { type TourTerms, tourTerms } from "../../../../shared/tours/schemas.ts";
import { AppError } from "../../../errors.ts";

/**
 * Merges a change into the current terms and checks the whole result (for example that the planned end
 * still comes after the start). Field errors keep the `terms.` path the client sent.
 */
export function mergeTerms(current: TourTerms, patch: Partial<TourTerms>): TourTerms {
  const merged = { ...current, ...patch, personGets: { ...current.personGets, ...(patch.personGets ?? {}) } };
  const parsed = tourTerms.safeParse(merged);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = ["terms", ...issue.path].join(".");
      fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
    }
    throw new AppError("VALIDATION_FAILED", "Some fields are not valid.", { fieldErrors });
  }
  return parsed.data;
}

/** The terms fields whose values differ, in a stable order. */
export function changedFields(before: TourTerms, after: TourTerms): (keyof TourTerms)[] {
  return (Object.keys(after) as (keyof TourTerms)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
}
