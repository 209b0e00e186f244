import { TRUST_SCORES, type TrustLevel } from "../../../shared/connections/constants.ts";
import { linkCost, NEUTRAL_TRUST } from "./link-cost.ts";

/** A person's stint at an organization, in whole years; `to` is undefined while current. */
export interface YearStint {
  org: string;
  from: number;
  to: number | undefined;
}

/** Years two people spent at the same organization at the same time (summed over organizations). */
export function sharedYears(a: readonly YearStint[], b: readonly YearStint[], thisYear: number): number {
  let years = 0;
  for (const x of a) {
    for (const y of b) {
      if (x.org !== y.org) continue;
      const overlap = Math.min(x.to ?? thisYear, y.to ?? thisYear) - Math.max(x.from, y.from);
      if (overlap > 0) years += overlap;
    }
  }
  return years;
}

const trustScore = (level: TrustLevel | null | undefined) => (level ? TRUST_SCORES[level] : NEUTRAL_TRUST);

/**
 * The cost of a stored connection: both sides' private trust levels (the less trusting decides), the
 * years they overlapped at an organization and the introductions completed through the link, through
 * the documented linkCost formula. Computed when the link or an affiliation changes, never per query.
 */
export function connectionCost(input: {
  trustA: TrustLevel | null;
  trustB: TrustLevel | null;
  sharedYears: number;
  interactions: number;
}): number {
  return linkCost({
    trustAB: trustScore(input.trustA),
    trustBA: trustScore(input.trustB),
    sharedYears: input.sharedYears,
    interactions: input.interactions,
  });
}
