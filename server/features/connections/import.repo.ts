import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { textArray } from "../../db/sql.ts";
import { users } from "../accounts/accounts.tables.ts";
import { profiles } from "../people/people.tables.ts";
import { blockedWith } from "./connections.repo.ts";

// ---- import ----

/**
 * Accounts whose verified email is one of `emails` (already lower-cased, as accounts store them), leaving
 * out `me` and anyone who blocks or is blocked by `me`.
 */
export async function matchVerifiedEmails(
  db: DbOrTx,
  me: string,
  emails: readonly string[],
): Promise<{ userId: string; email: string }[]> {
  if (emails.length === 0) return [];
  return db
    .select({ userId: users.id, email: users.email })
    .from(users)
    .innerJoin(profiles, eq(profiles.userId, users.id))
    .where(
      and(
        sql`${users.email} = any(${textArray(emails)})`,
        eq(users.emailVerified, true),
        sql`${users.id} <> ${me}`,
        sql`not ${blockedWith(me, sql`${users.id}`)}`,
      ),
    );
}
