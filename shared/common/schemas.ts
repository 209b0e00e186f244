import { z } from "zod";

/** Cursor pagination used by every list endpoint: pass `nextCursor` back as `cursor` for the next page. */
export const pageQuery = z.object({
  cursor: z.string().max(200).optional().describe("Opaque cursor from a previous page's nextCursor"),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe("Page size, 1-100"),
});
export type PageQuery = z.infer<typeof pageQuery>;

export function page<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

/** Ranked values: an ordered list, most important first, at most five, no duplicates (case-insensitive). */
export const rankedValues = z
  .array(z.string().trim().min(1).max(60))
  .max(5, "at most five values")
  .refine((vs) => new Set(vs.map((v) => v.toLowerCase())).size === vs.length, "values must be distinct");

export const idParam = z.object({ id: z.string().min(1).max(100) });
