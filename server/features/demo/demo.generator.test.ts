import { describe, expect, it } from "vitest";
import { slug as slugSchema } from "../../../shared/organizations/schemas.ts";
import { PROFILE_FIELDS, profileFields, VISIBILITIES } from "../../../shared/people/schemas.ts";
import { generateDemoNetwork } from "./demo.generator.ts";
import { createRandom } from "./demo.random.ts";
import { AS_OF, network, variants } from "./demo.test-variants.ts";
import { JAPANESE_LAST_NAMES } from "./demo.vocabulary.ts";

describe("createRandom", () => {
  it("repeats the same sequence for the same seed and differs across seeds", () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });
});

describe("generateDemoNetwork", () => {
  it("is deterministic: the same seed gives identical output", () => {
    expect(generateDemoNetwork(42, { companies: 4, people: 60 }, AS_OF)).toEqual(network);
    expect(generateDemoNetwork(43, { companies: 4, people: 60 }, AS_OF)).not.toEqual(network);
  });

  it("has the requested size and a demo login who owns the first company with a full profile", () => {
    expect(network.companies).toHaveLength(4);
    expect(network.people).toHaveLength(60);
    const login = network.people[0];
    expect(login?.id).toBe("demo-person-001");
    const owner = network.memberships.find((m) => m.personId === login?.id && m.status === "active");
    expect(owner).toMatchObject({ companySlug: network.companies[0]?.slug, role: "owner" });
    for (const field of ["headline", "bio", "location", "mission", "vision"] as const) {
      expect(login?.[field]).not.toBe("");
    }
    expect(login?.values).toHaveLength(5);
    expect(login?.links.length).toBeGreaterThan(0);
  });

  it("includes some Japanese names and varied visibility", () => {
    const japanese: readonly string[] = JAPANESE_LAST_NAMES;
    const count = network.people.filter((p) => japanese.includes(p.displayName.split(" ")[1] ?? "")).length;
    expect(count).toBeGreaterThan(3);
    expect(count).toBeLessThan(30);
    const maps = new Set(network.people.map((p) => JSON.stringify(p.visibility)));
    expect(maps.size).toBeGreaterThan(5);
  });

  it("rejects sizes that cannot give every company an owner and an admin", () => {
    expect(() => generateDemoNetwork(1, { companies: 3, people: 5 })).toThrow(RangeError);
    expect(() => generateDemoNetwork(1, { companies: 0, people: 5 })).toThrow(RangeError);
  });

  describe.each(variants)("invariants (%s)", (_, net, asOf) => {
    const ids = new Set(net.people.map((p) => p.id));
    const slugs = new Set(net.companies.map((c) => c.slug));

    it("has unique ids, emails, slugs and company names", () => {
      expect(ids.size).toBe(net.people.length);
      expect(new Set(net.people.map((p) => p.email)).size).toBe(net.people.length);
      expect(slugs.size).toBe(net.companies.length);
      expect(new Set(net.companies.map((c) => c.name)).size).toBe(net.companies.length);
    });

    it("produces values the API itself would accept", () => {
      for (const c of net.companies) {
        expect(slugSchema.parse(c.slug)).toBe(c.slug);
        expect(c.website).toBe(`https://${c.slug}.example`);
        expect(c.values.length).toBeGreaterThanOrEqual(3);
        expect(c.values.length).toBeLessThanOrEqual(5);
        expect(new Set(c.values).size).toBe(c.values.length);
      }
      for (const p of net.people) {
        expect(p.email).toMatch(/^[a-z]+\.[a-z]+\.\d+@demo\.alliance\.local$/);
        expect(p.values.length).toBeLessThanOrEqual(5);
        expect(new Set(p.values.map((v) => v.toLowerCase())).size).toBe(p.values.length);
        expect(p.skills.length).toBeGreaterThanOrEqual(2);
        expect(p.skills.length).toBeLessThanOrEqual(6);
        for (const key of [
          "headline",
          "bio",
          "location",
          "skills",
          "links",
          "mission",
          "vision",
          "values",
        ] as const) {
          expect(profileFields[key].safeParse(p[key]).success, `${p.id}.${key}`).toBe(true);
        }
      }
    });

    it("uses only valid visibility levels, for every profile field", () => {
      for (const p of net.people) {
        expect(Object.keys(p.visibility).sort()).toEqual([...PROFILE_FIELDS].sort());
        for (const level of Object.values(p.visibility)) expect(VISIBILITIES).toContain(level);
      }
    });

    it("gives every company exactly one owner, who is active, and one or two admins", () => {
      for (const c of net.companies) {
        const rows = net.memberships.filter((m) => m.companySlug === c.slug);
        const owners = rows.filter((m) => m.role === "owner");
        expect(owners).toHaveLength(1);
        expect(owners[0]?.status).toBe("active");
        const admins = rows.filter((m) => m.role === "admin" && m.status === "active").length;
        expect(admins).toBeGreaterThanOrEqual(1);
        expect(admins).toBeLessThanOrEqual(2);
      }
    });

    it("keeps careers consistent: known refs, 1-3 employers, one active tour at most, no overlaps", () => {
      for (const m of net.memberships) {
        expect(ids.has(m.personId)).toBe(true);
        expect(slugs.has(m.companySlug)).toBe(true);
        expect(m.startedOn < asOf).toBe(true);
        if (m.status === "active") expect(m.endedOn).toBeNull();
        else {
          expect(m.endedOn).not.toBeNull();
          expect((m.endedOn as string) > m.startedOn).toBe(true);
          expect((m.endedOn as string) < asOf).toBe(true);
        }
      }
      for (const p of net.people) {
        const tours = net.memberships.filter((m) => m.personId === p.id);
        expect(tours.length).toBeGreaterThanOrEqual(1);
        expect(tours.length).toBeLessThanOrEqual(3);
        expect(new Set(tours.map((t) => t.companySlug)).size).toBe(tours.length);
        expect(tours.filter((t) => t.status === "active").length).toBeLessThanOrEqual(1);
        const sorted = [...tours].sort((a, b) => a.startedOn.localeCompare(b.startedOn));
        for (let k = 1; k < sorted.length; k++) {
          expect(sorted[k - 1]?.endedOn, p.id).not.toBeNull();
          expect((sorted[k]?.startedOn as string) > (sorted[k - 1]?.endedOn as string)).toBe(true);
        }
      }
    });

    it("stores connections once, ordered, between known people, never to oneself", () => {
      const keys = new Set<string>();
      for (const { userA, userB } of net.connections) {
        expect(ids.has(userA) && ids.has(userB)).toBe(true);
        expect(userA < userB).toBe(true);
        keys.add(`${userA}|${userB}`);
      }
      expect(keys.size).toBe(net.connections.length);
      const linked = new Set(net.connections.flatMap((c) => [c.userA, c.userB]));
      expect(linked.size).toBe(net.people.length);
    });
  });

  it("connects mostly colleagues, with some cross-company links", () => {
    const orgsOf = new Map<string, Set<string>>();
    for (const m of network.memberships) {
      orgsOf.set(m.personId, (orgsOf.get(m.personId) ?? new Set()).add(m.companySlug));
    }
    const colleagues = network.connections.filter(({ userA, userB }) =>
      [...(orgsOf.get(userA) ?? [])].some((slug) => orgsOf.get(userB)?.has(slug)),
    ).length;
    expect(colleagues / network.connections.length).toBeGreaterThan(0.7);
    expect(colleagues).toBeLessThan(network.connections.length);
  });
});
