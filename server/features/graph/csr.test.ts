import { describe, expect, it } from "vitest";
import { CsrBuilder, csrBytes, csrCost, csrLinkCount } from "./csr.ts";

function rows(csr: ReturnType<CsrBuilder["build"]>): number[][] {
  return Array.from({ length: csr.nodeCount }, (_, u) => [
    ...csr.targets.subarray(csr.offsets[u], csr.offsets[u + 1]),
  ]);
}

describe("CsrBuilder", () => {
  it("stores each link in both rows, rows sorted, whatever order the links come in", () => {
    const b = new CsrBuilder();
    for (const [x, y] of [
      [3, 0],
      [0, 1],
      [2, 1],
      [0, 2],
    ] as const)
      b.add(x, y, 1);
    const csr = b.build(5);
    expect(rows(csr)).toEqual([[1, 2, 3], [0, 2], [0, 1], [0], []]);
    expect(csr.offsets).toHaveLength(6);
    expect(csrLinkCount(csr)).toBe(4);
  });

  it("drops self-links and merges repeats, keeping the highest cost in both directions", () => {
    const b = new CsrBuilder();
    b.add(0, 0, 1);
    b.add(0, 1, 0.75);
    b.add(1, 0, 1.5);
    b.add(0, 1, 1.25);
    const csr = b.build(2);
    expect(rows(csr)).toEqual([[1], [0]]);
    expect(csrCost(csr, 0, 1)).toBe(1.5);
    expect(csrCost(csr, 1, 0)).toBe(1.5);
    expect(csrCost(csr, 0, 0)).toBeUndefined();
  });

  it("rejects non-positive costs and nodes outside the range", () => {
    const b = new CsrBuilder();
    expect(() => b.add(0, 1, 0)).toThrow(RangeError);
    expect(() => b.add(0, 1, Number.NaN)).toThrow(RangeError);
    b.add(0, 7, 1);
    expect(() => b.build(3)).toThrow(RangeError);
  });

  it("takes 16 bytes per link for targets and costs, plus 4 bytes of offsets per node", () => {
    const b = new CsrBuilder();
    const n = 1000;
    for (let i = 0; i < n; i++) for (let k = 1; k <= 10; k++) b.add(i, (i + k * 37) % n, 1);
    const csr = b.build(n);
    const links = csrLinkCount(csr);
    expect(links).toBe(10_000);
    expect(csr.targets.byteLength + csr.costs.byteLength).toBe(16 * links);
    expect(csrBytes(csr)).toBe(16 * links + 4 * (n + 1));
  });
});
