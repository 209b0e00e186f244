/**
 * Counts LinkedIn imports per person in a fixed 24-hour window that starts with their first import. An
 * import looks up every email address in the file, so the limit bounds how many addresses one account can
 * test for an Alliance account (email enumeration). Kept in memory like the sign-in limiter: exact for one
 * process, forgotten on restart (with several servers, each counts on its own).
 */
export interface ImportLimiter {
  /** Seconds until `userId` may import again, or null when they may now. */
  retryAfter(userId: string): number | null;
  /** Counts one import. */
  record(userId: string): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function createImportLimiter(perDay: number, now: () => number): ImportLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const current = (userId: string) => {
    const w = windows.get(userId);
    return w && w.resetAt > now() ? w : undefined;
  };
  return {
    retryAfter(userId) {
      const w = current(userId);
      return w && w.count >= perDay ? Math.max(1, Math.ceil((w.resetAt - now()) / 1000)) : null;
    },
    record(userId) {
      const w = current(userId) ?? { count: 0, resetAt: now() + DAY_MS };
      w.count += 1;
      windows.set(userId, w);
      if (windows.size > 10_000) {
        for (const [k, v] of windows) if (v.resetAt <= now()) windows.delete(k);
      }
    },
  };
}
