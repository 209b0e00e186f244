import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { type AffiliationStage, affiliations } from "./affiliations.tables.ts";

export type AffiliationRow = typeof affiliations.$inferSelect;

/** Starts a stage. An employee stage for someone who had left before is marked as a boomerang. */
export async function openAffiliation(
  db: DbOrTx,
  values: {
    orgId: string;
    userId: string;
    stage: AffiliationStage;
    startedOn: string;
    boomerang?: boolean;
    createdBy?: string | null;
  },
): Promise<AffiliationRow> {
  const [row] = await db.insert(affiliations).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Ends the open stages of a given kind (all kinds when omitted) on `endedOn`; history stays. */
export async function closeOpenAffiliations(
  db: DbOrTx,
  orgId: string,
  userId: string,
  endedOn: string,
  stage?: AffiliationStage,
): Promise<void> {
  await db
    .update(affiliations)
    .set({ endedOn })
    .where(
      and(
        eq(affiliations.orgId, orgId),
        eq(affiliations.userId, userId),
        isNull(affiliations.endedOn),
        stage ? eq(affiliations.stage, stage) : undefined,
      ),
    );
}

export async function listAffiliationsOfUser(
  db: DbOrTx,
  userId: string,
  orgId?: string,
): Promise<AffiliationRow[]> {
  return db
    .select()
    .from(affiliations)
    .where(and(eq(affiliations.userId, userId), orgId ? eq(affiliations.orgId, orgId) : undefined))
    .orderBy(asc(affiliations.startedOn), asc(affiliations.createdAt));
}
