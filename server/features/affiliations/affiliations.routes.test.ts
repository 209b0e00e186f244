import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test/app.ts";
import { addMember } from "../../test/factories.ts";
import {
  agreeTour,
  castForTours,
  draftTour,
  type Person,
  type TourCast,
  today,
} from "../tours/tours.test-helpers.ts";

let t: TestApp;
let c: TourCast;
const DAY = 24 * 60 * 60 * 1000;
const REASON_CANARY = "relocation";

async function withClock<T>(days: number, fn: () => Promise<T>): Promise<T> {
  t.advanceClock(days * DAY);
  try {
    return await fn();
  } finally {
    t.advanceClock(-days * DAY);
  }
}

async function newMember(name: string): Promise<Person> {
  const p = await t.signUp(name);
  await addMember(t, c.owner, c.slug, p);
  return p;
}

beforeAll(async () => {
  t = await buildTestApp();
  c = await castForTours(t);
});
afterAll(() => t.close());

describe("a departure recorded by a manager", () => {
  it("keeps access through the last day and opens the alumni area the day after", async () => {
    const leaver = await newMember("Lena Leaver");
    const tour = await agreeTour({ ...c, person: leaver }, await draftTour(c, { personId: leaver.userId }));
    await leaver.post(`/api/v1/tours/${tour.id}/check-ins`, { heldOn: today(), progress: "Half way" });
    const lastDay = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
    const res = await c.manager.post(`/api/v1/orgs/${c.slug}/departures`, {
      userId: leaver.userId,
      lastDay,
      reasonCategory: REASON_CANARY,
      goodStanding: true,
    });
    expect(res.statusCode).toBe(201);

    await withClock(2, async () => {
      expect((await leaver.get(`/api/v1/orgs/${c.slug}/members`)).statusCode).toBe(200);
    });
    await withClock(3, async () => {
      expect((await leaver.get(`/api/v1/orgs/${c.slug}/members`)).statusCode).toBe(403);
      expect(
        (await leaver.get(`/api/v1/orgs/${c.slug}/tours`)).json().items.map((i: { id: string }) => i.id),
      ).toEqual([tour.id]);
      expect((await leaver.get(`/api/v1/tours/${tour.id}`)).json().can).toMatchObject({
        sign: false,
        amend: false,
        checkIn: false,
      });
      const area = (await leaver.get(`/api/v1/orgs/${c.slug}/alumni-area`)).json();
      expect(area.me).toMatchObject({ standing: "alumnus", alumniTier: "alumni", lastDay });
      expect(area.alumni.map((a: { userId: string }) => a.userId)).toContain(leaver.userId);
      expect((await leaver.get(`/api/v1/orgs/${c.slug}`)).json()).toMatchObject({
        myRole: null,
        myStanding: "alumnus",
      });
      const timeline = (await leaver.get("/api/v1/me/timeline")).json().items[0];
      expect(timeline.standing).toBe("alumnus");
      expect(timeline.affiliations.map((a: { stage: string }) => a.stage)).toEqual(["employee", "alumni"]);
      expect(timeline.tours[0]).toMatchObject({ id: tour.id });
      expect(JSON.stringify(timeline)).not.toContain(REASON_CANARY);
    });
  });

  it("shows the reason to the organization only", async () => {
    const list = (await c.owner.get(`/api/v1/orgs/${c.slug}/departures`)).json();
    expect(list.items.some((d: { reasonCategory: string }) => d.reasonCategory === REASON_CANARY)).toBe(true);
    for (const who of [c.person, c.colleague, c.outsider]) {
      const res = await who.get(`/api/v1/orgs/${c.slug}/departures`);
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain(REASON_CANARY);
    }
  });

  it("refuses a second departure and departures recorded by members", async () => {
    const p = await newMember("Dana Double");
    const body = { userId: p.userId, lastDay: today(), goodStanding: true };
    expect((await c.colleague.post(`/api/v1/orgs/${c.slug}/departures`, body)).statusCode).toBe(403);
    expect((await c.manager.post(`/api/v1/orgs/${c.slug}/departures`, body)).statusCode).toBe(201);
    const again = await c.manager.post(`/api/v1/orgs/${c.slug}/departures`, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("DEPARTURE_EXISTS");
  });

  it("keeps someone who left without good standing out of the alumni network", async () => {
    const p = await newMember("Nora Notgood");
    await c.manager.post(`/api/v1/orgs/${c.slug}/departures`, {
      userId: p.userId,
      lastDay: today(),
      goodStanding: false,
    });
    await withClock(1, async () => {
      expect((await p.get(`/api/v1/orgs/${c.slug}/alumni-area`)).statusCode).toBe(403);
      expect((await c.owner.get(`/api/v1/orgs/${c.slug}/alumni?q=nora`)).json().items).toEqual([]);
    });
  });
});

describe("'I left', confirmed by the organization", () => {
  it("waits for confirmation, then admits the person to the alumni network", async () => {
    const p = await newMember("Ivan Ileft");
    const own = await p.post(`/api/v1/orgs/${c.slug}/departures/mine`, { lastDay: today() });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ selfReported: true, goodStanding: null });
    await withClock(1, async () => {
      expect((await p.get(`/api/v1/orgs/${c.slug}/alumni-area`)).statusCode).toBe(403);
      const pending = (await c.owner.get(`/api/v1/orgs/${c.slug}/departures?pending=true`)).json().items;
      expect(pending.map((d: { userId: string }) => d.userId)).toContain(p.userId);
      expect(
        (
          await c.manager.post(`/api/v1/orgs/${c.slug}/departures/${own.json().id}/confirm`, {
            goodStanding: true,
          })
        ).statusCode,
      ).toBe(403);
      const confirmed = await c.owner.post(`/api/v1/orgs/${c.slug}/departures/${own.json().id}/confirm`, {
        goodStanding: true,
      });
      expect(confirmed.json().goodStanding).toBe(true);
      expect((await p.get(`/api/v1/orgs/${c.slug}/alumni-area`)).statusCode).toBe(200);
    });
  });
});

