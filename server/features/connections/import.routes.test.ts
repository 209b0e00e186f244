import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, PASSWORD, type TestApp, type TestClient } from "../../test/app.ts";
import { befriend, LINKEDIN_EXPORT, linkedInExport } from "./connections.test-helpers.ts";

type Person = TestClient & { userId: string; email: string };
let t: TestApp;
let me: Person;
let grace: Person;
let ada: Person;
let friend: Person;
let asked: Person;
let blocker: Person;
let private_: Person;

const IMPORT = "/api/v1/connections/import";
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  t = await buildTestApp();
  [me, grace, ada, friend, asked, blocker, private_] = await Promise.all([
    t.signUp("Imo Importer"),
    t.signUp("Grace Hopper", "grace.hopper@example.test"),
    t.signUp("Ada Lovelace", "ada@example.test"),
    t.signUp("Fred Friend", "fred@example.test"),
    t.signUp("Abe Asked", "abe@example.test"),
    t.signUp("Bea Blocker", "bea@example.test"),
    t.signUp("Pia Private", "pia@example.test"),
  ]);
  // An account whose address was never confirmed is not matched.
  const unverified = await t.anonymous().post("/api/v1/auth/sign-up", {
    name: "Una Unverified",
    email: "una@example.test",
    password: PASSWORD,
  });
  expect(unverified.statusCode).toBe(202);
  await grace.patch("/api/v1/people/me", { headline: "Rear Admiral, retired" });
  await private_.patch("/api/v1/people/me", {
    headline: "Secret agent",
    visibility: { headline: "only_me" },
  });
  await befriend(me, friend);
  expect((await me.post("/api/v1/connections/requests", { toUserId: asked.userId })).statusCode).toBe(201);
  expect((await blocker.put(`/api/v1/blocks/${me.userId}`)).statusCode).toBe(204);
});
afterAll(() => t.close());

describe("LinkedIn import", () => {
  it("reads LinkedIn's export and matches verified accounts by email, whatever the case", async () => {
    const res = await me.post(IMPORT, { csv: LINKEDIN_EXPORT });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      rows: 3,
      withEmail: 2,
      matches: [
        {
          userId: ada.userId,
          displayName: "Ada Lovelace",
          headline: "",
          company: "Analytical Engines",
          position: "Programmer,\r\nfirst of her kind",
          status: "can_request",
        },
        {
          userId: grace.userId,
          displayName: "Grace Hopper",
          headline: "Rear Admiral, retired",
          company: "Navy, US",
          position: "Rear Admiral",
          status: "can_request",
        },
      ],
      unmatched: 0,
    });
  });

  it("says who is connected or asked, hides what people hide, and never matches blocks, me or the unverified", async () => {
    const csv = linkedInExport([
      ["Fred", "Friend", "FRED@example.test", "Fred & Co", "Founder"],
      ["Abe", "Asked", "abe@example.test", "Abe, Ltd", 'The "Boss"'],
      ["Bea", "Blocker", "bea@example.test", "Hidden", "Hidden"],
      ["Pia", "Private", "pia@example.test", "Spies", "Agent"],
      ["Una", "Unverified", "una@example.test", "Nowhere", "None"],
      ["Imo", "Importer", me.email, "Me", "Me"],
      ["No", "Email", "", "Somewhere", "Someone"],
      ["Not", "Here", "nobody@example.test", "Elsewhere", "Anyone"],
    ]);
    const res = await me.post(IMPORT, { csv });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ rows: 8, withEmail: 7, unmatched: 4 });
    expect(body.matches).toEqual([
      {
        userId: asked.userId,
        displayName: "Abe Asked",
        headline: "",
        company: "Abe, Ltd",
        position: 'The "Boss"',
        status: "requested",
      },
      {
        userId: friend.userId,
        displayName: "Fred Friend",
        headline: "",
        company: "Fred & Co",
        position: "Founder",
        status: "connected",
      },
      {
        userId: private_.userId,
        displayName: "Pia Private",
        company: "Spies",
        position: "Agent",
        status: "can_request",
      },
    ]);
    expect(res.body).not.toContain("Secret agent");
    expect(res.body).not.toContain(blocker.userId);
    expect(res.body).not.toContain("@example.test");
  });

  it("sends nothing: the caller asks the matches with a bulk request", async () => {
    expect((await grace.get("/api/v1/connections/requests")).json().items).toEqual([]);
    const bulk = await me.post("/api/v1/connections/requests/bulk", {
      toUserIds: [grace.userId, ada.userId, blocker.userId],
    });
    expect(bulk.json().results).toEqual([
      { userId: grace.userId, outcome: "sent" },
      { userId: ada.userId, outcome: "sent" },
      { userId: blocker.userId, outcome: "skipped", reason: "unavailable" },
    ]);
    const incoming = (await grace.get("/api/v1/connections/requests")).json().items;
    expect(incoming).toMatchObject([{ person: { id: me.userId }, source: "import" }]);
  });

  it("refuses a file that is not a LinkedIn export, too big, or not a string", async () => {
    const notLinkedIn = await me.post(IMPORT, { csv: "Name,Mail\nBob,bob@example.test" });
    expect(notLinkedIn.statusCode).toBe(400);
    expect(notLinkedIn.json().error.details.fieldErrors.csv).toHaveLength(1);
    for (const body of [{}, { csv: "" }, { csv: 42 }, { csv: "x".repeat(2 * 1024 * 1024 + 1) }]) {
      const res = await me.post(IMPORT, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    }
    const huge = await me.post(IMPORT, { csv: "x".repeat(5 * 1024 * 1024) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe("PAYLOAD_TOO_LARGE");
    expect((await t.anonymous().post(IMPORT, { csv: LINKEDIN_EXPORT })).statusCode).toBe(401);
  });

  it("allows five imports a day per person, then answers 429 with Retry-After", async () => {
    const limited = await t.signUp("Lim Ited");
    const other = await t.signUp("Oth Er");
    for (let i = 0; i < 5; i++)
      expect((await limited.post(IMPORT, { csv: LINKEDIN_EXPORT })).statusCode).toBe(200);
    const refused = await limited.post(IMPORT, { csv: LINKEDIN_EXPORT });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error).toMatchObject({
      code: "RATE_LIMITED",
      details: { retryAfterSeconds: expect.any(Number) },
    });
    const retryAfter = Number(refused.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(23 * 3600);
    expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
    expect((await other.post(IMPORT, { csv: LINKEDIN_EXPORT })).statusCode).toBe(200);
    t.advanceClock(24 * HOUR);
    try {
      expect((await limited.post(IMPORT, { csv: LINKEDIN_EXPORT })).statusCode).toBe(200);
    } finally {
      t.advanceClock(-24 * HOUR);
    }
  });
});
