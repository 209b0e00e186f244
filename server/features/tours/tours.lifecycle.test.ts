import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TOUR_STATUSES, type TourTerms } from "../../../shared/tours/constants.ts";
import {
  advanceWithTime,
  commandAllowed,
  defaultPlannedEnd,
  reviewOpensOn,
  type TourCommand,
} from "./tours.lifecycle.ts";

const terms = (startDate: string, plannedEndDate: string | null): TourTerms => ({
  type: "transformational",
  title: "t",
  missionObjective: "",
  companyGets: "",
  personGets: { skills: "", experience: "", network: "", reputation: "" },
  successMeasures: "",
  startDate,
  plannedEndDate,
  sponsorId: null,
  checkInCadenceMonths: 3,
  personFirstConversation: true,
  companyFirstConversation: true,
  servesOrgValues: [],
  servesPersonValues: [],
  workWorthDoing: "",
});

describe("planned end defaults", () => {
  it("are 2 years rotational, 3 years transformational, none foundational", () => {
    expect(defaultPlannedEnd("rotational", "2026-03-01")).toBe("2028-03-01");
    expect(defaultPlannedEnd("transformational", "2026-03-01")).toBe("2029-03-01");
    expect(defaultPlannedEnd("foundational", "2026-03-01")).toBeNull();
  });
});

describe("review window", () => {
  it("opens 6 months before the end of a tour of 18 months or more", () => {
    expect(reviewOpensOn(terms("2026-01-01", "2029-01-01"))).toBe("2028-07-01");
    expect(reviewOpensOn(terms("2026-01-01", "2027-07-01"))).toBe("2027-01-01");
  });
  it("opens 3 months before the end of a shorter tour", () => {
    expect(reviewOpensOn(terms("2026-01-01", "2027-06-30"))).toBe("2027-03-30");
    expect(reviewOpensOn(terms("2026-01-01", "2026-12-01"))).toBe("2026-09-01");
  });
  it("never opens before the start, and not at all without a planned end", () => {
    expect(reviewOpensOn(terms("2026-01-01", "2026-02-01"))).toBe("2026-01-01");
    expect(reviewOpensOn(terms("2026-01-01", null))).toBeNull();
  });
});

describe("time moves agreed and active tours", () => {
  const t = terms("2026-01-01", "2029-01-01");
  it("keeps an agreed tour agreed before its start", () =>
    expect(advanceWithTime("agreed", t, "2025-12-31")).toBe("agreed"));
  it("activates it on the start date", () =>
    expect(advanceWithTime("agreed", t, "2026-01-01")).toBe("active"));
  it("opens the review on its day", () => {
    expect(advanceWithTime("active", t, "2028-06-30")).toBe("active");
    expect(advanceWithTime("active", t, "2028-07-01")).toBe("in_review");
    expect(advanceWithTime("agreed", t, "2028-08-01")).toBe("in_review");
  });
  it("never moves drafts, proposals or ended tours", () => {
    for (const s of ["draft", "proposed", "in_review", "completed", "ended_early"] as const) {
      expect(advanceWithTime(s, t, "2030-01-01")).toBe(s);
    }
  });
  it("never moves a tour backwards (property)", () => {
    const order = TOUR_STATUSES;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4000 }), (a, b) => {
        const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
        const [early, late] = a <= b ? [day(a), day(b)] : [day(b), day(a)];
        const first = advanceWithTime("agreed", t, early);
        const second = advanceWithTime(first, t, late);
        expect(order.indexOf(second)).toBeGreaterThanOrEqual(order.indexOf(first));
      }),
    );
  });
});

describe("commands by status", () => {
  // The full table: which command each status accepts. Everything else is a 409.
  const table: Record<TourCommand, string[]> = {
    edit: ["draft", "proposed"],
    propose: ["draft"],
    withdraw: ["proposed"],
    sign: ["proposed", "agreed", "active", "in_review"],
    amend: ["agreed", "active", "in_review"],
    endEarly: ["agreed", "active", "in_review"],
    complete: ["active", "in_review"],
  };
  for (const [command, allowed] of Object.entries(table) as [TourCommand, string[]][]) {
    for (const status of TOUR_STATUSES) {
      it(`${command} in ${status}: ${allowed.includes(status) ? "allowed" : "409"}`, () => {
        expect(commandAllowed(command, status)).toBe(allowed.includes(status));
      });
    }
  }
});
