import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { advanceWithTime } from "./tours.lifecycle.ts";
import { moveStatusIfUnchanged, type TourRow } from "./tours.repo.ts";
import { tours } from "./tours.tables.ts";

/**
 * Brings a stored tour up to date with the calendar (agreed → active on the start date, active →
 * in_review when the review window opens) and returns it. Requests call this so the status is right the
 * moment the date arrives; the reminder job announces the review window to both sides for every tour in
 * review, whoever moved it there.
 */
export async function syncTourWithTime(db: DbOrTx, tour: TourRow, today: string): Promise<TourRow> {
  const next = advanceWithTime(tour.status, tour.terms, today);
  if (next === tour.status) return tour;
  const updated = await moveStatusIfUnchanged(db, tour.id, tour.status, next);
  if (!updated) {
    // Someone else moved it first; read what they wrote.
    const [current] = await db.select().from(tours).where(eq(tours.id, tour.id));
    return current ?? tour;
  }
  return updated;
}

/** Brings every agreed or active tour of an organization up to date, so a list filtered by status is right. */
export async function syncOrgToursWithTime(db: DbOrTx, orgId: string, today: string): Promise<void> {
  const candidates = await db
    .select()
    .from(tours)
    .where(and(eq(tours.orgId, orgId), inArray(tours.status, ["agreed", "active"])));
  for (const tour of candidates) await syncTourWithTime(db, tour, today);
}
