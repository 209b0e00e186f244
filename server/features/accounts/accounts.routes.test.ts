import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, PASSWORD, type TestApp } from "../../test/app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ LOGIN_MAX_PER_ACCOUNT: "3", LOGIN_MAX_PER_IP: "1000" });
});
afterAll(() => t.close());

describe("sign-up and email confirmation", () => {
  it("answers identically for a new and a known email, and tells the owner of the known one", async () => {
    const known = await t.signUp("Known");
    const anon = t.anonymous();
    const fresh = await anon.post("/api/v1/auth/sign-up", {
      name: "New",
      email: "new.person@example.test",
      password: PASSWORD,
    });
    const again = await anon.post("/api/v1/auth/sign-up", {
      name: "Imposter",
      email: known.email,
      password: PASSWORD,
    });
    expect(fresh.statusCode).toBe(202);
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual(fresh.json());
    expect(again.headers["set-cookie"]).toBeUndefined();
    expect(t.mail.messages.filter((m) => m.to === known.email).at(-1)?.subject).toMatch(
      /already have an Alliance account/,
    );
  });

  it("does not sign in before the email is confirmed", async () => {
    const anon = t.anonymous();
    await anon.post("/api/v1/auth/sign-up", {
      name: "Waiting",
      email: "waiting@example.test",
      password: PASSWORD,
    });
    const res = await anon.post("/api/v1/auth/sign-in", {
      email: "waiting@example.test",
      password: PASSWORD,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("EMAIL_NOT_VERIFIED");
  });

  it("confirms with the emailed link, signs in with an HttpOnly SameSite=Lax cookie, and refuses the link twice", async () => {
    const anon = t.anonymous();
    await anon.post("/api/v1/auth/sign-up", {
      name: "Verifier",
      email: "verifier@example.test",
      password: PASSWORD,
    });
    const token = t.mail.tokenFrom("verifier@example.test", "/verify-email");
    const res = await anon.post("/api/v1/auth/verify-email", { token });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await anon.get("/api/v1/auth/session")).json().user.email).toBe("verifier@example.test");
    const reused = await t.anonymous().post("/api/v1/auth/verify-email", { token });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe("INVALID_TOKEN");
  });

  it("validates input at the edge with field paths", async () => {
    const res = await t
      .anonymous()
      .post("/api/v1/auth/sign-up", { name: "", email: "nope", password: "short" });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(body.error.details.fieldErrors).sort()).toEqual(["email", "name", "password"]);
  });

  it("answers malformed JSON with 400, not 500", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      headers: { origin: "http://localhost:3000", "content-type": "application/json" },
      payload: "{not json",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("VALIDATION_FAILED");
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe("sign-in, session and sign-out", () => {
  it("signs in, reports the session, and signs out", async () => {
    const person = await t.signUp("Sessions");
    const c = t.anonymous();
    const res = await c.post("/api/v1/auth/sign-in", { email: person.email, password: PASSWORD });
    expect(res.statusCode).toBe(200);
    expect((await c.get("/api/v1/auth/session")).statusCode).toBe(200);
    expect((await c.post("/api/v1/auth/sign-out")).statusCode).toBe(204);
    expect((await c.get("/api/v1/auth/session")).statusCode).toBe(401);
  });

  it("gives the same error for an unknown email and a wrong password", async () => {
    const person = await t.signUp("Wrong");
    const a = await t
      .anonymous()
      .post("/api/v1/auth/sign-in", { email: "nobody@example.test", password: PASSWORD });
    const b = await t
      .anonymous()
      .post("/api/v1/auth/sign-in", { email: person.email, password: "wrong password!" });
    expect(a.statusCode).toBe(401);
    expect(b.json()).toEqual(a.json());
  });

  it("limits failed sign-ins per account with 429 and Retry-After, even with the right password", async () => {
    const person = await t.signUp("Limited");
    for (let i = 0; i < 3; i++) {
      const r = await t
        .anonymous()
        .post("/api/v1/auth/sign-in", { email: person.email, password: "wrong password!" });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await t
      .anonymous()
      .post("/api/v1/auth/sign-in", { email: person.email, password: PASSWORD });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    expect(blocked.json().error.code).toBe("RATE_LIMITED");
  });

  it("refuses state-changing requests from another origin (CSRF)", async () => {
    const person = await t.signUp("Csrf");
    const res = await t.app.inject({
      method: "PATCH",
      url: "/api/v1/people/me",
      headers: {
        origin: "https://evil.example",
        cookie: person.cookie ?? "",
        "content-type": "application/json",
      },
      payload: JSON.stringify({ headline: "pwned" }),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("CSRF_FAILED");
    const noOrigin = await t.app.inject({
      method: "PATCH",
      url: "/api/v1/people/me",
      headers: { cookie: person.cookie ?? "", "content-type": "application/json" },
      payload: JSON.stringify({ headline: "pwned" }),
    });
    expect(noOrigin.statusCode).toBe(403);
    expect((await person.get("/api/v1/people/me")).json().headline).toBe("");
  });
});

describe("password reset", () => {
  it("answers identically for known and unknown emails", async () => {
    const person = await t.signUp("Resetter");
    const a = await t.anonymous().post("/api/v1/auth/request-password-reset", { email: person.email });
    const b = await t
      .anonymous()
      .post("/api/v1/auth/request-password-reset", { email: "ghost@example.test" });
    expect(a.statusCode).toBe(202);
    expect(b.statusCode).toBe(202);
    expect(b.json()).toEqual(a.json());
    expect(t.mail.messages.some((m) => m.to === "ghost@example.test")).toBe(false);
  });

  it("resets with a single-use emailed link and signs out other sessions", async () => {
    const person = await t.signUp("Forgetful");
    await t.anonymous().post("/api/v1/auth/request-password-reset", { email: person.email });
    const token = t.mail.tokenFrom(person.email, "/reset-password");
    const newPassword = "a brand new password";
    expect(
      (await t.anonymous().post("/api/v1/auth/reset-password", { token, password: newPassword })).statusCode,
    ).toBe(204);
    const reuse = await t
      .anonymous()
      .post("/api/v1/auth/reset-password", { token, password: "another password!" });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().error.code).toBe("INVALID_TOKEN");
    expect((await person.get("/api/v1/auth/session")).statusCode).toBe(401);
    const signIn = await t
      .anonymous()
      .post("/api/v1/auth/sign-in", { email: person.email, password: newPassword });
    expect(signIn.statusCode).toBe(200);
  });
});
