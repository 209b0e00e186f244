import { createHash, randomUUID } from "node:crypto";
import SwaggerParser from "@apidevtools/swagger-parser";
import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths } from "../../clock.ts";
import { BASE_URL, buildTestApp, type TestApp, type TestClient } from "../../test/app.ts";
import { addMember, createOrg } from "../../test/factories.ts";
import { dayFrom, insertTour } from "../checkins/checkins.test-helpers.ts";
import { reviewOpensOn } from "../tours/tours.lifecycle.ts";
import { tours } from "../tours/tours.tables.ts";
import { calendarFeeds } from "./calendar.tables.ts";

type Person = TestClient & { userId: string; email: string };
let t: TestApp;
let owner: Person;
let sponsor: Person;
let person: Person;
let slug: string;
let running: string;
let agreed: string;
let endedEarly: string;
let draft: string;
const SECRET = `canary-${randomUUID()}`;
const FEED = "/api/v1/me/calendar-feed";

const pathOf = (url: string) => url.slice(BASE_URL.length);
const newFeed = async (who: Person) => {
  const res = await who.post(FEED);
  expect(res.statusCode).toBe(201);
  return pathOf(res.json().url);
};
const events = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).toBe("vcalendar");
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
};
const byUid = (list: ICAL.Event[]) =>
  Object.fromEntries(list.map((e) => [e.uid, { on: e.startDate.toString(), summary: e.summary }]));

beforeAll(async () => {
  t = await buildTestApp();
  [owner, sponsor, person] = await Promise.all([
    t.signUp("Olive Owner"),
    t.signUp("Sam Sponsor"),
    t.signUp("Pia Person"),
  ]);
  slug = await createOrg(owner, "Acme Partners");
  await addMember(t, owner, slug, sponsor, "manager");
  await addMember(t, owner, slug, person);
  const base = { slug, personId: person.userId, sponsorId: sponsor.userId };
  running = await insertTour(t, base);
  agreed = await insertTour(t, {
    ...base,
    status: "agreed",
    terms: { title: "Next chapter", startDate: dayFrom(t, 20), plannedEndDate: dayFrom(t, 400) },
  });
  endedEarly = await insertTour(t, { ...base, status: "ended_early" });
  await t.database.db
    .update(tours)
    .set({ endedEarlyReason: SECRET, outcomeNote: SECRET })
    .where(eq(tours.id, endedEarly));
  draft = await insertTour(t, { ...base, status: "draft" });
  const checkIn = await person.post(`/api/v1/tours/${running}/check-ins`, {
    heldOn: dayFrom(t),
    sharedNotes: "fine",
    privateNote: SECRET,
  });
  expect(checkIn.statusCode).toBe(201);
});
afterAll(() => t.close());

