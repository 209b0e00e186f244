import { describe, expect, it } from "vitest";
import type { ConnectionListVisibility } from "../../../shared/connections/constants.ts";
import { shortestPath } from "./bfs.ts";
import { degrees } from "./degrees.ts";
import { bestPath } from "./dijkstra.ts";
import { introducersTo } from "./introducers.ts";
import { PeopleGraph } from "./people-graph.ts";

// Privacy is part of the search, not a filter on its output: every case below asks the engine itself
// (degree badge, fewest hops, warmest path, introducers) and checks that the one person in the middle
// (M) is passed through exactly when the rules allow, and that when it is not, nothing reveals the link,
// not even a longer path's length or a degree.
//
//   V ── F ── M ── T        V: the viewer; F: V's connection; M: the person under test; T: the target
//   V ── M                  (only in cases where M is V's own connection)

type Visibility = ConnectionListVisibility;
interface Case {
  name: string;
  mVisibility: Visibility;
  /** Whether M is the viewer's own connection (V–M–T) or two steps away (V–F–M–T). */
  mIsFirst: boolean;
  block?: "viewer blocks M" | "M blocks viewer";
  removeM?: boolean;
  /** T's degree for the viewer; null means no badge at all. */
  degree: 2 | 3 | null;
}

const cases: Case[] = [
  { name: "public list, first degree", mVisibility: "public", mIsFirst: true, degree: 2 },
  { name: "list for connections, first degree", mVisibility: "connections", mIsFirst: true, degree: 2 },
  { name: "hidden list, first degree", mVisibility: "only_me", mIsFirst: true, degree: null },
  { name: "public list, second degree", mVisibility: "public", mIsFirst: false, degree: 3 },
  { name: "list for connections, second degree", mVisibility: "connections", mIsFirst: false, degree: null },
  { name: "hidden list, second degree", mVisibility: "only_me", mIsFirst: false, degree: null },
  {
    name: "public list, but the viewer blocked M",
    mVisibility: "public",
    mIsFirst: false,
    block: "viewer blocks M",
    degree: null,
  },
  {
    name: "public list, but M blocked the viewer",
    mVisibility: "public",
    mIsFirst: false,
    block: "M blocks viewer",
    degree: null,
  },
  {
    name: "public list, but M's account was removed",
    mVisibility: "public",
    mIsFirst: false,
    removeM: true,
    degree: null,
  },
];

function build(c: Case) {
  const g = new PeopleGraph(() => 2026);
  const vis: Record<string, Visibility> = {
    V: "connections",
    F: "public",
    M: c.mVisibility,
    T: "connections",
  };
  for (const [userId, listVisibility] of Object.entries(vis)) g.setPerson({ userId, listVisibility });
  const link = (a: string, b: string) =>
    g.setLink({ userA: a, userB: b, trustA: null, trustB: null, interactions: 0 });
  if (c.mIsFirst) link("V", "M");
  else {
    link("V", "F");
    link("F", "M");
  }
  link("M", "T");
  if (c.block === "viewer blocks M") g.setBlock("V", "M", true);
  if (c.block === "M blocks viewer") g.setBlock("M", "V", true);
  if (c.removeM) g.removePerson("M");
  const node = (id: string) => g.index.nodeOf(id) as number;
  return { g, node };
}

describe("privacy inside the graph search", () => {
  it.each(cases)("$name", (c) => {
    const { g, node } = build(c);
    const [v, t] = [node("V"), node("T")];
    const allow = g.allowFor(v);
    const badge = degrees(g.index, v, [t], allow, g.degreeCache)[0];
    const short = shortestPath(g.index, v, t, allow);
    const best = bestPath(g.index, v, t, allow);
    const ball = introducersTo(g.index, v, { accept: () => true }, { allowIntermediary: allow });
    if (c.degree === null) {
      expect(badge).toBe(4);
      expect(short.hops).toBe(-1);
      expect(best.hops).toBe(-1);
    } else {
      expect(badge).toBe(c.degree);
      expect(short.hops).toBe(c.degree);
      expect(best.path.map((n) => g.index.externalId(n))).toContain("M");
    }
    // T is within two steps only through M as the viewer's connection; never when M may not be passed.
    expect(ball.some((f) => f.node === t)).toBe(c.degree === 2);
  });

  it("changing a list's visibility takes effect on the next query, cache or not", () => {
    const { g, node } = build({ name: "", mVisibility: "public", mIsFirst: false, degree: 3 });
    const [v, t] = [node("V"), node("T")];
    expect(degrees(g.index, v, [t], g.allowFor(v), g.degreeCache)[0]).toBe(3);
    g.setPerson({ userId: "M", listVisibility: "only_me" });
    expect(degrees(g.index, v, [t], g.allowFor(v), g.degreeCache)[0]).toBe(4);
    g.setPerson({ userId: "M", listVisibility: "public" });
    expect(degrees(g.index, v, [t], g.allowFor(v), g.degreeCache)[0]).toBe(3);
  });
});
