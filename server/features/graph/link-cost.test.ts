import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linkCost, NEUTRAL_COST, ratingCost } from "./link-cost.ts";

const trust = fc.double({ min: -20, max: 20, noNaN: true });
const inputs = fc.record({
  trustAB: trust,
  trustBA: trust,
  sharedYears: fc.nat(40),
  interactions: fc.nat(10_000),
});

describe("linkCost", () => {
  it("costs exactly 1 at neutral trust, so unweighted edge lists count hops", () => {
    expect(NEUTRAL_COST).toBe(1);
    expect(linkCost({ trustAB: 5, trustBA: 5 })).toBe(1);
  });

  it("is positive and finite, between 0.5 and 2", () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const c = linkCost(x);
        expect(c).toBeGreaterThanOrEqual(0.5);
        expect(c).toBeLessThanOrEqual(2);
      }),
    );
  });

  it("is symmetric", () => {
    fc.assert(
      fc.property(inputs, (x) => {
        expect(linkCost(x)).toBe(linkCost({ ...x, trustAB: x.trustBA, trustBA: x.trustAB }));
      }),
    );
  });

  it("is lower with more trust, more shared years and more interactions", () => {
    expect(ratingCost(10)).toBeLessThan(ratingCost(5));
    expect(ratingCost(5)).toBeLessThan(ratingCost(1));
    const base = { trustAB: 6, trustBA: 6 };
    expect(linkCost({ ...base, sharedYears: 4 })).toBeLessThan(linkCost(base));
    expect(linkCost({ ...base, interactions: 30 })).toBeLessThan(linkCost(base));
    fc.assert(
      fc.property(inputs, fc.double({ min: 0.01, max: 5, noNaN: true }), (x, more) => {
        const up = { ...x, trustAB: x.trustAB + more, trustBA: x.trustBA + more };
        expect(linkCost(up)).toBeLessThanOrEqual(linkCost(x));
      }),
    );
  });

  it("lets the less trusting side decide: one-sided trust does not make a link cheap", () => {
    expect(linkCost({ trustAB: 10, trustBA: 1 })).toBe(linkCost({ trustAB: 1, trustBA: 1 }));
    expect(linkCost({ trustAB: 10, trustBA: 1 })).toBeGreaterThan(linkCost({ trustAB: 3, trustBA: 3 }));
  });
});