describe("calendar feed", () => {
  it("serves the owner's agreed and running tours as all-day events with stable UIDs", async () => {
    const path = await newFeed(sponsor);
    expect(path).toMatch(/^\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const res = await t.anonymous().get(path);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(res.headers["cache-control"]).toBe("private, no-store");

    const start = dayFrom(t, -30);
    const end = dayFrom(t, 700);
    const list = events(res.body);
    expect(list.every((e) => e.startDate.isDate)).toBe(true);
    expect(list.every((e) => e.endDate.toString() === addDays(e.startDate.toString(), 1))).toBe(true);
    expect(byUid(list)).toEqual({
      [`check-in-${running}@alliance`]: {
        on: addMonths(dayFrom(t), 3),
        summary: "Check-in due: Launch the partner programme (Pia Person)",
      },
      [`start-${running}@alliance`]: {
        on: start,
        summary: "Tour starts: Launch the partner programme (Pia Person)",
      },
      [`end-${running}@alliance`]: {
        on: end,
        summary: "Tour ends: Launch the partner programme (Pia Person)",
      },
      [`review-${running}@alliance`]: {
        on: reviewOpensOn({ startDate: start, plannedEndDate: end }),
        summary: "Tour review opens: Launch the partner programme (Pia Person)",
      },
      [`start-${agreed}@alliance`]: { on: dayFrom(t, 20), summary: "Tour starts: Next chapter (Pia Person)" },
      [`end-${agreed}@alliance`]: { on: dayFrom(t, 400), summary: "Tour ends: Next chapter (Pia Person)" },
      [`review-${agreed}@alliance`]: {
        on: reviewOpensOn({ startDate: dayFrom(t, 20), plannedEndDate: dayFrom(t, 400) }),
        summary: "Tour review opens: Next chapter (Pia Person)",
      },
    });
    expect(res.body).not.toContain(endedEarly);
    expect(res.body).not.toContain(draft);
  });

  it("gives the person the same events under the same UIDs, titled for them", async () => {
    const list = events((await t.anonymous().get(await newFeed(person))).body);
    expect(list.map((e) => e.uid).sort()).toEqual(
      ["check-in", "start", "end", "review"]
        .map((k) => `${k}-${running}@alliance`)
        .concat(["start", "end", "review"].map((k) => `${k}-${agreed}@alliance`))
        .sort(),
    );
    expect(list.find((e) => e.uid === `start-${running}@alliance`)?.summary).toBe(
      "Tour starts: Launch the partner programme",
    );
  });

  it("never carries private notes or departure reasons, not even the owner's own", async () => {
    for (const who of [person, sponsor]) {
      const body = (await t.anonymous().get(await newFeed(who))).body;
      expect(body).not.toContain(SECRET);
    }
  });

  it("stores only a hash of the token and never shows it again", async () => {
    const path = await newFeed(person);
    const token = path.slice("/api/v1/calendar/".length, -".ics".length);
    const rows = await t.database.db
      .select()
      .from(calendarFeeds)
      .where(eq(calendarFeeds.userId, person.userId));
    expect(rows.filter((r) => r.revokedAt === null)).toMatchObject([
      { tokenHash: createHash("sha256").update(token).digest("hex") },
    ]);
    expect(JSON.stringify(rows)).not.toContain(token);
    const status = await person.get(FEED);
    expect(status.json()).toEqual({ active: true, createdAt: expect.any(String) });
    expect(status.body).not.toContain(token);
  });

  it("replaces the old URL with a new one, and revoking ends it", async () => {
    const old = await newFeed(person);
    const current = await newFeed(person);
    const gone = await t.anonymous().get(old);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe("FEED_NOT_FOUND");
    expect((await t.anonymous().get(current)).statusCode).toBe(200);

    expect((await person.delete(FEED)).statusCode).toBe(204);
    expect((await t.anonymous().get(current)).statusCode).toBe(404);
    expect((await person.get(FEED)).json()).toEqual({ active: false, createdAt: null });
    expect((await person.delete(FEED)).statusCode).toBe(204);
  });

  it("answers unknown tokens with 404 and feed management without a session with 401", async () => {
    const unknown = await t.anonymous().get("/api/v1/calendar/not-a-real-token.ics");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("FEED_NOT_FOUND");
    for (const method of ["GET", "POST", "DELETE"] as const) {
      expect((await t.anonymous().request(method, FEED)).statusCode).toBe(401);
    }
  });

  it("drops a sponsor's people from their feed once they are removed from the organization", async () => {
    const path = await newFeed(sponsor);
    await owner.delete(`/api/v1/orgs/${slug}/members/${sponsor.userId}`);
    const res = await t.anonymous().get(path);
    expect(res.statusCode).toBe(200);
    expect(events(res.body)).toEqual([]);
  });
});

describe("the API document", () => {
  it("stays valid OpenAPI with the check-in and calendar routes in it", async () => {
    const doc = (await t.anonymous().get("/api/openapi.json")).json();
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeTruthy();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/tours/{id}/check-ins",
        "/api/v1/tours/{id}/check-ins/{checkInId}/private-note",
        "/api/v1/me/alliance",
        "/api/v1/me/calendar-feed",
      ]),
    );
    const feed = Object.entries(doc.paths).find(([path]) => path.startsWith("/api/v1/calendar/"));
    expect(feed?.[1]).toMatchObject({ get: { responses: { 200: { content: { "text/calendar": {} } } } } });
  });
});
