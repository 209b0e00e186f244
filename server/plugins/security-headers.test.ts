import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../test/app.ts";
import { APP_CSP } from "./security-headers.ts";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe("security headers", () => {
  it("every response carries the strict policy: no inline or foreign script, no framing", async () => {
    for (const url of ["/api/health", "/api/v1/people/me", "/no/such/page"]) {
      const res = await t.anonymous().get(url);
      expect(res.headers["content-security-policy"]).toBe(APP_CSP);
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
    }
    expect(APP_CSP).toMatch(/script-src 'self'(;|$)/);
    expect(APP_CSP).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(APP_CSP).toContain("frame-ancestors 'none'");
  });

  it("the API reference page keeps the policy its own bundle needs", async () => {
    const res = await t.anonymous().get("/api/docs/");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-security-policy"]).toBeDefined();
    expect(res.headers["content-security-policy"]).not.toBe(APP_CSP);
  });
});
