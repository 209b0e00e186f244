import { describe, expect, it } from "vitest";
import { nextCheckIn } from "./checkin-schedule.ts";

const tour = { status: "active" as const, startDate: "2026-01-10", cadenceMonths: 3 };

describe("nextCheckIn", () => {
  it("is one cadence after the start when there has been no check-in", () => {
    expect(nextCheckIn(tour, null, "2026-02-01")).toEqual({ dueOn: "2026-04-10", overdue: false });
  });
  it("is one cadence after the last check-in", () => {
    expect(nextCheckIn(tour, "2026-04-01", "2026-05-01")).toEqual({ dueOn: "2026-07-01", overdue: false });
  });
  it("is overdue from the day after it was due", () => {
    expect(nextCheckIn(tour, null, "2026-04-10")?.overdue).toBe(false);
    expect(nextCheckIn(tour, null, "2026-04-11")?.overdue).toBe(true);
  });
  it("follows a monthly cadence", () => {
    expect(nextCheckIn({ ...tour, cadenceMonths: 1 }, "2026-01-31", "2026-02-01")?.dueOn).toBe("2026-02-28");
  });
  it("expects nothing from tours that are not running", () => {
    for (const status of ["draft", "proposed", "agreed", "completed", "ended_early"] as const) {
      expect(nextCheckIn({ ...tour, status }, null, "2030-01-01")).toBeNull();
    }
  });
});
