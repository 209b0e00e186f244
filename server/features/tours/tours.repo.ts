import { and, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { TourStatus } from "../../../shared/tours/constants.ts";
import type { DbOrTx } from "../../db/client.ts";
import { organizations } from "../organizations/organizations.tables.ts";
import { profiles } from "../people/people.tables.ts";
import { tourSignatures, tours, tourVersions } from "./tours.tables.ts";

export type TourRow = typeof tours.$inferSelect;
export type TourVersionRow = typeof tourVersions.$inferSelect;
export type SignatureRow = typeof tourSignatures.$inferSelect;

export async function findTour(
  db: DbOrTx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<TourRow | undefined> {
  const query = db.select().from(tours).where(eq(tours.id, id));
  const [row] = options.lock ? await query.for("update") : await query;
  return row;
}

export async function insertTour(db: DbOrTx, values: typeof tours.$inferInsert): Promise<TourRow> {
  const [row] = await db.insert(tours).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/**
 * Writes a change only if the row is still at `expectedVersion`, bumping it. Returns undefined when
 * someone else changed the tour first: the caller answers 409 instead of overwriting their work.
 */
export async function updateTourIfVersion(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  patch: Partial<typeof tours.$inferInsert>,
): Promise<TourRow | undefined> {
  const [row] = await db
    .update(tours)
    .set({ ...patch, rowVersion: sql`${tours.rowVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(tours.id, id), eq(tours.rowVersion, expectedVersion)))
    .returning();
  return row;
}

/**
 * Moves a tour to the status time brought it to, only if it is still in the status read: when two servers
 * or a person race, exactly one write wins. Bumps the row version so an editor holding the old one gets
 * 409 instead of overwriting the change. Returns the moved row, or undefined when someone else got there first.
 */
export async function moveStatusIfUnchanged(
  db: DbOrTx,
  id: string,
  from: TourStatus,
  to: TourStatus,
): Promise<TourRow | undefined> {
  const [row] = await db
    .update(tours)
    .set({ status: to, rowVersion: sql`${tours.rowVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(tours.id, id), eq(tours.status, from)))
    .returning();
  return row;
}

export async function listVersions(db: DbOrTx, tourId: string): Promise<TourVersionRow[]> {
  return db.select().from(tourVersions).where(eq(tourVersions.tourId, tourId)).orderBy(tourVersions.version);
}

export async function findPendingVersion(db: DbOrTx, tourId: string): Promise<TourVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(tourVersions)
    .where(and(eq(tourVersions.tourId, tourId), eq(tourVersions.status, "pending")));
  return row;
}

export async function insertVersion(
  db: DbOrTx,
  values: typeof tourVersions.$inferInsert,
): Promise<TourVersionRow> {
  const [row] = await db.insert(tourVersions).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function setVersionStatus(
  db: DbOrTx,
  tourId: string,
  version: number,
  patch: Partial<typeof tourVersions.$inferInsert>,
): Promise<void> {
  await db
    .update(tourVersions)
    .set(patch)
    .where(and(eq(tourVersions.tourId, tourId), eq(tourVersions.version, version)));
}

export async function signaturesFor(
  db: DbOrTx,
  tourId: string,
  versions?: number[],
): Promise<SignatureRow[]> {
  return db
    .select()
    .from(tourSignatures)
    .where(
      and(
        eq(tourSignatures.tourId, tourId),
        versions?.length ? inArray(tourSignatures.version, versions) : undefined,
      ),
    )
    .orderBy(tourSignatures.signedAt);
}

export async function insertSignature(
  db: DbOrTx,
  values: typeof tourSignatures.$inferInsert,
): Promise<boolean> {
  const rows = await db
    .insert(tourSignatures)
    .values(values)
    .onConflictDoNothing()
    .returning({ side: tourSignatures.side });
  return rows.length === 1;
}

export async function clearSignatures(db: DbOrTx, tourId: string, version: number): Promise<void> {
  await db
    .delete(tourSignatures)
    .where(and(eq(tourSignatures.tourId, tourId), eq(tourSignatures.version, version)));
}

export async function findNextTourId(db: DbOrTx, tourId: string): Promise<string | null> {
  const [row] = await db.select({ id: tours.id }).from(tours).where(eq(tours.previousTourId, tourId));
  return row?.id ?? null;
}

/** Display names and the organization a tour shows, in one query. */
export async function tourParties(db: DbOrTx, tour: TourRow) {
  const ids = [tour.personId, ...(tour.sponsorId ? [tour.sponsorId] : [])];
  const [names, [org]] = await Promise.all([
    db
      .select({ id: profiles.userId, displayName: profiles.displayName })
      .from(profiles)
      .where(inArray(profiles.userId, ids)),
    db
      .select({ id: organizations.id, slug: organizations.slug, name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, tour.orgId)),
  ]);
  const nameOf = (id: string) => names.find((n) => n.id === id)?.displayName ?? "";
  return {
    org: org ?? { id: tour.orgId, slug: "", name: "" },
    person: { id: tour.personId, displayName: nameOf(tour.personId) },
    sponsor: tour.sponsorId ? { id: tour.sponsorId, displayName: nameOf(tour.sponsorId) } : null,
  };
}

/**
 * Tours of an organization, newest first, keyset-paginated on (created_at, id). `onlyFor` limits them to
 * tours where that user is the person or the sponsor.
 */
export async function listOrgTours(
  db: DbOrTx,
  orgId: string,
  filter: { status?: TourStatus; personId?: string; onlyFor?: string },
  after: { at: string; id: string } | null,
  limit: number,
): Promise<TourRow[]> {
  return db
    .select()
    .from(tours)
    .where(
      and(
        eq(tours.orgId, orgId),
        filter.status ? eq(tours.status, filter.status) : undefined,
        filter.personId ? eq(tours.personId, filter.personId) : undefined,
        filter.onlyFor
          ? or(eq(tours.personId, filter.onlyFor), eq(tours.sponsorId, filter.onlyFor))
          : undefined,
        after
          ? or(
              lt(tours.createdAt, new Date(after.at)),
              and(eq(tours.createdAt, new Date(after.at)), lt(tours.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(tours.createdAt), desc(tours.id))
    .limit(limit);
}

/** Every tour where the user is the person or the sponsor, across organizations. */
export async function listToursOfUser(db: DbOrTx, userId: string): Promise<TourRow[]> {
  return db
    .select()
    .from(tours)
    .where(or(eq(tours.personId, userId), eq(tours.sponsorId, userId)))
    .orderBy(desc(tours.createdAt));
}
