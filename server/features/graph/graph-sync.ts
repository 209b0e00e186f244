import type { DbOrTx } from "../../db/client.ts";
import { type ChangeRow, readChanges } from "./graph-store.ts";

/** A sequence number that has not shown up this long is taken as a rolled-back transaction's. */
const GAP_GRACE_MS = 60_000;
const BATCH = 5000;

/**
 * Follows the graph_changes log in sequence order. Sequence numbers are handed out before commit, so
 * a later number can become visible before an earlier one: the feed keeps the highest number below
 * which it has seen everything (`contiguous`), re-reads from there, skips rows it already applied, and
 * only gives up on a missing number after GAP_GRACE_MS. Applying a row is idempotent (it re-reads the
 * current state), so reading a row twice is harmless; missing one is what this guards against.
 */
export class ChangeFeed {
  private contiguous: number;
  private readonly applied = new Set<number>();
  private readonly gapSeenAt = new Map<number, number>();
  private chain: Promise<void> = Promise.resolve();
  private waiting: Promise<void> | null = null;
  /** performance.now() when the last completed catch-up started reading. */
  syncedAt = 0;

  constructor(
    private readonly db: DbOrTx,
    startAfter: number,
    private readonly apply: (rows: ChangeRow[]) => Promise<void>,
  ) {
    this.contiguous = startAfter;
  }

  /**
   * Applies every change committed before this call. Calls made while a catch-up waits to start share
   * it; a call made while one is running queues the next, because that one may have read too early.
   */
  catchUp(): Promise<void> {
    if (this.waiting) return this.waiting;
    const run = this.chain.then(() => {
      this.waiting = null;
      return this.runOnce();
    });
    this.waiting = run;
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async runOnce(): Promise<void> {
    const started = performance.now();
    for (;;) {
      const rows = await readChanges(this.db, this.contiguous, BATCH);
      const fresh = rows.filter((r) => !this.applied.has(r.seq));
      if (fresh.length > 0) await this.apply(fresh);
      for (const r of fresh) {
        this.applied.add(r.seq);
        this.gapSeenAt.delete(r.seq);
      }
      this.advance(rows.at(-1)?.seq ?? this.contiguous, started);
      if (rows.length < BATCH) break;
    }
    this.syncedAt = started;
  }

  /** Moves `contiguous` over applied numbers, and over gaps older than the grace period. */
  private advance(highest: number, now: number): void {
    for (let n = this.contiguous + 1; n <= highest; n++) {
      if (!this.applied.has(n) && !this.gapSeenAt.has(n)) this.gapSeenAt.set(n, now);
    }
    for (let next = this.contiguous + 1; next <= highest; next++) {
      if (this.applied.delete(next)) {
        this.contiguous = next;
        continue;
      }
      const seen = this.gapSeenAt.get(next) ?? now;
      if (now - seen < GAP_GRACE_MS) break;
      this.gapSeenAt.delete(next);
      this.contiguous = next;
    }
  }
}
