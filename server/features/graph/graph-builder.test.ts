import { describe, expect, it } from "vitest";
import { GraphBuilder } from "./graph-builder.ts";

describe("GraphBuilder ids", () => {
  it("keeps integer-looking and other ids apart, and each id on one node", () => {
    const b = new GraphBuilder();
    b.addLink("7", "007", 1);
    b.addLink("7", "x", 1);
    b.addLink("40000000", "7", 1); // beyond the array: through the map
    b.addLink("0", "-1", 1);
    const g = b.build();
    expect(g.nodeCount).toBe(6);
    const node = (id: string) => g.nodeOf(id) as number;
    expect(
      g
        .neighbors(node("7"))
        .map((n) => g.externalId(n))
        .sort(),
    ).toEqual(["007", "40000000", "x"]);
    expect(g.neighbors(node("0")).map((n) => g.externalId(n))).toEqual(["-1"]);
    expect(b.node("007")).toBe(node("007"));
    expect(b.node("7")).toBe(node("7"));
  });
});