describe("alumni management", () => {
  it("lists, filters, changes tier and removes with a reason", async () => {
    const a = await newMember("Ada Alumna");
    await c.manager.post(`/api/v1/orgs/${c.slug}/departures`, {
      userId: a.userId,
      lastDay: today(),
      goodStanding: true,
    });
    await withClock(1, async () => {
      expect((await c.manager.get(`/api/v1/orgs/${c.slug}/alumni`)).statusCode).toBe(403);
      expect(
        (await c.owner.patch(`/api/v1/orgs/${c.slug}/alumni/${a.userId}`, { tier: "distinguished" }))
          .statusCode,
      ).toBe(204);
      const distinguished = (await c.owner.get(`/api/v1/orgs/${c.slug}/alumni?tier=distinguished`)).json()
        .items;
      expect(distinguished.map((x: { userId: string }) => x.userId)).toEqual([a.userId]);
      const removed = await c.owner.post(`/api/v1/orgs/${c.slug}/alumni/${a.userId}/remove`, {
        reason: "Breached confidentiality",
      });
      expect(removed.statusCode).toBe(204);
      expect((await a.get(`/api/v1/orgs/${c.slug}/alumni-area`)).statusCode).toBe(403);
      const timeline = (await a.get("/api/v1/me/timeline")).json().items[0];
      expect(timeline.affiliations.map((x: { stage: string }) => x.stage)).toEqual(["employee", "alumni"]);
      expect(timeline.affiliations[1].endedOn).not.toBeNull();
      const notAlumnus = await c.owner.patch(`/api/v1/orgs/${c.slug}/alumni/${c.person.userId}`, {
        tier: "alumni",
      });
      expect(notAlumnus.json().error.code).toBe("NOT_IN_ALUMNI_NETWORK");
    });
  });
});

describe("boomerangs", () => {
  it("get a new employee stage on rehire, keep their history and are marked", async () => {
    const b = await newMember("Bo Boomerang");
    await c.manager.post(`/api/v1/orgs/${c.slug}/departures`, {
      userId: b.userId,
      lastDay: today(),
      goodStanding: true,
    });
    await withClock(1, async () => {
      await addMember(t, c.owner, c.slug, b);
      const entry = (await b.get("/api/v1/me/timeline")).json().items[0];
      expect(entry).toMatchObject({ standing: "member", boomerang: true });
      expect(
        entry.affiliations.map((x: { stage: string; boomerang: boolean }) => [x.stage, x.boomerang]),
      ).toEqual([
        ["employee", false],
        ["alumni", false],
        ["employee", true],
      ]);
      expect(entry.affiliations[1].endedOn).not.toBeNull();
      const history = (await c.manager.get(`/api/v1/orgs/${c.slug}/people/${b.userId}/history`)).json();
      expect(history.boomerang).toBe(true);
      expect(history.departures).toHaveLength(1);
    });
  });

  it("history of a person is for managers and admins only", async () => {
    expect(
      (await c.colleague.get(`/api/v1/orgs/${c.slug}/people/${c.person.userId}/history`)).statusCode,
    ).toBe(403);
    expect(
      (await c.outsider.get(`/api/v1/orgs/${c.slug}/people/${c.person.userId}/history`)).statusCode,
    ).toBe(403);
  });
});

describe("extra stages", () => {
  it("admins add contractor, advisor and partner stages", async () => {
    const res = await c.owner.post(`/api/v1/orgs/${c.slug}/affiliations`, {
      userId: c.colleague.userId,
      stage: "advisor",
      startedOn: today(),
    });
    expect(res.statusCode).toBe(201);
    const bad = await c.owner.post(`/api/v1/orgs/${c.slug}/affiliations`, {
      userId: c.colleague.userId,
      stage: "employee",
      startedOn: today(),
    });
    expect(bad.statusCode).toBe(400);
    const byManager = await c.manager.post(`/api/v1/orgs/${c.slug}/affiliations`, {
      userId: c.colleague.userId,
      stage: "partner",
      startedOn: today(),
    });
    expect(byManager.statusCode).toBe(403);
  });
});
