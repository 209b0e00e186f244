import { describe, expect, it } from "vitest";
import { workWorthDoing } from "./work-worth-doing.ts";

describe("workWorthDoing", () => {
  it("splits each side's claimed values into current and stale, ignoring case", () => {
    const terms = { servesOrgValues: ["trust", "Speed"], servesPersonValues: ["Craft", "Balance"] };
    expect(workWorthDoing(terms, ["Trust", "Candour"], ["Balance", "craft"])).toEqual({
      servesOrgValues: { current: ["trust"], stale: ["Speed"] },
      servesPersonValues: { current: ["Craft", "Balance"], stale: [] },
    });
  });

  it("marks every link stale when a side holds no values", () => {
    expect(workWorthDoing({ servesOrgValues: ["Trust"], servesPersonValues: [] }, [], ["Trust"])).toEqual({
      servesOrgValues: { current: [], stale: ["Trust"] },
      servesPersonValues: { current: [], stale: [] },
    });
  });
});
