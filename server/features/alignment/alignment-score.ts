import { MAX_RANKED_VALUES } from "../../../shared/alignment/constants.ts";
import { valueKey } from "./value-names.ts";

/** Weight of a 1-based rank: 5 for the most important value down to 1 for the fifth. */
export function rankWeight(rank: number): number {
  return MAX_RANKED_VALUES + 1 - rank;
}

export interface ValueComparison {
  /** Values both sides hold, in the person's order, spelled as the organization spells them. */
  shared: { value: string; personRank: number; orgRank: number }[];
  personOnly: string[];
  orgOnly: string[];
}

/** The first five distinct values with their 1-based ranks; later duplicates are ignored. */
function ranked(values: readonly string[]): Map<string, { name: string; rank: number }> {
  const out = new Map<string, { name: string; rank: number }>();
  for (const name of values) {
    if (out.size === MAX_RANKED_VALUES) break;
    const key = valueKey(name);
    if (!out.has(key)) out.set(key, { name, rank: out.size + 1 });
  }
  return out;
}

/** Which values a person and an organization share, and which each holds alone, keeping ranks. */
export function compareValues(
  personValues: readonly string[],
  orgValues: readonly string[],
): ValueComparison {
  const person = ranked(personValues);
  const org = ranked(orgValues);
  const shared: ValueComparison["shared"] = [];
  const personOnly: string[] = [];
  for (const [key, p] of person) {
    const o = org.get(key);
    if (o) shared.push({ value: o.name, personRank: p.rank, orgRank: o.rank });
    else personOnly.push(p.name);
  }
  const orgOnly = [...org].filter(([key]) => !person.has(key)).map(([, o]) => o.name);
  return { shared, personOnly, orgOnly };
}

/**
 * 0-100: the share of both sides' rank weight that sits on shared values (ALIGNMENT_FORMULA). Symmetric;
 * 100 when both hold the same values; 0 when either side has none.
 */
export function alignmentScore(personValues: readonly string[], orgValues: readonly string[]): number {
  const person = ranked(personValues);
  const org = ranked(orgValues);
  if (person.size === 0 || org.size === 0) return 0;
  let total = 0;
  let sharedWeight = 0;
  for (const p of person.values()) total += rankWeight(p.rank);
  for (const [key, o] of org) {
    total += rankWeight(o.rank);
    const p = person.get(key);
    if (p) sharedWeight += rankWeight(p.rank) + rankWeight(o.rank);
  }
  return Math.round((100 * sharedWeight) / total);
}
