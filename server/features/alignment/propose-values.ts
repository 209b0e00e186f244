import { MAX_RANKED_VALUES } from "../../../shared/alignment/constants.ts";
import { valueKey } from "./value-names.ts";

/**
 * The values the admired-people exercise points to: ranked by how many qualities map to each, ties broken
 * by which was named first, at most five. Each keeps the spelling it was first given.
 */
export function proposeValues(people: readonly { qualities: readonly { value: string }[] }[]): string[] {
  const tally = new Map<string, { name: string; count: number; first: number }>();
  let position = 0;
  for (const person of people) {
    for (const { value } of person.qualities) {
      const key = valueKey(value);
      const entry = tally.get(key);
      if (entry) entry.count++;
      else tally.set(key, { name: value.trim(), count: 1, first: position });
      position++;
    }
  }
  return [...tally.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, MAX_RANKED_VALUES)
    .map((e) => e.name);
}
