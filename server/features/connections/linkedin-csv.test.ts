import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LINKEDIN_EXPORT } from "./connections.test-helpers.ts";
import { parseCsv, readLinkedInConnections } from "./linkedin-csv.ts";

describe("parseCsv", () => {
  it("reads quotes, doubled quotes, commas and line breaks inside quotes, and every line ending", () => {
    expect(parseCsv('a,"b,c","d ""e""",f\r\n"g\nh",,i\rj')).toEqual([
      ["a", "b,c", 'd "e"', "f"],
      ["g\nh", "", "i"],
      ["j"],
    ]);
  });

  it("drops a leading BOM and a final line end, keeps blank lines as one empty field", () => {
    expect(parseCsv("\uFEFFa,b\n\nc\n")).toEqual([["a", "b"], [""], ["c"]]);
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv('""')).toEqual([[""]]);
  });

  it("is lenient with stray and unclosed quotes", () => {
    expect(parseCsv('ab"c,d')).toEqual([['ab"c', "d"]]);
    expect(parseCsv('"ab"c,d')).toEqual([["abc", "d"]]);
    expect(parseCsv('"open,to the end\nstill')).toEqual([["open,to the end\nstill"]]);
  });

  it("reads back whatever a writer quoting by the rules wrote", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r", " ", "é", "\u2028") });
    const records = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 8 });
    fc.assert(
      fc.property(records, fc.boolean(), fc.boolean(), (rows, crlf, quoteAll) => {
        const quote = (v: string, only: boolean) =>
          quoteAll || /[",\r\n]/.test(v) || (v === "" && only) ? `"${v.replaceAll('"', '""')}"` : v;
        const text = rows
          .map((r) => r.map((v) => quote(v, r.length === 1)).join(","))
          .join(crlf ? "\r\n" : "\n");
        expect(parseCsv(text)).toEqual(rows);
      }),
    );
  });
});

describe("readLinkedInConnections", () => {
  it("skips the preamble, finds the columns by name and keeps every row", () => {
    expect(readLinkedInConnections(LINKEDIN_EXPORT)).toEqual([
      {
        firstName: "Grace",
        lastName: "Hopper",
        email: "grace.hopper@example.test",
        company: "Navy, US",
        position: "Rear Admiral",
      },
      {
        firstName: "Alan",
        lastName: "Turing",
        email: null,
        company: 'Bletchley "Park"',
        position: "Cryptanalyst",
      },
      {
        firstName: "Ada",
        lastName: "Lovelace",
        email: "ada@example.test",
        company: "Analytical Engines",
        position: "Programmer,\r\nfirst of her kind",
      },
    ]);
  });

  it("takes the columns in any order, without a preamble, and drops addresses that are not ones", () => {
    const csv = "Email Address,Last Name,First Name\n  Bob@X.test ,B,Bob\nnot-an-email,C,Cy\n,,\n";
    expect(readLinkedInConnections(csv)).toEqual([
      { firstName: "Bob", lastName: "B", email: "bob@x.test", company: "", position: "" },
      { firstName: "Cy", lastName: "C", email: null, company: "", position: "" },
    ]);
  });

  it("says so when there is no header row", () => {
    expect(readLinkedInConnections("Name,Mail\nBob,bob@x.test")).toBeNull();
    expect(readLinkedInConnections("")).toBeNull();
  });

  it("reads a 2 MB export quickly", () => {
    const row =
      'Jane,Doe,https://www.linkedin.com/in/jane,jane@example.test,"Acme, Inc",Engineer,01 Jan 2020\r\n';
    const big = `First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n${row.repeat(
      Math.floor((2 * 1024 * 1024) / row.length),
    )}`;
    const started = performance.now();
    const contacts = readLinkedInConnections(big);
    expect(contacts?.length).toBeGreaterThan(20_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
