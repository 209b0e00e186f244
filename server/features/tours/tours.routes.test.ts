import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test/app.ts";
import { agreeTour, castForTours, draftTour, type TourCast, today } from "./tours.test-helpers.ts";

let t: TestApp;
let c: TourCast;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  t = await buildTestApp();
  c = await castForTours(t);
});
afterAll(() => t.close());

describe("drafting", () => {
  it("defaults the planned end from the type and makes the drafting manager the sponsor", async () => {
    const tour = await draftTour(c);
    expect(tour.status).toBe("draft");
    expect(tour.sponsor.id).toBe(c.manager.userId);
    expect(tour.terms.plannedEndDate.slice(0, 4)).toBe(String(Number(today().slice(0, 4)) + 3));
    const foundational = await draftTour(c, { type: "foundational" });
    expect(foundational.terms.plannedEndDate).toBeNull();
    expect(foundational.reviewOpensOn).toBeNull();
  });

  it("lets a member draft their own tour but not someone else's", async () => {
    const own = await c.person.post(`/api/v1/orgs/${c.slug}/tours`, {
      personId: c.person.userId,
      type: "rotational",
      title: "My rotation",
      startDate: today(),
      sponsorId: c.manager.userId,
    });
    expect(own.statusCode).toBe(201);
    const other = await c.colleague.post(`/api/v1/orgs/${c.slug}/tours`, {
      personId: c.person.userId,
      type: "rotational",
      title: "Not mine",
      startDate: today(),
    });
    expect(other.statusCode).toBe(403);
  });

  it("refuses a sponsor who is not a manager, and an end before the start", async () => {
    const res = await c.person.post(`/api/v1/orgs/${c.slug}/tours`, {
      personId: c.person.userId,
      type: "rotational",
      title: "Bad sponsor",
      startDate: today(),
      sponsorId: c.colleague.userId,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fieldErrors).toHaveProperty("sponsorId");
    const backwards = await c.manager.post(`/api/v1/orgs/${c.slug}/tours`, {
      personId: c.person.userId,
      type: "rotational",
      title: "Backwards",
      startDate: "2027-01-01",
      plannedEndDate: "2026-01-01",
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details.fieldErrors).toHaveProperty(["terms.plannedEndDate"]);
  });
});

describe("propose and sign", () => {
  it("freezes version 1 when both sides have signed, recording who and when", async () => {
    const draft = await draftTour(c);
    const proposed = (
      await c.manager.post(`/api/v1/tours/${draft.id}/propose`, { version: draft.version })
    ).json();
    expect(proposed.status).toBe("proposed");
    expect(proposed.pendingVersion).toBe(1);
    const personSigned = (
      await c.person.post(`/api/v1/tours/${draft.id}/sign`, { version: proposed.version })
    ).json();
    expect(personSigned.signatures.map((s: { side: string }) => s.side)).toEqual(["person"]);
    expect(personSigned.can.sign).toBe(false);
    const agreed = (
      await c.manager.post(`/api/v1/tours/${draft.id}/sign`, { version: personSigned.version })
    ).json();
    expect(agreed.status).toBe("active");
    expect(agreed.agreedVersion).toBe(1);
    expect(agreed.pendingVersion).toBeNull();
    const versions = (await c.person.get(`/api/v1/tours/${draft.id}/versions`)).json().items;
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, status: "agreed" });
    expect(versions[0].signatures.map((s: { signerName: string }) => s.signerName).sort()).toEqual([
      "Mark Manager",
      "Pia Person",
    ]);
  });

  it("notifies the other side at each step", async () => {
    const draft = await draftTour(c);
    await agreeTour(c, draft);
    const { notifications } = await import("../notifications/notifications.tables.ts");
    const rows = await t.database.db.select().from(notifications);
    const kinds = (userId: string) =>
      rows
        .filter((r) => r.userId === userId && r.link === `/tours/${draft.id}`)
        .map((r) => r.kind)
        .sort();
    expect(kinds(c.person.userId)).toEqual(["tour_agreed", "tour_proposed"]);
    expect(kinds(c.manager.userId)).toEqual(["signature_needed"]);
  });

  it("refuses a second signature from the same side, and signing with no proposal", async () => {
    const draft = await draftTour(c);
    const early = await c.person.post(`/api/v1/tours/${draft.id}/sign`, { version: draft.version });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe("TOUR_INVALID_TRANSITION");
    const proposed = (
      await c.person.post(`/api/v1/tours/${draft.id}/propose`, { version: draft.version })
    ).json();
    const once = (
      await c.person.post(`/api/v1/tours/${draft.id}/sign`, { version: proposed.version })
    ).json();
    const twice = await c.person.post(`/api/v1/tours/${draft.id}/sign`, { version: once.version });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe("TOUR_ALREADY_SIGNED");
  });

  it("clears signatures when a proposal is edited", async () => {
    const draft = await draftTour(c);
    const proposed = (
      await c.manager.post(`/api/v1/tours/${draft.id}/propose`, { version: draft.version })
    ).json();
    const signed = (
      await c.person.post(`/api/v1/tours/${draft.id}/sign`, { version: proposed.version })
    ).json();
    const edited = await c.manager.patch(`/api/v1/tours/${draft.id}`, {
      version: signed.version,
      terms: { title: "Changed" },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().signatures).toEqual([]);
    expect(edited.json().terms.title).toBe("Changed");
  });
});

describe("concurrency and invalid transitions", () => {
  it("refuses a stale version with 409 instead of overwriting", async () => {
    const draft = await draftTour(c);
    const first = await c.manager.patch(`/api/v1/tours/${draft.id}`, {
      version: draft.version,
      terms: { title: "First" },
    });
    expect(first.statusCode).toBe(200);
    const second = await c.person.patch(`/api/v1/tours/${draft.id}`, {
      version: draft.version,
      terms: { title: "Second" },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe("TOUR_STALE");
    expect((await c.person.get(`/api/v1/tours/${draft.id}`)).json().terms.title).toBe("First");
  });

  it("lets exactly one of two simultaneous edits win", async () => {
    const draft = await draftTour(c);
    const results = await Promise.all(
      ["A", "B"].map((title) =>
        c.manager.patch(`/api/v1/tours/${draft.id}`, { version: draft.version, terms: { title } }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it("answers commands the status does not allow with 409 TOUR_INVALID_TRANSITION", async () => {
    const draft = await draftTour(c);
    for (const [path, body] of [
      ["complete", { outcome: "new_role_here" }],
      ["end-early", { reason: "no" }],
      ["amendments", { terms: { title: "x" }, summary: "s" }],
      ["withdraw", {}],
    ] as const) {
      const res = await c.manager.post(`/api/v1/tours/${draft.id}/${path}`, {
        version: draft.version,
        ...body,
      });
      expect(res.statusCode, path).toBe(409);
      expect(res.json().error).toMatchObject({
        code: "TOUR_INVALID_TRANSITION",
        details: { status: "draft" },
      });
    }
    const agreed = await agreeTour(c, await draftTour(c));
    const edit = await c.manager.patch(`/api/v1/tours/${agreed.id}`, {
      version: agreed.version,
      terms: { title: "x" },
    });
    expect(edit.statusCode).toBe(409);
  });
});

describe("amendments", () => {
  it("are new frozen versions once both sign, with a diff", async () => {
    const agreed = await agreeTour(c, await draftTour(c));
    const amended = await c.person.post(`/api/v1/tours/${agreed.id}/amendments`, {
      version: agreed.version,
      summary: "Add mentoring",
      terms: { successMeasures: "Two new hires productive in a week" },
    });
    expect(amended.statusCode).toBe(200);
    expect(amended.json()).toMatchObject({ pendingVersion: 2, agreedVersion: 1 });
    expect(amended.json().terms.successMeasures).toBe(""); // the agreed text stays in force until signed
    const again = await c.manager.post(`/api/v1/tours/${agreed.id}/amendments`, {
      version: amended.json().version,
      summary: "Another",
      terms: { title: "x" },
    });
    expect(again.json().error.code).toBe("AMENDMENT_PENDING");
    const p = (
      await c.person.post(`/api/v1/tours/${agreed.id}/sign`, { version: amended.json().version })
    ).json();
    const done = (await c.manager.post(`/api/v1/tours/${agreed.id}/sign`, { version: p.version })).json();
    expect(done).toMatchObject({ agreedVersion: 2, pendingVersion: null });
    expect(done.terms.successMeasures).toBe("Two new hires productive in a week");
    const diff = (await c.person.get(`/api/v1/tours/${agreed.id}/versions/2/diff`)).json();
    expect(diff).toMatchObject({ from: 1, to: 2 });
    expect(diff.changes.map((ch: { field: string }) => ch.field)).toEqual(["successMeasures"]);
    expect(diff.changes[0].parts.some((p: { added: boolean }) => p.added)).toBe(true);
    const v1 = (await c.person.get(`/api/v1/tours/${agreed.id}/versions`)).json().items[0];
    expect(v1.terms.successMeasures).toBe("");
  });
});

describe("time, review and the end of a tour", () => {
  it("opens the review window on its day and records the outcome", async () => {
    const start = today();
    const agreed = await agreeTour(c, await draftTour(c, { type: "rotational", startDate: start }));
    expect(agreed.status).toBe("active");
    const daysToReview = (Date.parse(agreed.reviewOpensOn) - Date.parse(start)) / DAY;
    t.advanceClock(daysToReview * DAY);
    try {
      const inReview = (await c.person.get(`/api/v1/tours/${agreed.id}`)).json();
      expect(inReview.status).toBe("in_review");
      const list = (await c.owner.get(`/api/v1/orgs/${c.slug}/tours?status=in_review`)).json();
      expect(list.items.map((i: { id: string }) => i.id)).toContain(agreed.id);
      const byPerson = await c.person.post(`/api/v1/tours/${agreed.id}/complete`, {
        version: inReview.version,
        outcome: "next_tour",
      });
      expect(byPerson.statusCode).toBe(403);
      const done = await c.manager.post(`/api/v1/tours/${agreed.id}/complete`, {
        version: inReview.version,
        outcome: "next_tour",
      });
      expect(done.json()).toMatchObject({ status: "completed", outcome: "next_tour" });
      const next = (await c.person.get(`/api/v1/tours/${done.json().nextTourId}`)).json();
      expect(next).toMatchObject({ status: "draft", previousTourId: agreed.id });
      expect(next.terms.startDate > inReview.terms.plannedEndDate).toBe(true);
    } finally {
      t.advanceClock(-daysToReview * DAY);
    }
  });

  it("is ended early by either side with a reason", async () => {
    const agreed = await agreeTour(c, await draftTour(c));
    const ended = await c.person.post(`/api/v1/tours/${agreed.id}/end-early`, {
      version: agreed.version,
      reason: "Family move",
    });
    expect(ended.json()).toMatchObject({
      status: "ended_early",
      endedEarlyReason: "Family move",
      endedOn: today(),
    });
  });

  it("records a departure in good standing when the person leaves on good terms", async () => {
    const leaver = await t.signUp("Leo Leaver");
    const { addMember } = await import("../../test/factories.ts");
    await addMember(t, c.owner, c.slug, leaver);
    const tour = await agreeTour({ ...c, person: leaver }, await draftTour(c, { personId: leaver.userId }));
    const missing = await c.manager.post(`/api/v1/tours/${tour.id}/complete`, {
      version: tour.version,
      outcome: "leaving_on_good_terms",
    });
    expect(missing.statusCode).toBe(400);
    const done = await c.manager.post(`/api/v1/tours/${tour.id}/complete`, {
      version: tour.version,
      outcome: "leaving_on_good_terms",
      lastDay: today(),
    });
    expect(done.statusCode).toBe(200);
    // Still a member on the last day, an alumnus the day after.
    expect((await leaver.get(`/api/v1/orgs/${c.slug}/members`)).statusCode).toBe(200);
    t.advanceClock(DAY);
    try {
      expect((await leaver.get(`/api/v1/orgs/${c.slug}/members`)).statusCode).toBe(403);
      expect((await leaver.get(`/api/v1/tours/${tour.id}`)).statusCode).toBe(200);
    } finally {
      t.advanceClock(-DAY);
    }
  });
});

describe("who sees a tour", () => {
  it("hides it with 404 from colleagues, non-sponsor managers, other organizations and anonymous", async () => {
    const draft = await draftTour(c);
    for (const who of [c.colleague, c.outsider]) {
      const res = await who.get(`/api/v1/tours/${draft.id}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain("Rebuild onboarding");
    }
    expect((await t.anonymous().get(`/api/v1/tours/${draft.id}`)).statusCode).toBe(401);
    for (const who of [c.person, c.manager, c.owner])
      expect((await who.get(`/api/v1/tours/${draft.id}`)).statusCode).toBe(200);
  });

  it("lists all tours to admins and only their own to others", async () => {
    const all = (await c.owner.get(`/api/v1/orgs/${c.slug}/tours?limit=100`)).json().items;
    const mine = (await c.colleague.get(`/api/v1/orgs/${c.slug}/tours?limit=100`)).json().items;
    expect(all.length).toBeGreaterThan(3);
    expect(mine).toEqual([]);
    const outsider = (await c.outsider.get(`/api/v1/orgs/${c.slug}/tours`)).json().items;
    expect(outsider).toEqual([]);
  });
});
