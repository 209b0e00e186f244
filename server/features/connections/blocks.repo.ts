import { and, asc, eq, sql } from "drizzle-orm";
import type { ConnectionListVisibility } from "../../../shared/connections/schemas.ts";
import type { DbOrTx } from "../../db/client.ts";
import { profiles } from "../people/people.tables.ts";
import { userBlocks } from "./connections.tables.ts";

// ---- settings ----

export async function setListVisibility(
  db: DbOrTx,
  userId: string,
  listVisibility: ConnectionListVisibility,
): Promise<boolean> {
  const rows = await db
    .update(profiles)
    .set({ connectionListVisibility: listVisibility, updatedAt: new Date() })
    .where(eq(profiles.userId, userId))
    .returning({ id: profiles.userId });
  return rows.length > 0;
}

// ---- blocks ----

export async function insertBlock(db: DbOrTx, blocker: string, blocked: string, at: Date): Promise<void> {
  await db
    .insert(userBlocks)
    .values({ blocker, blocked, createdAt: at })
    .onConflictDoNothing({ target: [userBlocks.blocker, userBlocks.blocked] });
}

export async function deleteBlock(db: DbOrTx, blocker: string, blocked: string): Promise<void> {
  await db.delete(userBlocks).where(and(eq(userBlocks.blocker, blocker), eq(userBlocks.blocked, blocked)));
}

/** The people `blocker` blocks, A to Z, keyset-paginated on (lower(name), id). */
export async function listBlocks(
  db: DbOrTx,
  blocker: string,
  after: { key: string; id: string } | null,
  limit: number,
) {
  const key = sql<string>`lower(${profiles.displayName})`;
  return db
    .select({ blockedId: userBlocks.blocked, createdAt: userBlocks.createdAt, sortKey: key })
    .from(userBlocks)
    .innerJoin(profiles, eq(profiles.userId, userBlocks.blocked))
    .where(
      and(
        eq(userBlocks.blocker, blocker),
        after ? sql`(${key}, ${userBlocks.blocked}) > (${after.key}, ${after.id})` : undefined,
      ),
    )
    .orderBy(asc(key), asc(userBlocks.blocked))
    .limit(limit);
}
