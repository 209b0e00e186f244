import { describe, expect, it } from "vitest";
import {
  CONNECTION_LIST_VISIBILITIES,
  REQUEST_MESSAGE_MAX,
  TRUST_LEVELS,
} from "../../../shared/connections/schemas.ts";
import {
  MAX_INTERMEDIARIES,
  NOTE_MAX,
  REASON_MAX,
  REASON_MIN,
  STEP_DAYS,
  THANKS_MESSAGE_MAX,
} from "../../../shared/introductions/schemas.ts";
import { maxDay } from "./demo.dates.ts";
import { type DemoIntroduction, type DemoNetwork, generateDemoNetwork } from "./demo.generator.ts";
import { AS_OF, network, SIZE, variants } from "./demo.test-variants.ts";

// The trust network part of the demo: list visibility, connections' context and trust, requests,
// introductions and thanks.

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const plusDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();

function stepsOf(net: DemoNetwork, intro: DemoIntroduction) {
  return net.introductionSteps
    .filter((s) => s.introductionKey === intro.key)
    .sort((a, b) => a.position - b.position);
}

function pathOf(net: DemoNetwork, intro: DemoIntroduction): string[] {
  return [intro.requesterId, ...stepsOf(net, intro).map((s) => s.personId)];
}

describe.each(variants)("trust network invariants (%s)", (_, net, asOf) => {
  const ids = new Set(net.people.map((p) => p.id));
  const slugs = new Set(net.companies.map((c) => c.slug));
  const linked = new Set(net.connections.map((c) => pairKey(c.userA, c.userB)));
  const visibility = new Map(net.people.map((p) => [p.id, p.connectionListVisibility]));
  const startOfAsOf = `${asOf}T00:00:00.000Z`;
  const endOfAsOf = `${asOf}T23:59:59.999Z`;
  const stints = (personId: string, slug: string) =>
    net.affiliations.filter(
      (a) => a.personId === personId && a.companySlug === slug && a.stage === "employee",
    );

  it("gives everyone a valid connection list visibility, and the login 'connections'", () => {
    for (const p of net.people) expect(CONNECTION_LIST_VISIBILITIES).toContain(p.connectionListVisibility);
    expect(net.people[0]?.connectionListVisibility).toBe("connections");
  });

  it("dates connections from a time both worked at the context company, with valid trust levels", () => {
    for (const c of net.connections) {
      expect(c.since < asOf).toBe(true);
      for (const trust of [c.trustA, c.trustB]) if (trust !== null) expect(TRUST_LEVELS).toContain(trust);
      if (c.contextOrgSlug === null) continue;
      expect(slugs.has(c.contextOrgSlug)).toBe(true);
      // `since` is the first day of an overlap of the two people's stints there.
      const overlapping = stints(c.userA, c.contextOrgSlug).some((x) =>
        stints(c.userB, c.contextOrgSlug as string).some(
          (y) =>
            c.since === maxDay(x.startedOn, y.startedOn) &&
            c.since <= (x.endedOn ?? asOf) &&
            c.since <= (y.endedOn ?? asOf),
        ),
      );
      expect(overlapping, `${c.userA}-${c.userB}`).toBe(true);
    }
  });

  it("counts on each connection the made introductions that passed through it", () => {
    const counted = new Map<string, number>();
    for (const intro of net.introductions.filter((i) => i.status === "accepted")) {
      const path = pathOf(net, intro);
      for (let k = 1; k < path.length; k++) {
        const key = pairKey(path[k - 1] as string, path[k] as string);
        counted.set(key, (counted.get(key) ?? 0) + 1);
      }
    }
    for (const c of net.connections) expect(c.interactions).toBe(counted.get(pairKey(c.userA, c.userB)) ?? 0);
  });

  it("keeps requests consistent: one per pair, accepted ones are connections, open ones are not", () => {
    const pairs = new Set<string>();
    for (const r of net.connectionRequests) {
      expect(ids.has(r.fromUser) && ids.has(r.toUser)).toBe(true);
      expect(r.fromUser).not.toBe(r.toUser);
      const key = pairKey(r.fromUser, r.toUser);
      // No pair has two requests at all, so certainly not two open (pending or ignored) ones.
      expect(pairs.has(key), key).toBe(false);
      pairs.add(key);
      expect(linked.has(key), key).toBe(r.status === "accepted");
      expect(["pending", "accepted", "declined"]).toContain(r.status);
      expect(r.message.length).toBeLessThanOrEqual(REQUEST_MESSAGE_MAX);
      expect(r.message).not.toMatch(/[{}]/);
      expect(r.respondedAt === null).toBe(r.status === "pending");
      expect(r.createdAt < startOfAsOf).toBe(true);
      if (r.respondedAt) expect(r.createdAt < r.respondedAt && r.respondedAt < startOfAsOf).toBe(true);
      if (r.contextOrgSlug) {
        // The context is a company the sender is or was part of.
        expect(stints(r.fromUser, r.contextOrgSlug).length).toBeGreaterThan(0);
        expect(r.since !== null && r.since < asOf).toBe(true);
      }
    }
  });

  it("routes every introduction along a path the app would offer the requester", () => {
    const asked = new Set<string>();
    for (const intro of net.introductions) {
      const path = pathOf(net, intro);
      const steps = stepsOf(net, intro);
      expect(steps.map((s) => s.position)).toEqual(steps.map((_, k) => k + 1));
      expect(steps.length).toBeGreaterThanOrEqual(2);
      expect(steps.length).toBeLessThanOrEqual(MAX_INTERMEDIARIES + 1);
      expect(path.at(-1)).toBe(intro.targetId);
      expect(new Set(path).size, intro.key).toBe(path.length);
      for (const id of path) expect(ids.has(id)).toBe(true);
      for (let k = 1; k < path.length; k++) {
        expect(linked.has(pairKey(path[k - 1] as string, path[k] as string)), intro.key).toBe(true);
      }
      // Never directly connected to anyone past the first intermediary: the path has no shortcut.
      for (const later of path.slice(2))
        expect(linked.has(pairKey(intro.requesterId, later)), intro.key).toBe(false);
      // The requester may see every intermediary's list: public, or connections' and theirs as one.
      for (const node of path.slice(1, -1)) {
        const level = visibility.get(node);
        const allowed =
          level === "public" || (level === "connections" && linked.has(pairKey(intro.requesterId, node)));
        expect(allowed, `${intro.key} through ${node}`).toBe(true);
      }
      const pair = `${intro.requesterId}>${intro.targetId}`;
      expect(asked.has(pair)).toBe(false);
      asked.add(pair);
    }
  });

  it("keeps steps, versions and dates in line with each introduction's status", () => {
    for (const intro of net.introductions) {
      const steps = stepsOf(net, intro);
      const current = intro.currentStep;
      expect(intro.reason.length).toBeGreaterThanOrEqual(REASON_MIN);
      expect(intro.reason.length).toBeLessThanOrEqual(REASON_MAX);
      expect(intro.reason).not.toMatch(/[{}]/);
      expect(intro.outcome === null || intro.status === "accepted").toBe(true);
      expect(intro.closedAt === null).toBe(intro.status === "pending");
      expect(intro.createdAt <= intro.updatedAt && intro.updatedAt < startOfAsOf, intro.key).toBe(true);

      let previous = intro.createdAt;
      for (const s of steps) {
        expect(s.note.length).toBeLessThanOrEqual(NOTE_MAX);
        if (s.position > current) {
          expect([s.status, s.dueAt, s.decidedAt, s.note]).toEqual(["not_reached", null, null, ""]);
          continue;
        }
        // Reached: due STEP_DAYS after the change that made it wait.
        expect(s.dueAt, `${intro.key}#${s.position}`).toBe(plusDays(previous, STEP_DAYS));
        if (s.position < current) expect(s.status).toBe("accepted");
        if (s.status === "accepted") {
          expect(s.note).not.toBe("");
          expect(s.decidedAt !== null && s.decidedAt > previous && s.decidedAt < startOfAsOf).toBe(true);
          previous = s.decidedAt as string;
        }
      }
      const stop = steps[current - 1];
      const decided = steps.filter((s) => s.decidedAt !== null).length;
      switch (intro.status) {
        case "pending":
          expect(stop?.status).toBe("waiting");
          expect((stop?.dueAt as string) > endOfAsOf, intro.key).toBe(true);
          expect(intro.version).toBe(1 + decided);
          break;
        case "accepted":
          expect(current).toBe(steps.length);
          expect(steps.every((s) => s.status === "accepted")).toBe(true);
          expect(intro.closedAt).toBe(stop?.decidedAt);
          expect(intro.version).toBe(1 + decided);
          break;
        case "declined":
          expect(stop?.status).toBe("declined");
          expect(intro.closedAt).toBe(stop?.decidedAt);
          expect(intro.version).toBe(1 + decided);
          break;
        case "expired":
          expect([stop?.status, stop?.decidedAt]).toEqual(["expired", null]);
          expect(intro.closedAt).toBe(stop?.dueAt);
          expect((intro.closedAt as string) < startOfAsOf).toBe(true);
          expect(intro.version).toBe(2 + decided);
          break;
        default:
          throw new Error(`unexpected status ${intro.status}`);
      }
    }
  });

  it("has requesters thank only the intermediaries of made introductions, once each, afterwards", () => {
    const intros = new Map(net.introductions.map((i) => [i.key, i]));
    const seen = new Set<string>();
    for (const t of net.thanks) {
      const intro = intros.get(t.introductionKey) as DemoIntroduction;
      expect(intro.status).toBe("accepted");
      expect(t.fromUser).toBe(intro.requesterId);
      expect(pathOf(net, intro).slice(1, -1)).toContain(t.toUser);
      expect(t.message.length).toBeLessThanOrEqual(THANKS_MESSAGE_MAX);
      expect(t.createdAt > (intro.closedAt as string) && t.createdAt < startOfAsOf).toBe(true);
      const key = `${t.introductionKey}:${t.toUser}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });
});

describe("the default demo's trust network", () => {
  const login = network.people[0]?.id as string;
  const linked = new Set(network.connections.map((c) => pairKey(c.userA, c.userB)));
  const mine = (role: "requester" | "intermediary" | "target") =>
    network.introductions.filter((i) => {
      const path = pathOf(network, i);
      if (role === "requester") return path[0] === login;
      if (role === "target") return path.at(-1) === login;
      return path.slice(1, -1).includes(login);
    });

  it("is deterministic and draws on its own stream", () => {
    const again = generateDemoNetwork(42, SIZE, AS_OF);
    const parts = (n: DemoNetwork) => [
      n.connections,
      n.connectionRequests,
      n.introductions,
      n.introductionSteps,
      n.thanks,
    ];
    expect(parts(again)).toEqual(parts(network));
    expect(parts(generateDemoNetwork(43, SIZE, AS_OF))).not.toEqual(parts(network));
  });

  it("has the planned size", () => {
    expect({
      requests: network.connectionRequests.length,
      introductions: network.introductions.length,
      thanks: network.thanks.length,
    }).toEqual({ requests: 12, introductions: 13, thanks: 4 });
    const others = network.introductions.filter((i) => !pathOf(network, i).includes(login));
    expect(others).toHaveLength(8);
    const statuses = new Set(others.map((i) => i.status));
    expect([...statuses].sort()).toEqual(["accepted", "declined", "expired", "pending"]);
    expect(others.some((i) => stepsOf(network, i).length === 3)).toBe(true);
  });

  it("spreads connection list visibility: mostly connections, a fifth public, a tenth only me", () => {
    const count = (level: string) =>
      network.people.filter((p) => p.connectionListVisibility === level).length;
    expect(count("public")).toBe(12);
    expect(count("only_me")).toBe(6);
    expect(count("connections")).toBe(42);
  });

  it("has colleagues mostly trust each other as having worked together, with every level in use", () => {
    const colleagues = network.connections.filter((c) => c.contextOrgSlug !== null);
    const sides = colleagues.flatMap((c) => [c.trustA, c.trustB]);
    const share = (level: string | null) => sides.filter((t) => t === level).length / sides.length;
    expect(share("worked_with")).toBeGreaterThan(0.5);
    for (const level of ["would_vouch_for", "know_of", null]) expect(share(level)).toBeGreaterThan(0);
    expect(colleagues.length / network.connections.length).toBeGreaterThan(0.7);
    const busy = network.connections.filter((c) => c.interactions > 0).length;
    expect(busy).toBeGreaterThanOrEqual(3);
    expect(busy).toBeLessThan(20);
  });

  it("gives the login three requests to answer, one of them naming a shared company, and one sent", () => {
    const pending = network.connectionRequests.filter((r) => r.status === "pending");
    const incoming = pending.filter((r) => r.toUser === login);
    expect(incoming).toHaveLength(3);
    for (const r of incoming) {
      expect(linked.has(pairKey(r.fromUser, login))).toBe(false);
      expect(r.message).not.toBe("");
    }
    expect(incoming.filter((r) => r.contextOrgSlug !== null)).toHaveLength(1);
    const outgoing = pending.filter((r) => r.fromUser === login);
    expect(outgoing).toHaveLength(1);
    expect(linked.has(pairKey(login, outgoing[0]?.toUser as string))).toBe(false);
    const elsewhere = network.connectionRequests.filter((r) => r.fromUser !== login && r.toUser !== login);
    expect(elsewhere.filter((r) => r.status === "accepted").length).toBeGreaterThanOrEqual(3);
    expect(elsewhere.filter((r) => r.status === "declined").length).toBeGreaterThanOrEqual(1);
  });

  it("fills the login's introductions: three she asked for, one waiting on her as intermediary, one as target", () => {
    const asked = mine("requester");
    expect(asked.map((i) => i.status).sort()).toEqual(["accepted", "declined", "pending"]);

    const pending = asked.find((i) => i.status === "pending") as DemoIntroduction;
    expect(pending.currentStep).toBe(1);
    expect(stepsOf(network, pending)[0]?.status).toBe("waiting");

    const made = asked.find((i) => i.status === "accepted") as DemoIntroduction;
    expect(made.outcome).toBe("met");
    const madeSteps = stepsOf(network, made);
    expect(madeSteps.every((s) => s.status === "accepted" && s.note !== "")).toBe(true);
    const thanked = network.thanks.filter((t) => t.introductionKey === made.key).map((t) => t.toUser);
    expect(thanked).toEqual(madeSteps.slice(0, -1).map((s) => s.personId));

    const declined = asked.find((i) => i.status === "declined") as DemoIntroduction;
    expect(stepsOf(network, declined).map((s) => s.status)).toEqual(["declined", "not_reached"]);

    // Her inbox: the steps waiting on her.
    const waiting = network.introductionSteps.filter((s) => s.personId === login && s.status === "waiting");
    expect(waiting).toHaveLength(2);
    const [through] = mine("intermediary");
    const [toHer] = mine("target");
    expect(mine("intermediary")).toHaveLength(1);
    expect(mine("target")).toHaveLength(1);
    expect(through?.status).toBe("pending");
    expect(
      stepsOf(network, through as DemoIntroduction)[(through?.currentStep as number) - 1]?.personId,
    ).toBe(login);
    expect(toHer?.status).toBe("pending");
    expect(toHer?.currentStep).toBe(stepsOf(network, toHer as DemoIntroduction).length);
    expect(waiting.map((s) => s.introductionKey).sort()).toEqual([through?.key, toHer?.key].sort());
  });
});
