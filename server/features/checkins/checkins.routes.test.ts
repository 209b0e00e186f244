import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths } from "../../clock.ts";
import type { TestClient } from "../../test/app.ts";
import { buildTestApp, type TestApp } from "../../test/app.ts";
import { addMember, createOrg, makeAlumnus } from "../../test/factories.ts";
import { checkInPrivateNotes } from "./checkins.tables.ts";
import { dayFrom, insertTour } from "./checkins.test-helpers.ts";

type Person = TestClient & { userId: string; email: string };
let t: TestApp;
let owner: Person;
let admin: Person;
let sponsor: Person;
let manager: Person;
let person: Person;
let colleague: Person;
let alumnus: Person;
let removed: Person;
let outsider: Person;
let slug: string;
let tourId: string;

// Unique strings that must only ever reach their author.
const PERSON_SECRET = `person-canary-${randomUUID()}`;
const SPONSOR_SECRET = `sponsor-canary-${randomUUID()}`;
const ADMIN_SECRET = `admin-canary-${randomUUID()}`;

const url = (id = tourId) => `/api/v1/tours/${id}/check-ins`;
const entry = (extra: Record<string, unknown> = {}) => ({
  heldOn: dayFrom(t),
  progress: "Pilot partners signed",
  companyDelivered: "Intro to two distributors",
  personDelivered: "Partner playbook",
  blockers: "Legal review is slow",
  nextSteps: "Close the third partner",
  sharedNotes: "Good momentum",
  ...extra,
});

beforeAll(async () => {
  t = await buildTestApp();
  [owner, admin, sponsor, manager, person, colleague, alumnus, removed, outsider] = await Promise.all([
    t.signUp("Olive Owner"),
    t.signUp("Adam Admin"),
    t.signUp("Sam Sponsor"),
    t.signUp("Mona Manager"),
    t.signUp("Pia Person"),
    t.signUp("Cole Colleague"),
    t.signUp("Al Alumnus"),
    t.signUp("Rex Removed"),
    t.signUp("Otto Outsider"),
  ]);
  slug = await createOrg(owner, "Acme Partners");
  await addMember(t, owner, slug, admin, "admin");
  for (const [who, role] of [
    [sponsor, "manager"],
    [manager, "manager"],
    [person, "member"],
    [colleague, "member"],
    [alumnus, "member"],
    [removed, "admin"],
  ] as const) {
    await addMember(t, owner, slug, who, role);
  }
  await makeAlumnus(t, slug, alumnus.userId);
  await owner.delete(`/api/v1/orgs/${slug}/members/${removed.userId}`);
  await createOrg(outsider, "Elsewhere Inc");
  tourId = await insertTour(t, { slug, personId: person.userId, sponsorId: sponsor.userId });
});
afterAll(() => t.close());

describe("recording check-ins", () => {
  it("lets the person, the sponsor and an admin record one, keeping the private note for its author", async () => {
    const byPerson = await person.post(url(), entry({ privateNote: PERSON_SECRET }));
    expect(byPerson.statusCode).toBe(201);
    expect(byPerson.json()).toMatchObject({
      tourId,
      author: { id: person.userId, displayName: "Pia Person" },
      progress: "Pilot partners signed",
      privateNote: PERSON_SECRET,
      can: { edit: true },
    });
    expect((await sponsor.post(url(), entry({ heldOn: dayFrom(t, -1), privateNote: "" }))).statusCode).toBe(
      201,
    );
    const byAdmin = await admin.post(url(), entry({ heldOn: dayFrom(t, -2), privateNote: ADMIN_SECRET }));
    expect(byAdmin.statusCode).toBe(201);
    const stored = await t.database.db
      .select()
      .from(checkInPrivateNotes)
      .where(eq(checkInPrivateNotes.checkInId, byAdmin.json().id));
    expect(stored).toMatchObject([{ authorId: admin.userId, note: ADMIN_SECRET }]);
  });

  it("hides the tour from everyone else, and asks anonymous callers to sign in", async () => {
    for (const who of [colleague, manager, alumnus, removed, outsider]) {
      for (const res of [await who.get(url()), await who.post(url(), entry())]) {
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe("TOUR_NOT_FOUND");
      }
    }
    expect((await t.anonymous().get(url())).statusCode).toBe(401);
    expect((await t.anonymous().post(url(), entry())).statusCode).toBe(401);
  });

  it("refuses a day in the future with a field error", async () => {
    const res = await person.post(url(), entry({ heldOn: dayFrom(t, 1) }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fieldErrors: { heldOn: ["cannot be in the future"] } },
    });
    expect((await person.post(url(), entry({ heldOn: "yesterday" }))).statusCode).toBe(400);
  });

  it("records only while the tour is running, judged by the date rather than the stored status", async () => {
    const notStarted = await insertTour(t, {
      slug,
      personId: person.userId,
      sponsorId: sponsor.userId,
      status: "agreed",
      terms: { startDate: dayFrom(t, 10) },
    });
    const startedSinceAgreed = await insertTour(t, {
      slug,
      personId: person.userId,
      sponsorId: sponsor.userId,
      status: "agreed",
    });
    const completed = await insertTour(t, {
      slug,
      personId: person.userId,
      sponsorId: sponsor.userId,
      status: "completed",
    });
    for (const id of [notStarted, completed]) {
      const res = await person.post(url(id), entry());
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe("TOUR_INVALID_TRANSITION");
    }
    expect((await person.post(url(startedSinceAgreed), entry())).statusCode).toBe(201);
    const schedule = (await person.get(url(completed))).json().schedule;
    expect(schedule).toEqual({ cadenceMonths: 3, nextDueOn: null, overdue: false });
  });
});

