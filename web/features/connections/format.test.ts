import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { contextText, reasonText, sinceYear } from "./format.ts";

// A stand-in for i18next that shows which sentence was chosen and with what.
const t = ((key: string, values?: object) =>
  `${key.split(".").pop()} ${JSON.stringify(values ?? {})}`) as TFunction;
const acme = { id: "o1", slug: "acme", name: "Acme" };

describe("the context of a connection", () => {
  it("names the organization and the year when both are known", () => {
    expect(contextText(t, { contextOrg: acme, since: "2021-04-01" })).toBe(
      'orgSince {"org":"Acme","year":"2021"}',
    );
    expect(contextText(t, { contextOrg: acme, since: null })).toBe('org {"org":"Acme"}');
    expect(contextText(t, { contextOrg: null, since: "2019-01-31" })).toBe('since {"year":"2019"}');
  });

  it("adds the shared tour of duty, and says nothing when nothing is known", () => {
    expect(contextText(t, { contextOrg: acme, contextTour: { id: "t", title: "Launch" }, since: null })).toBe(
      'org {"org":"Acme"} · tour {"title":"Launch"}',
    );
    expect(contextText(t, { contextOrg: null, contextTour: null, since: null })).toBeNull();
  });

  it("reads the year only from a real day", () => {
    expect(sinceYear("2020-02-02")).toBe("2020");
    expect(sinceYear("soon")).toBeNull();
    expect(sinceYear(null)).toBeNull();
  });
});

describe("the reason for a suggestion", () => {
  it("says one year or a span of years", () => {
    expect(reasonText(t, { org: acme, fromYear: 2021, toYear: 2021 })).toBe(
      'reasonYear {"org":"Acme","year":2021}',
    );
    expect(reasonText(t, { org: acme, fromYear: 2019, toYear: 2021 })).toBe(
      'reasonYears {"org":"Acme","from":2019,"to":2021}',
    );
  });
});
