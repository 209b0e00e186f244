import type { Degree } from "../../../shared/graph/schemas.ts";

/** The degrees endpoint answers at most this many ids per request. */
export const DEGREES_BATCH = 200;

/** Distinct, non-empty ids in a stable order, so the same people share one cache entry whatever the list order. */
export function degreeIds(ids: readonly string[]): string[] {
  return [...new Set(ids.filter(Boolean))].sort();
}

/** Splits ids into request-sized batches. */
export function batches<T>(items: readonly T[], size = DEGREES_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Only 1st, 2nd and 3rd degree get a badge: yourself (0) and people beyond (null) get none. */
export function badgeDegree(degree: Degree | undefined): 1 | 2 | 3 | null {
  return degree === 1 || degree === 2 || degree === 3 ? degree : null;
}

/** The path to preselect when asking for an introduction: the strongest-links one, else the first. */
export function defaultPathIndex(paths: readonly { warmest: boolean }[]): number {
  const warmest = paths.findIndex((p) => p.warmest);
  return Math.max(warmest, 0);
}
