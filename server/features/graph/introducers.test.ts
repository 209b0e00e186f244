import { describe, expect, it } from "vitest";
import { AffiliationIndex } from "./affiliations.ts";
import { GraphBuilder } from "./graph-builder.ts";
import { introducersTo } from "./introducers.ts";

// me - ann (trusted) - carl @acme (current);  me - bob - dora @acme (left 2019);  me - eve @acme (left 2024)
// me - bob - carl as well, but through bob it costs more.  finn @acme is three hops away.
function setup() {
  const b = new GraphBuilder();
  const link = (x: string, y: string, c: number) => b.addLink(x, y, c);
  link("me", "ann", 0.5);
  link("ann", "carl", 0.5);
  link("me", "bob", 1);
  link("bob", "carl", 1);
  link("bob", "dora", 1);
  link("me", "eve", 2);
  link("dora", "finn", 1);
  const g = b.build();
  const n = (id: string) => g.nodeOf(id) as number;
  const affiliations = new AffiliationIndex(
    [
      { person: n("carl"), org: "acme", from: 2020 },
      { person: n("carl"), org: "initech", from: 2012, to: 2019 },
      { person: n("dora"), org: "acme", from: 2015, to: 2019 },
      { person: n("eve"), org: "acme", from: 2021, to: 2024 },
      { person: n("finn"), org: "acme", from: 2010 },
      { person: n("me"), org: "acme", from: 2022 },
    ],
    g.nodeCount,
  );
  return { g, n, affiliations, acme: affiliations.orgOf("acme") as number };
}

describe("introducersTo", () => {
  it("ranks people at the organization within two hops by path cost, with their paths", () => {
    const { g, n, affiliations, acme } = setup();
    const found = introducersTo(g, n("me"), { org: acme, affiliations });
    expect(
      found.map((f) => [g.externalId(f.node), f.hops, f.cost, f.path.map((v) => g.externalId(v))]),
    ).toEqual([
      ["carl", 2, 1, ["me", "ann", "carl"]],
      ["eve", 1, 2, ["me", "eve"]],
      ["dora", 2, 2, ["me", "bob", "dora"]],
    ]);
    expect(found[0]?.recency).toBe(Number.POSITIVE_INFINITY);
  });

  it("breaks cost ties by recency: current first, then the most recent past", () => {
    const { g, n, affiliations, acme } = setup();
    g.addLink(n("me"), n("dora"), 2);
    const found = introducersTo(g, n("me"), { org: acme, affiliations });
    expect(found.map((f) => [g.externalId(f.node), f.recency])).toEqual([
      ["carl", Number.POSITIVE_INFINITY],
      ["eve", 2024],
      ["dora", 2019],
      ["finn", Number.POSITIVE_INFINITY],
    ]);
  });

  it("routes only through people the viewer may see through, and never through disabled people", () => {
    const { g, n, affiliations, acme } = setup();
    const noAnn = (v: number) => v !== n("ann");
    const viaBob = introducersTo(g, n("me"), { org: acme, affiliations }, { allowIntermediary: noAnn });
    expect(viaBob[0]?.path.map((v) => g.externalId(v))).toEqual(["me", "bob", "carl"]);
    g.setBlocked(n("bob"), true);
    const found = introducersTo(g, n("me"), { org: acme, affiliations }, { allowIntermediary: noAnn });
    expect(found.map((f) => g.externalId(f.node))).toEqual(["eve"]);
  });

  it("takes a generic candidate predicate (a skill) with its own recency, and a limit", () => {
    const { g, n } = setup();
    const skilled = new Map([
      [n("carl"), 2019],
      [n("dora"), 2025],
      [n("finn"), 2025],
      [n("bob"), 2024],
    ]);
    const target = { accept: (v: number) => skilled.has(v), recency: (v: number) => skilled.get(v) ?? 0 };
    const found = introducersTo(g, n("me"), target, { limit: 2 });
    expect(found.map((f) => [g.externalId(f.node), f.cost])).toEqual([
      ["bob", 1],
      ["carl", 1],
    ]);
  });
});

describe("AffiliationIndex", () => {
  it("finds who is or was at an organization, and a person's organizations, in one lookup", () => {
    const { n, affiliations, acme } = setup();
    expect(
      affiliations
        .peopleAt(acme)
        .map((s) => s.node)
        .sort(),
    ).toEqual([n("carl"), n("dora"), n("eve"), n("finn"), n("me")].sort());
    const initech = affiliations.orgOf("initech") as number;
    expect(affiliations.orgsOf(n("carl"))).toEqual(
      expect.arrayContaining([
        { node: acme, from: 2020, to: 0 },
        { node: initech, from: 2012, to: 2019 },
      ]),
    );
    expect(affiliations.orgId(initech)).toBe("initech");
    expect(affiliations.peopleAt(99)).toEqual([]);
    expect(affiliations.orgsOf(n("ann"))).toEqual([]);
  });
});
