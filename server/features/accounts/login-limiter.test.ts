import { describe, expect, it } from "vitest";
import { createLoginLimiter } from "./login-limiter.ts";

const limits = { perIp: 4, perAccount: 2, windowSeconds: 60 };

function limiterAt() {
  let now = 1_000_000;
  const limiter = createLoginLimiter(limits, () => now);
  return { limiter, advance: (s: number) => (now += s * 1000) };
}

describe("login limiter", () => {
  it("blocks an account after its failures, for the rest of the window", () => {
    const { limiter, advance } = limiterAt();
    limiter.record("1.1.1.1", "a@x.io", true);
    expect(limiter.retryAfter("1.1.1.1", "a@x.io")).toBeNull();
    limiter.record("2.2.2.2", "a@x.io", true);
    expect(limiter.retryAfter("3.3.3.3", "a@x.io")).toBe(60);
    advance(45);
    expect(limiter.retryAfter("3.3.3.3", "a@x.io")).toBe(15);
    advance(15);
    expect(limiter.retryAfter("3.3.3.3", "a@x.io")).toBeNull();
  });

  it("blocks an IP after its attempts, whatever the accounts", () => {
    const { limiter } = limiterAt();
    for (const account of ["a", "b", "c", "d"]) limiter.record("9.9.9.9", account, false);
    expect(limiter.retryAfter("9.9.9.9", "e")).toBe(60);
    expect(limiter.retryAfter("8.8.8.8", "e")).toBeNull();
  });

  it("does not count successes against the account, and a success clears its failures", () => {
    const { limiter } = limiterAt();
    limiter.record("1.1.1.1", "a", false);
    limiter.record("1.1.1.1", "a", false);
    expect(limiter.retryAfter("5.5.5.5", "a")).toBeNull();
    limiter.record("1.1.1.1", "a", true);
    limiter.reset("a");
    limiter.record("1.1.1.1", "a", true);
    expect(limiter.retryAfter("5.5.5.5", "a")).toBeNull();
  });
});
