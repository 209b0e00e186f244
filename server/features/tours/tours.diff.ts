import { diffWords } from "diff";
import type { TourTerms } from "../../../shared/tours/constants.ts";

/** How a value reads in a diff: text as it is, lists and groups of fields as readable lines. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${asText(v)}`)
      .join("\n");
  }
  return String(value);
}

/** Field-by-field changes between two versions of a tour's terms, with a word-level diff of each. */
export function diffTerms(before: TourTerms, after: TourTerms) {
  return (Object.keys(after) as (keyof TourTerms)[])
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({
      field,
      before: before[field],
      after: after[field],
      parts: diffWords(asText(before[field]), asText(after[field])).map((p) => ({
        value: p.value,
        added: !!p.added,
        removed: !!p.removed,
      })),
    }));
}
