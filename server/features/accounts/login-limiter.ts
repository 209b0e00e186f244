/**
 * Fixed-window counters for sign-in attempts, kept in memory: one window per IP and one per account.
 * A single Alliance process serves one database, so a process-local count is exact for it; a restart
 * forgets the counts, which errs on the side of letting people in.
 */
export interface LoginLimiter {
  /** Returns seconds to wait when the IP or the account is over its limit, otherwise null. */
  retryAfter(ip: string, account: string): number | null;
  /** Counts an attempt against the IP, and against the account when it failed. */
  record(ip: string, account: string, failed: boolean): void;
  /** A successful sign-in clears the account's failures. */
  reset(account: string): void;
}

interface Window {
  count: number;
  resetAt: number;
}

export function createLoginLimiter(
  limits: { perIp: number; perAccount: number; windowSeconds: number },
  now: () => number = Date.now,
): LoginLimiter {
  const byIp = new Map<string, Window>();
  const byAccount = new Map<string, Window>();
  const windowMs = limits.windowSeconds * 1000;

  const current = (map: Map<string, Window>, key: string) => {
    const w = map.get(key);
    if (!w || w.resetAt <= now()) return undefined;
    return w;
  };
  const bump = (map: Map<string, Window>, key: string) => {
    const w = current(map, key) ?? { count: 0, resetAt: now() + windowMs };
    w.count += 1;
    map.set(key, w);
    if (map.size > 50_000) sweep(map);
  };
  const sweep = (map: Map<string, Window>) => {
    for (const [k, w] of map) if (w.resetAt <= now()) map.delete(k);
  };
  const wait = (w: Window | undefined, max: number) =>
    w && w.count >= max ? Math.max(1, Math.ceil((w.resetAt - now()) / 1000)) : null;

  return {
    retryAfter(ip, account) {
      const a = wait(current(byIp, ip), limits.perIp);
      const b = wait(current(byAccount, account), limits.perAccount);
      if (a === null && b === null) return null;
      return Math.max(a ?? 0, b ?? 0);
    },
    record(ip, account, failed) {
      bump(byIp, ip);
      if (failed) bump(byAccount, account);
    },
    reset(account) {
      byAccount.delete(account);
    },
  };
}
