import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths } from "../../clock.ts";
import type { TestClient } from "../../test/app.ts";
import { buildTestApp, type TestApp } from "../../test/app.ts";
import { addMember, createOrg } from "../../test/factories.ts";
import { reviewOpensOn } from "../tours/tours.lifecycle.ts";
import { dayFrom, insertTour } from "./checkins.test-helpers.ts";

type Person = TestClient & { userId: string; email: string };
const DAY = 24 * 60 * 60 * 1000;
let t: TestApp;
let owner: Person;
let sponsor: Person;
let ann: Person;
let ben: Person;
let cai: Person;
let slug: string;
const tours = {} as Record<"overdue" | "upcoming" | "ending" | "elsewhere" | "draft" | "sponsorsOwn", string>;
const ids = (list: { id: string }[]) => list.map((x) => x.id);

beforeAll(async () => {
  t = await buildTestApp();
  [owner, sponsor, ann, ben, cai] = await Promise.all([
    t.signUp("Olive Owner"),
    t.signUp("Sam Sponsor"),
    t.signUp("Ann Able"),
    t.signUp("Ben Bold"),
    t.signUp("Cai Calm"),
  ]);
  slug = await createOrg(owner, "Acme Partners");
  for (const who of [sponsor, ann, ben, cai]) await addMember(t, owner, slug, who, "manager");
  // Sam also sponsored Cai at a company Sam has since been removed from.
  const elsewhere = await createOrg(owner, "Old Shop");
  for (const who of [sponsor, cai]) await addMember(t, owner, elsewhere, who);
  await owner.delete(`/api/v1/orgs/${elsewhere}/members/${sponsor.userId}`);

  const sponsored = { slug, sponsorId: sponsor.userId };
  tours.overdue = await insertTour(t, {
    ...sponsored,
    personId: ann.userId,
    terms: { startDate: dayFrom(t, -40), checkInCadenceMonths: 1, title: "Overdue tour" },
  });
  tours.upcoming = await insertTour(t, {
    ...sponsored,
    personId: ben.userId,
    terms: { startDate: dayFrom(t, -10), checkInCadenceMonths: 1, title: "Upcoming tour" },
  });
  // Stored as active, but its review window opened months ago: time has taken it to in_review.
  tours.ending = await insertTour(t, {
    ...sponsored,
    personId: cai.userId,
    terms: { startDate: dayFrom(t, -600), plannedEndDate: dayFrom(t, 100), title: "Ending tour" },
  });
  tours.elsewhere = await insertTour(t, { slug: elsewhere, personId: cai.userId, sponsorId: sponsor.userId });
  tours.draft = await insertTour(t, { ...sponsored, personId: ann.userId, status: "draft" });
  tours.sponsorsOwn = await insertTour(t, { slug, personId: sponsor.userId, sponsorId: owner.userId });
});
afterAll(() => t.close());

describe("My alliance", () => {
  it("shows a sponsor their people where they are still a member, and their own tours", async () => {
    const res = await sponsor.get("/api/v1/me/alliance");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(ids(body.asSponsor).sort()).toEqual(
      [tours.overdue, tours.upcoming, tours.ending, tours.draft].sort(),
    );
    expect(ids(body.asPerson)).toEqual([tours.sponsorsOwn]);
    expect(ids(body.overdue)).toEqual([tours.ending, tours.overdue]);
    expect(ids(body.upcoming)).toEqual([tours.upcoming]);
    expect(ids(body.endingWithinSixMonths)).toEqual([tours.ending]);
    expect(ids(body.inReview)).toEqual([tours.ending]);
  });

  it("describes each tour with its effective status, dates and next check-in", async () => {
    const body = (await sponsor.get("/api/v1/me/alliance")).json();
    const start = dayFrom(t, -10);
    expect(body.upcoming[0]).toEqual({
      id: tours.upcoming,
      title: "Upcoming tour",
      type: "transformational",
      org: { id: expect.any(String), slug, name: "Acme Partners" },
      person: { id: ben.userId, displayName: "Ben Bold" },
      sponsor: { id: sponsor.userId, displayName: "Sam Sponsor" },
      myPart: "sponsor",
      status: "active",
      startDate: start,
      plannedEndDate: dayFrom(t, 700),
      reviewOpensOn: reviewOpensOn({ startDate: start, plannedEndDate: dayFrom(t, 700) }),
      nextCheckInDue: addMonths(start, 1),
      overdue: false,
    });
    expect(body.inReview[0]).toMatchObject({ status: "in_review", overdue: true });
    expect(body.asSponsor.find((x: { id: string }) => x.id === tours.draft)).toMatchObject({
      status: "draft",
      nextCheckInDue: null,
      overdue: false,
    });
  });

  it("shows a person their own tours, drafts included, and nothing they do not take part in", async () => {
    const body = (await ann.get("/api/v1/me/alliance")).json();
    expect(ids(body.asPerson).sort()).toEqual([tours.overdue, tours.draft].sort());
    expect(body.asSponsor).toEqual([]);
    expect(ids(body.overdue)).toEqual([tours.overdue]);
    expect(body.overdue[0].myPart).toBe("person");
    expect(body.endingWithinSixMonths).toEqual([]);
    expect((await t.anonymous().get("/api/v1/me/alliance")).statusCode).toBe(401);
  });

  it("clears an overdue tour with a check-in, and flags a due one once its day has passed", async () => {
    const held = await ann.post(`/api/v1/tours/${tours.overdue}/check-ins`, { heldOn: dayFrom(t) });
    expect(held.statusCode).toBe(201);
    const after = (await sponsor.get("/api/v1/me/alliance")).json();
    expect(ids(after.overdue)).toEqual([tours.ending]);
    expect(after.asSponsor.find((x: { id: string }) => x.id === tours.overdue).nextCheckInDue).toBe(
      addMonths(dayFrom(t), 1),
    );

    t.advanceClock(25 * DAY);
    const later = (await sponsor.get("/api/v1/me/alliance")).json();
    expect(ids(later.overdue)).toContain(tours.upcoming);
    expect(ids(later.upcoming)).not.toContain(tours.upcoming);
    const schedule = (await ben.get(`/api/v1/tours/${tours.upcoming}/check-ins`)).json().schedule;
    expect(schedule).toMatchObject({ overdue: true });
  });
});
