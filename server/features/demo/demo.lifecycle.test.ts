import { describe, expect, it } from "vitest";
import { createCheckInBody } from "../../../shared/checkins/schemas.ts";
import { tourTerms } from "../../../shared/tours/schemas.ts";
import { addDays } from "../../clock.ts";
import { nextCheckIn } from "../checkins/checkin-schedule.ts";
import { advanceWithTime } from "../tours/tours.lifecycle.ts";
import type { DemoTour } from "./demo.generator.ts";
import { AS_OF, network, variants } from "./demo.test-variants.ts";

// The lifecycle part of the demo: stages, departures, tours, check-ins, notifications.
describe.each(variants)("lifecycle invariants (%s)", (_, net, asOf) => {
  const sameRow = (m: { personId: string; companySlug: string }) => (x: typeof m) =>
    x.personId === m.personId && x.companySlug === m.companySlug;
  const member = (personId: string, slug: string) =>
    net.memberships.find(sameRow({ personId, companySlug: slug }));
  const tours = new Map(net.tours.map((t) => [t.key, t]));
  const endOfAsOf = `${asOf}T23:59:59.999Z`;

  it("sponsors each tour by a current manager, admin or owner of its company, never the person", () => {
    for (const t of net.tours) {
      const sponsor = member(t.sponsorId, t.companySlug);
      expect(sponsor?.status, t.key).toBe("active");
      expect(sponsor?.role).not.toBe("member");
      expect(t.sponsorId).not.toBe(t.personId);
      expect(t.terms.sponsorId).toBe(t.sponsorId);
      const person = member(t.personId, t.companySlug);
      expect(person && t.terms.startDate >= person.startedOn, t.key).toBe(true);
      const company = net.companies.find((c) => c.slug === t.companySlug);
      const values = net.people.find((p) => p.id === t.personId)?.values ?? [];
      for (const v of t.terms.servesOrgValues) expect(company?.values).toContain(v);
      for (const v of t.terms.servesPersonValues) expect(values).toContain(v);
    }
  });

  it("stores statuses time agrees with, terms the API accepts, and nothing after asOf", () => {
    for (const t of net.tours) {
      expect(tourTerms.safeParse(t.terms).success, t.key).toBe(true);
      expect(advanceWithTime(t.status, t.terms, asOf), t.key).toBe(t.status);
      if (["agreed", "active", "in_review"].includes(t.status))
        expect(advanceWithTime("agreed", t.terms, asOf)).toBe(t.status);
      expect(t.createdAt <= t.updatedAt && t.updatedAt <= endOfAsOf, t.key).toBe(true);
      if (t.endedOn) expect(t.endedOn >= t.terms.startDate && t.endedOn < asOf).toBe(true);
      if (t.status === "completed") expect(t.outcome).not.toBeNull();
      if (t.status === "ended_early") expect([t.personId, t.sponsorId]).toContain(t.endedEarlyBy);
      if (t.previousTourKey) expect(tours.get(t.previousTourKey)?.outcome).toBe("next_tour");
    }
  });

  it("freezes every agreed version with both signatures; proposals wait; drafts have none", () => {
    for (const t of net.tours) {
      const versions = net.tourVersions.filter((v) => v.tourKey === t.key);
      const signatures = net.tourSignatures.filter((s) => s.tourKey === t.key);
      if (t.status === "draft") {
        expect([versions.length, signatures.length, t.agreedVersion]).toEqual([0, 0, 0]);
      } else if (t.status === "proposed") {
        expect(versions.map((v) => [v.version, v.status])).toEqual([[1, "pending"]]);
        expect(versions[0]?.terms).toEqual(t.terms);
        expect(signatures.length).toBeLessThanOrEqual(1);
        expect(t.agreedVersion).toBe(0);
      } else {
        expect(versions.map((v) => [v.version, v.status])).toEqual(
          Array.from({ length: t.agreedVersion }, (_, i) => [i + 1, "agreed"]),
        );
        expect(versions.at(-1)?.terms).toEqual(t.terms);
        expect(t.agreedAt).toBe(versions[0]?.agreedAt);
        for (const v of versions) {
          const signed = signatures.filter((s) => s.version === v.version).map((s) => [s.side, s.userId]);
          expect(signed.sort()).toEqual([
            ["company", t.sponsorId],
            ["person", t.personId],
          ]);
        }
      }
    }
  });

  it("holds check-ins only while their tour ran, never after asOf, written by its two parties", () => {
    for (const c of net.checkIns) {
      const t = tours.get(c.tourKey);
      expect(["active", "in_review", "completed", "ended_early"]).toContain(t?.status);
      expect(c.heldOn >= (t?.terms.startDate ?? "") && c.heldOn >= (t?.agreedAt ?? "").slice(0, 10)).toBe(
        true,
      );
      expect(c.heldOn < asOf && c.heldOn <= (t?.endedOn ?? asOf)).toBe(true);
      expect([t?.personId, t?.sponsorId]).toContain(c.authorId);
      const { key: _k, tourKey: _t, authorId: _a, createdAt: _c, ...body } = c;
      expect(createCheckInBody.safeParse(body).success).toBe(true);
    }
    for (const n of net.privateNotes) {
      expect(net.checkIns.find((c) => c.key === n.checkInKey)?.authorId).toBe(n.authorId);
    }
  });

  it("keeps each person's stages with a company in sequence: employee, alumni, employee again", () => {
    for (const m of net.memberships) {
      const stages = net.affiliations
        .filter(sameRow(m))
        .sort((a, b) => a.startedOn.localeCompare(b.startedOn));
      const expected = m.boomerang
        ? "employee,alumni,employee*"
        : m.status === "alumni"
          ? "employee,alumni"
          : "employee";
      expect(stages.map((a) => a.stage + (a.boomerang ? "*" : "")).join(), m.personId).toBe(expected);
      for (let k = 1; k < stages.length; k++) {
        expect(stages[k]?.startedOn).toBe(addDays(stages[k - 1]?.endedOn as string, 1));
      }
      const employee = stages.filter((a) => a.stage === "employee").at(-1);
      expect(employee?.startedOn).toBe(m.startedOn);
      expect(employee?.endedOn).toBe(m.endedOn);
      expect(stages.at(-1)?.endedOn ?? null).toBe(m.status === "former" ? m.endedOn : null);
      expect(m.alumniTier !== null).toBe(m.status === "alumni");
    }
    expect(net.affiliations.length).toBe(
      net.memberships.reduce((n, m) => n + (m.boomerang ? 3 : m.status === "alumni" ? 2 : 1), 0),
    );
  });

  it("records one departure per leaving, on the membership's last day (boomerangs: the first stint's)", () => {
    const recorders = (slug: string) =>
      net.memberships.filter(
        (m) => m.companySlug === slug && m.status === "active" && ["owner", "admin"].includes(m.role),
      );
    for (const m of net.memberships) {
      const rows = net.departures.filter(sameRow(m));
      if (m.status === "active" && !m.boomerang) expect(rows).toHaveLength(0);
      else expect(rows, m.personId).toHaveLength(1);
      const d = rows[0];
      if (!d) continue;
      const firstStint = net.affiliations.find((a) => sameRow(m)(a) && a.stage === "employee");
      expect(d.lastDay).toBe(m.boomerang ? firstStint?.endedOn : m.endedOn);
      expect(d.goodStanding === true).toBe(m.status !== "former");
      if (d.goodStanding === null)
        expect([d.selfReported, d.recordedBy, d.reasonCategory]).toEqual([true, m.personId, null]);
      const byCompany = d.selfReported ? d.confirmedBy : d.recordedBy;
      if (byCompany) expect(recorders(m.companySlug).map((r) => r.personId)).toContain(byCompany);
      expect(d.createdAt <= endOfAsOf).toBe(true);
    }
  });

  it("raises each notification once, to one of the tour's parties", () => {
    const keys = net.notifications.map((n) => `${n.kind}:${n.tourKey}:${n.keySuffix}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const n of net.notifications) {
      const t = tours.get(n.tourKey);
      expect([t?.personId, t?.sponsorId]).toContain(n.userId);
      expect(n.createdAt <= endOfAsOf).toBe(true);
    }
  });
});

describe("the default demo's story", () => {
  const login = network.people[0]?.id as string;
  const count = (status: string) => network.tours.filter((t) => t.status === status).length;

  it("has boomerangs, distinguished alumni, departures not in good standing and some still pending", () => {
    const boomerangs = network.memberships.filter((m) => m.boomerang);
    expect(boomerangs.length).toBeGreaterThanOrEqual(2);
    expect(boomerangs.length).toBeLessThanOrEqual(4);
    expect(network.memberships.some((m) => m.alumniTier === "distinguished")).toBe(true);
    expect(network.departures.filter((d) => d.goodStanding === false).length).toBeGreaterThan(0);
    expect(network.departures.filter((d) => d.goodStanding === null)).toHaveLength(2);
  });

  it("shows tours in every state, for most current members", () => {
    expect(count("active")).toBeGreaterThan(15);
    for (const status of ["draft", "proposed", "agreed", "in_review", "completed"])
      expect(count(status)).toBeGreaterThan(0);
    expect(count("ended_early")).toBe(1);
    expect(network.tours.filter((t) => t.agreedVersion === 2)).toHaveLength(1);
    expect(new Set(network.tours.map((t) => t.terms.type)).size).toBe(3);
    const current = network.memberships.filter((m) => m.status === "active");
    const withTour = current.filter((m) =>
      network.tours.some((t) => t.personId === m.personId && t.companySlug === m.companySlug),
    );
    expect(withTour.length / current.length).toBeGreaterThan(0.75);
  });

  it("gives the demo login both sides: her own running tour, several she sponsors, one to sign", () => {
    expect(network.tours.find((t) => t.personId === login)?.status).toBe("active");
    const sponsored = network.tours.filter((t) => t.sponsorId === login);
    expect(sponsored.length).toBeGreaterThanOrEqual(3);
    const waiting = sponsored.find((t) => t.status === "proposed");
    expect(network.tourSignatures.filter((s) => s.tourKey === waiting?.key).map((s) => s.side)).toEqual([
      "person",
    ]);
    expect(
      network.notifications.filter((n) => n.userId === login && !n.readAt).length,
    ).toBeGreaterThanOrEqual(2);
    expect(network.privateNotes.some((n) => n.authorId === login)).toBe(true);
  });

  it("has tours overdue for a check-in and tours checked in recently", () => {
    const lastHeld = (key: string) =>
      network.checkIns
        .filter((c) => c.tourKey === key)
        .map((c) => c.heldOn)
        .sort()
        .at(-1) ?? null;
    const schedule = (t: DemoTour) => ({
      status: t.status,
      startDate: t.terms.startDate,
      cadenceMonths: t.terms.checkInCadenceMonths,
    });
    const overdue = network.tours.filter((t) => nextCheckIn(schedule(t), lastHeld(t.key), AS_OF)?.overdue);
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    const recent = network.tours.filter((t) => (lastHeld(t.key) ?? "") >= addDays(AS_OF, -30));
    expect(recent.length).toBeGreaterThanOrEqual(3);
  });
});
