import { describe, expect, it } from "vitest";
import { badgeDegree, batches, DEGREES_BATCH, defaultPathIndex, degreeIds } from "./degrees.ts";

describe("degree badges", () => {
  it("ask once per set of people, whatever the order or repeats", () => {
    expect(degreeIds(["c", "a", "b", "a", ""])).toEqual(["a", "b", "c"]);
    expect(degreeIds(["b", "a"])).toEqual(degreeIds(["a", "b", "b"]));
  });

  it("split long lists into requests of at most 200 ids", () => {
    const ids = Array.from({ length: 450 }, (_, i) => `u${i}`);
    const parts = batches(ids);
    expect(parts.map((p) => p.length)).toEqual([DEGREES_BATCH, DEGREES_BATCH, 50]);
    expect(parts.flat()).toEqual(ids);
    expect(batches([])).toEqual([]);
  });

  it("show only 1st, 2nd and 3rd degree", () => {
    expect([0, 1, 2, 3, null, undefined].map((d) => badgeDegree(d as never))).toEqual([
      null,
      1,
      2,
      3,
      null,
      null,
    ]);
  });
});

describe("the path offered first for an introduction", () => {
  it("is the strongest-links path, else the first", () => {
    expect(defaultPathIndex([{ warmest: false }, { warmest: true }])).toBe(1);
    expect(defaultPathIndex([{ warmest: true }])).toBe(0);
    expect(defaultPathIndex([{ warmest: false }])).toBe(0);
    expect(defaultPathIndex([])).toBe(0);
  });
});
