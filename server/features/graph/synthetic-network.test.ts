import { describe, expect, it } from "vitest";
import { generateNetwork } from "./synthetic-network.ts";

describe("generateNetwork", () => {
  const net = generateNetwork({ people: 600, avgDegree: 12, seed: 7 });

  it("is deterministic for a seed", () => {
    const again = generateNetwork({ people: 600, avgDegree: 12, seed: 7 });
    expect(again.linkA).toEqual(net.linkA);
    expect(again.rating).toEqual(net.rating);
    expect(again.stints).toEqual(net.stints);
    expect(generateNetwork({ people: 600, avgDegree: 12, seed: 8 }).linkA).not.toEqual(net.linkA);
  });

  it("has the requested links, no self-links or repeats, ratings 1..10", () => {
    expect(net.linkA.length).toBe(3600);
    const seen = new Set<string>();
    for (let i = 0; i < net.linkA.length; i++) {
      const [a, b] = [net.linkA[i] as number, net.linkB[i] as number];
      expect(a).not.toBe(b);
      seen.add(`${Math.min(a, b)}-${Math.max(a, b)}`);
      expect(net.rating[i]).toBeGreaterThanOrEqual(1);
      expect(net.rating[i]).toBeLessThanOrEqual(10);
    }
    expect(seen.size).toBe(3600);
  });

  it("gives people 1 to 5 employers and heavy-tailed degrees", () => {
    const perPerson = new Map<number, number>();
    for (const s of net.stints) perPerson.set(s.person, (perPerson.get(s.person) ?? 0) + 1);
    expect(perPerson.size).toBe(600);
    expect(Math.min(...perPerson.values())).toBeGreaterThanOrEqual(1);
    expect(Math.max(...perPerson.values())).toBeLessThanOrEqual(5);
    const degree = new Array<number>(600).fill(0);
    for (const x of [...net.linkA, ...net.linkB]) degree[x] = (degree[x] as number) + 1;
    degree.sort((x, y) => x - y);
    const median = degree[300] as number;
    expect(degree[599]).toBeGreaterThan(4 * median);
  });
});
