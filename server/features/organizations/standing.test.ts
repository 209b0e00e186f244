import { describe, expect, it } from "vitest";
import { standingOf } from "./standing.ts";

describe("standingOf", () => {
  const today = "2026-06-15";
  const cases: [string, Parameters<typeof standingOf>[0], string][] = [
    ["an active member", { status: "active", endedOn: null }, "member"],
    ["an alumnus before the last day", { status: "alumni", endedOn: "2026-06-30" }, "member"],
    ["an alumnus on the last day", { status: "alumni", endedOn: today }, "member"],
    ["an alumnus the day after the last day", { status: "alumni", endedOn: "2026-06-14" }, "alumnus"],
    ["a former member on the last day", { status: "former", endedOn: today }, "member"],
    ["a former member after the last day", { status: "former", endedOn: "2026-01-01" }, "former"],
    ["a removed member", { status: "removed", endedOn: "2026-06-30" }, "removed"],
  ];
  for (const [name, m, expected] of cases)
    it(`${name} is ${expected}`, () => expect(standingOf(m, today)).toBe(expected));
});
