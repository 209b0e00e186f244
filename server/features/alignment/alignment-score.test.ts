import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignmentScore, compareValues, rankWeight } from "./alignment-score.ts";

// A small vocabulary so generated lists overlap often.
const NAMES = ["Trust", "Craft", "Courage", "Candour", "Curiosity", "Impact", "Kindness", "Service"];
const ranked = fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 5 });
const nonEmpty = fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 5 });

describe("rankWeight", () => {
  it("weighs rank 1 as 5 down to rank 5 as 1", () => {
    expect([1, 2, 3, 4, 5].map(rankWeight)).toEqual([5, 4, 3, 2, 1]);
  });
});

describe("alignmentScore examples", () => {
  it("is 0 when either side has no values", () => {
    expect(alignmentScore([], ["Trust"])).toBe(0);
    expect(alignmentScore(["Trust"], [])).toBe(0);
    expect(alignmentScore([], [])).toBe(0);
  });

  it("is 0 with nothing shared", () => {
    expect(alignmentScore(["Trust", "Craft"], ["Courage", "Impact"])).toBe(0);
  });

  it("follows the formula on a worked example", () => {
    // Person weights 5+4+3, org 5+4+3 = 24. Shared: Trust 5+5, Craft 4+3 = 17. 100 × 17/24 = 70.8.
    expect(alignmentScore(["Trust", "Craft", "Courage"], ["Trust", "Candour", "Craft"])).toBe(71);
  });

  it("weighs lists of different lengths by their own ranks", () => {
    // Person 5; org 5+4+3+2+1 = 15. Shared: Service at person 1 (5) and org 5 (1) = 6. 100 × 6/20 = 30.
    expect(alignmentScore(["Service"], ["Trust", "Craft", "Courage", "Impact", "Service"])).toBe(30);
  });

  it("compares names ignoring case and surrounding spaces", () => {
    expect(alignmentScore(["trust", " CRAFT "], ["Trust", "Craft"])).toBe(100);
  });

  it("counts only the first five distinct values", () => {
    const six = ["Trust", "Craft", "Courage", "Candour", "Curiosity", "Impact"];
    expect(alignmentScore(six, ["Impact"])).toBe(0);
    expect(alignmentScore(["Trust", "trust", "Craft"], ["Craft"])).toBe(Math.round((100 * 9) / 14));
  });
});

describe("alignmentScore properties", () => {
  it("is symmetric", () => {
    fc.assert(fc.property(ranked, ranked, (a, b) => alignmentScore(a, b) === alignmentScore(b, a)));
  });

  it("is an integer from 0 to 100", () => {
    fc.assert(
      fc.property(ranked, ranked, (a, b) => {
        const s = alignmentScore(a, b);
        return Number.isInteger(s) && s >= 0 && s <= 100;
      }),
    );
  });

  it("is 100 for identical lists, and for the same values in any order", () => {
    fc.assert(fc.property(nonEmpty, (a) => alignmentScore(a, a) === 100));
    fc.assert(fc.property(nonEmpty, (a) => alignmentScore(a, [...a].reverse()) === 100));
  });

  it("is above 0 exactly when something is shared", () => {
    fc.assert(
      fc.property(nonEmpty, nonEmpty, (a, b) => {
        const sharesOne = a.some((v) => b.includes(v));
        return alignmentScore(a, b) > 0 === sharesOne;
      }),
    );
  });

  it("is order-sensitive: ranking a shared value above an unshared one never lowers the score", () => {
    fc.assert(
      fc.property(nonEmpty, nonEmpty, fc.nat(), (person, org, pick) => {
        const i = pick % person.length;
        const j = i - 1;
        const shared = person[i] as string;
        if (j < 0 || !org.includes(shared) || org.includes(person[j] as string)) return true;
        const promoted = [...person];
        [promoted[j], promoted[i]] = [shared, person[j] as string];
        return alignmentScore(promoted, org) >= alignmentScore(person, org);
      }),
    );
    // And it does change the score: Craft first weighs more than Craft second.
    expect(alignmentScore(["Trust", "Craft"], ["Craft", "Impact"])).toBe(50);
    expect(alignmentScore(["Craft", "Trust"], ["Craft", "Impact"])).toBe(56);
  });
});

describe("compareValues", () => {
  it("lists shared values with both ranks in the person's order, and each side's own values", () => {
    expect(compareValues(["Courage", "trust", "Craft"], ["Trust", "Candour", "Courage"])).toEqual({
      shared: [
        { value: "Courage", personRank: 1, orgRank: 3 },
        { value: "Trust", personRank: 2, orgRank: 1 },
      ],
      personOnly: ["Craft"],
      orgOnly: ["Candour"],
    });
  });

  it("partitions both lists", () => {
    fc.assert(
      fc.property(ranked, ranked, (a, b) => {
        const { shared, personOnly, orgOnly } = compareValues(a, b);
        return shared.length + personOnly.length === a.length && shared.length + orgOnly.length === b.length;
      }),
    );
  });
});
