import { and, eq, type SQL } from "drizzle-orm";
import type { Clock } from "../../clock.ts";
import type { DbOrTx } from "../../db/client.ts";
import { notify } from "../notifications/notifier.ts";
import * as repo from "./introductions.repo.ts";
import { introductionSteps, introductions } from "./introductions.tables.ts";

/**
 * Expires one introduction whose waiting step ran out, only if it is still pending at the version read:
 * when the job on several servers, a read and an answer race, exactly one write wins and the others
 * change nothing. Tells the requester once (dedupe key), in the same transaction. Returns whether this
 * call expired it.
 */
export async function expireIntroduction(
  db: DbOrTx,
  overdue: repo.OverdueIntroduction,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const moved = await repo.updateIfVersion(
      tx,
      overdue.id,
      overdue.version,
      { status: "expired", closedAt: now },
      now,
      and(eq(introductions.status, "pending"), eq(introductions.currentStep, overdue.currentStep)),
    );
    if (!moved) return false;
    await tx
      .update(introductionSteps)
      .set({ status: "expired" })
      .where(
        and(
          eq(introductionSteps.introductionId, overdue.id),
          eq(introductionSteps.position, overdue.currentStep),
          eq(introductionSteps.status, "waiting"),
        ),
      );
    await notifyClosed(tx, overdue.id, overdue.requesterId, overdue.targetId);
    return true;
  });
}

/**
 * Tells the requester their introduction did not go ahead, the same words for a decline and for a step
 * that ran out. One notice per introduction, whoever closed it.
 */
export async function notifyClosed(
  db: DbOrTx,
  id: string,
  requesterId: string,
  targetId: string,
): Promise<void> {
  const names = await repo.peopleInfo(db, [targetId]);
  await notify(db, {
    userId: requesterId,
    kind: "introduction_closed",
    data: { targetName: names.get(targetId)?.displayName ?? "" },
    link: `/introductions/${id}`,
    dedupeKey: `introduction_closed:${id}`,
  });
}

/**
 * Expires what ran out among the introductions `narrow` selects (all of them by default), so a read
 * shows the right status the moment the due date passes. Returns how many this call expired.
 */
export async function expireOverdue(db: DbOrTx, now: Date, narrow?: SQL, batch = 500): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await repo.findOverdue(db, now, narrow, batch);
    let moved = 0;
    for (const overdue of due) if (await expireIntroduction(db, overdue, now)) moved++;
    expired += moved;
    // A full batch may hide more; stop when one changed nothing (others are handling the rest).
    if (due.length < batch || moved === 0) return expired;
  }
}

/** The periodic step of server/jobs/jobs.ts: expires every introduction whose waiting step ran out. */
export function createIntroductionExpiry({ db, clock }: { db: DbOrTx; clock: Clock }) {
  return {
    async expireDue(): Promise<{ expired: number }> {
      return { expired: await expireOverdue(db, clock()) };
    },
  };
}

export type IntroductionExpiry = ReturnType<typeof createIntroductionExpiry>;
