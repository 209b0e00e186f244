import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../connections/linkedin-csv.ts";
import { neutralizeCell, toCsv } from "./csv.ts";

describe("CSV export", () => {
  it.each([['=HYPERLINK("http://evil","x")'], ["+1+1"], ["-2+3"], ["@SUM(A1)"], ["\tindent"], ["\rreturn"]])(
    "neutralizes a cell a spreadsheet would run: %j",
    (value) => {
      const out = neutralizeCell(value);
      expect(out).toBe(`'${value}`);
      expect(out).not.toMatch(/^[=+\-@\t\r]/);
    },
  );

  it("leaves ordinary text and our own numbers alone", () => {
    expect(
      toCsv(
        ["name", "years"],
        [
          ["Ana", 3],
          ["O'Brien, Jo", -1],
        ],
      ),
    ).toBe('name,years\r\nAna,3\r\n"O\'Brien, Jo",-1\r\n');
  });

  it("round-trips any text through a CSV parser, apart from the neutralizing quote", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 8 }),
        (rows) => {
          const parsed = parseCsv(toCsv(["a", "b"], rows));
          expect(parsed[0]).toEqual(["a", "b"]);
          expect(parsed.slice(1, rows.length + 1)).toEqual(rows.map((r) => r.map(neutralizeCell)));
          for (const row of parsed.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });
});
