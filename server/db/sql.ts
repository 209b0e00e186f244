import { type SQL, sql } from "drizzle-orm";

/** A text[] bound as one parameter (Drizzle would otherwise expand a JS array into a list of parameters). */
export function textArray(values: readonly string[]): SQL {
  return sql`${sql.param([...values])}::text[]`;
}

/** An ILIKE pattern matching `q` anywhere, with LIKE's wildcards in `q` taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
