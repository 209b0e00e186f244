import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { type AdmiredPerson, admiredExercises, valuesCatalog } from "./alignment.tables.ts";

export type CatalogRow = typeof valuesCatalog.$inferSelect;

/** Where a value is visible: the shared catalog, plus one organization's own values when given. */
const inScope = (orgId: string | null) =>
  orgId ? or(isNull(valuesCatalog.orgId), eq(valuesCatalog.orgId, orgId)) : isNull(valuesCatalog.orgId);

/** The shared catalog, plus `orgId`'s own values when given, by name. */
export async function listCatalog(db: DbOrTx, orgId: string | null): Promise<CatalogRow[]> {
  return db
    .select()
    .from(valuesCatalog)
    .where(inScope(orgId))
    .orderBy(asc(sql`lower(${valuesCatalog.name})`), asc(valuesCatalog.id));
}

/** A value of that name (any case) in the shared catalog or the organization's own values. */
export async function findValueByName(
  db: DbOrTx,
  orgId: string,
  name: string,
): Promise<CatalogRow | undefined> {
  const [row] = await db
    .select()
    .from(valuesCatalog)
    .where(and(inScope(orgId), sql`lower(${valuesCatalog.name}) = lower(${name})`))
    .limit(1);
  return row;
}

export async function insertOrgValue(
  db: DbOrTx,
  values: { orgId: string; name: string; description: string; createdBy: string },
): Promise<CatalogRow> {
  const [row] = await db.insert(valuesCatalog).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Deletes one of the organization's own values; false when there is no such value of that organization. */
export async function deleteOrgValue(db: DbOrTx, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(valuesCatalog)
    .where(and(eq(valuesCatalog.orgId, orgId), eq(valuesCatalog.id, id)))
    .returning({ id: valuesCatalog.id });
  return rows.length === 1;
}

export async function findExercise(db: DbOrTx, userId: string): Promise<AdmiredPerson[] | undefined> {
  const [row] = await db
    .select({ people: admiredExercises.people })
    .from(admiredExercises)
    .where(eq(admiredExercises.userId, userId));
  return row?.people;
}

export async function saveExercise(
  db: DbOrTx,
  userId: string,
  people: AdmiredPerson[],
  at: Date,
): Promise<void> {
  await db
    .insert(admiredExercises)
    .values({ userId, people, updatedAt: at })
    .onConflictDoUpdate({ target: admiredExercises.userId, set: { people, updatedAt: at } });
}