describe("reading check-ins", () => {
  it("lists them newest first, page by page, with the schedule from the latest", async () => {
    const first = (await sponsor.get(`${url()}?limit=2`)).json();
    expect(first.items.map((c: { heldOn: string }) => c.heldOn)).toEqual([dayFrom(t), dayFrom(t, -1)]);
    expect(first.schedule).toEqual({
      cadenceMonths: 3,
      nextDueOn: addMonths(dayFrom(t), 3),
      overdue: false,
    });
    const second = (await sponsor.get(`${url()}?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((c: { heldOn: string }) => c.heldOn)).toEqual([dayFrom(t, -2)]);
    expect(second.nextCursor).toBeNull();
    expect((await sponsor.get(`${url()}?cursor=nonsense`)).statusCode).toBe(400);
  });

  it("shows each private note to its author only, in every endpoint", async () => {
    const [own] = (await person.get(url())).json().items;
    const kept = await sponsor.request("PUT", `${url()}/${own.id}/private-note`, { note: SPONSOR_SECRET });
    expect(kept.statusCode).toBe(200);
    expect(kept.json().privateNote).toBe(SPONSOR_SECRET);
    expect(kept.body).not.toContain(PERSON_SECRET);

    const notes = async (who: Person) =>
      (await who.get(url())).json().items.flatMap((c: { privateNote?: string }) => c.privateNote ?? []);
    expect(await notes(person)).toEqual([PERSON_SECRET]);
    expect(await notes(sponsor)).toEqual([SPONSOR_SECRET]);
    expect(await notes(admin)).toEqual([ADMIN_SECRET]);
    expect(await notes(owner)).toEqual([]);

    const bodies = await Promise.all(
      [owner, admin, sponsor, person].flatMap((who) => [who.get(url()), who.get("/api/v1/me/alliance")]),
    );
    const everything = bodies.map((r) => r.body).join("\n");
    const seenBy = (secret: string) =>
      [owner, admin, sponsor, person].filter((_, i) =>
        [bodies[2 * i]?.body, bodies[2 * i + 1]?.body].join().includes(secret),
      );
    expect(everything).toContain(PERSON_SECRET);
    expect(seenBy(PERSON_SECRET)).toEqual([person]);
    expect(seenBy(SPONSOR_SECRET)).toEqual([sponsor]);
    expect(seenBy(ADMIN_SECRET)).toEqual([admin]);
  });
});

describe("changing check-ins", () => {
  it("lets the author change shared fields and their own note, and nobody else", async () => {
    const [own] = (await person.get(url())).json().items;
    const changed = await person.patch(`${url()}/${own.id}`, {
      blockers: "",
      privateNote: "second thoughts",
    });
    expect(changed.body).not.toContain(SPONSOR_SECRET);
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      blockers: "",
      progress: own.progress,
      privateNote: "second thoughts",
    });
    expect(changed.body).not.toContain(SPONSOR_SECRET);
    for (const who of [sponsor, admin, owner]) {
      const res = await who.patch(`${url()}/${own.id}`, { progress: "rewritten" });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe("FORBIDDEN");
    }
    expect((await colleague.patch(`${url()}/${own.id}`, { progress: "x" })).statusCode).toBe(404);
    expect((await person.patch(`${url()}/${own.id}`, {})).statusCode).toBe(400);
    expect((await person.patch(`${url()}/${own.id}`, { heldOn: dayFrom(t, 3) })).statusCode).toBe(400);
    expect((await person.patch(`${url()}/${randomUUID()}`, { progress: "x" })).json().error.code).toBe(
      "CHECK_IN_NOT_FOUND",
    );
    // The sponsor's own note on it is untouched by the author's edit.
    const asSponsor = (await sponsor.get(url())).json().items.find((c: { id: string }) => c.id === own.id);
    expect(asSponsor).toMatchObject({ progress: own.progress, blockers: "", privateNote: SPONSOR_SECRET });
  });

  it("removes a private note when it is emptied", async () => {
    const [own] = (await person.get(url())).json().items;
    const res = await sponsor.request("PUT", `${url()}/${own.id}/private-note`, { note: "  " });
    expect(res.statusCode).toBe(200);
    expect(res.json()).not.toHaveProperty("privateNote");
  });
});

describe("after leaving", () => {
  it("lets the person keep reading their check-ins and notes, but not record or change them", async () => {
    const leaver = await t.signUp("Lou Leaver");
    await addMember(t, owner, slug, leaver);
    const id = await insertTour(t, { slug, personId: leaver.userId, sponsorId: sponsor.userId });
    const created = (await leaver.post(url(id), entry({ privateNote: "mine alone" }))).json();
    await makeAlumnus(t, slug, leaver.userId);

    const list = await leaver.get(url(id));
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toMatchObject([
      { id: created.id, privateNote: "mine alone", can: { edit: false } },
    ]);
    expect((await leaver.post(url(id), entry())).statusCode).toBe(403);
    expect((await leaver.patch(`${url(id)}/${created.id}`, { progress: "x" })).statusCode).toBe(403);
    const note = await leaver.request("PUT", `${url(id)}/${created.id}/private-note`, { note: "hindsight" });
    expect(note.statusCode).toBe(200);
    expect(note.json().privateNote).toBe("hindsight");
  });

  it("ends a removed sponsor's access to the tour", async () => {
    const former = await t.signUp("Fay Former");
    await addMember(t, owner, slug, former, "manager");
    const id = await insertTour(t, { slug, personId: colleague.userId, sponsorId: former.userId });
    expect((await former.post(url(id), entry())).statusCode).toBe(201);
    await owner.delete(`/api/v1/orgs/${slug}/members/${former.userId}`);
    expect((await former.get(url(id))).statusCode).toBe(404);
  });
});
