import type { TourTerms } from "../../../shared/tours/constants.ts";
import { valueKey } from "./value-names.ts";

/** Values a tour says it serves, split into those the side still holds and stale ones it no longer does. */
export interface ServedValues {
  current: string[];
  stale: string[];
}

function split(claimed: readonly string[], held: readonly string[]): ServedValues {
  const heldKeys = new Set(held.map(valueKey));
  return {
    current: claimed.filter((v) => heldKeys.has(valueKey(v))),
    stale: claimed.filter((v) => !heldKeys.has(valueKey(v))),
  };
}

/**
 * Checks a tour's "work worth doing" links against the values both sides hold today, so the tour page can
 * flag links that went stale when either side re-ranked. The person's side tells which values they hold:
 * show it only to viewers who may see the person's values (people.policy.ts canSeeField).
 */
export function workWorthDoing(
  terms: Pick<TourTerms, "servesOrgValues" | "servesPersonValues">,
  orgValues: readonly string[],
  personValues: readonly string[],
): { servesOrgValues: ServedValues; servesPersonValues: ServedValues } {
  return {
    servesOrgValues: split(terms.servesOrgValues, orgValues),
    servesPersonValues: split(terms.servesPersonValues, personValues),
  };
}
