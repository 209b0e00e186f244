import { describe, expect, it } from "vitest";
import { proposeValues } from "./propose-values.ts";

const person = (...values: string[]) => ({ qualities: values.map((value) => ({ value })) });

describe("proposeValues", () => {
  it("proposes nothing for an empty exercise", () => {
    expect(proposeValues([])).toEqual([]);
  });

  it("ranks values by how many qualities map to them", () => {
    expect(
      proposeValues([
        person("Courage", "Trust", "Craft"),
        person("Trust", "Kindness", "Craft"),
        person("Trust", "Impact", "Humility"),
      ]),
    ).toEqual(["Trust", "Craft", "Courage", "Kindness", "Impact"]);
  });

  it("breaks ties by first appearance and keeps the first spelling", () => {
    expect(proposeValues([person("craft", "Trust", "Courage"), person("Courage", "CRAFT", "trust")])).toEqual(
      ["craft", "Trust", "Courage"],
    );
  });

  it("proposes at most five values", () => {
    expect(proposeValues([person("A", "B", "C"), person("D", "E", "F"), person("G", "H", "I")])).toEqual([
      "A",
      "B",
      "C",
      "D",
      "E",
    ]);
  });
});
