import { describe, expect, it } from "vitest";
import type { Role } from "../../../shared/organizations/schemas.ts";
import { type Actor, ANONYMOUS } from "../accounts/actor.ts";
import type { MembershipFacts } from "../organizations/organizations.policy.ts";
import type { Standing } from "../organizations/standing.ts";
import {
  canCreateTour,
  canOnTour,
  sideOf,
  type TourAction,
  type TourViewer,
  tourListScope,
} from "./tours.policy.ts";

const user = { kind: "user", userId: "me", email: "me@x.io", name: "Me", emailVerified: true } as Actor;
const m = (role: Role, standing: Standing = "member"): MembershipFacts => ({ role, standing });
const viewer = (
  membership: MembershipFacts | null,
  part: "person" | "sponsor" | "none",
  actor = user,
): TourViewer => ({
  actor,
  membership,
  isPerson: part === "person",
  isSponsor: part === "sponsor",
});

// Every kind of actor a tour meets, including those who must be refused.
const actors: [string, TourViewer][] = [
  ["anonymous", viewer(null, "none", ANONYMOUS)],
  ["member of another organization", viewer(null, "none")],
  ["another member", viewer(m("member"), "none")],
  ["a manager who is not the sponsor", viewer(m("manager"), "none")],
  ["an alumnus of the organization", viewer(m("member", "alumnus"), "none")],
  ["a removed member", viewer(m("admin", "removed"), "none")],
  ["the person", viewer(m("member"), "person")],
  ["the person after leaving", viewer(m("member", "alumnus"), "person")],
  ["the sponsor", viewer(m("manager"), "sponsor")],
  ["the sponsor after leaving", viewer(m("manager", "former"), "sponsor")],
  ["an admin", viewer(m("admin"), "none")],
  ["the owner", viewer(m("owner"), "none")],
  ["an admin who is the person", viewer(m("admin"), "person")],
];

// Columns follow `actors`. Written out so a change of rule shows as a diff of this table.
const Y = true;
const N = false;
const matrix: Record<TourAction, boolean[]> = {
  //                anon other memb mgr  alum rem  pers p-left spons s-left admin owner adm-pers
  read: [N, N, N, N, N, N, Y, Y, Y, N, Y, Y, Y],
  "checkIn.read": [N, N, N, N, N, N, Y, Y, Y, N, Y, Y, Y],
  edit: [N, N, N, N, N, N, Y, N, Y, N, Y, Y, Y],
  propose: [N, N, N, N, N, N, Y, N, Y, N, Y, Y, Y],
  withdraw: [N, N, N, N, N, N, Y, N, Y, N, Y, Y, Y],
  sign: [N, N, N, N, N, N, Y, N, Y, N, Y, Y, Y],
  amend: [N, N, N, N, N, N, Y, N, Y, N, Y, Y, Y],
  endEarly: [N, N, N, N, N, N, Y, N, Y, N, Y, Y, Y],
  "checkIn.create": [N, N, N, N, N, N, Y, N, Y, N, Y, Y, Y],
  complete: [N, N, N, N, N, N, N, N, Y, N, Y, Y, N],
};

describe("canOnTour", () => {
  for (const [action, row] of Object.entries(matrix) as [TourAction, boolean[]][]) {
    actors.forEach(([name, v], i) => {
      it(`${name} ${row[i] ? "may" : "may not"} ${action}`, () => expect(canOnTour(v, action)).toBe(row[i]));
    });
  }
});

describe("sideOf", () => {
  it("puts the person on the person side even when they are an admin", () => {
    expect(sideOf(viewer(m("admin"), "person"))).toBe("person");
  });
  it("puts the sponsor and admins on the company side", () => {
    expect(sideOf(viewer(m("member"), "sponsor"))).toBe("company");
    expect(sideOf(viewer(m("owner"), "none"))).toBe("company");
  });
  it("gives no side to anyone else", () => {
    expect(sideOf(viewer(m("manager"), "none"))).toBeNull();
    expect(sideOf(viewer(m("member", "alumnus"), "person"))).toBeNull();
  });
});

describe("canCreateTour", () => {
  const cases: [string, Actor, MembershipFacts | null, string, boolean][] = [
    ["anonymous", ANONYMOUS, null, "me", false],
    ["outsider", user, null, "them", false],
    ["alumnus for themself", user, m("member", "alumnus"), "me", false],
    ["member for themself", user, m("member"), "me", true],
    ["member for someone else", user, m("member"), "them", false],
    ["manager for a member", user, m("manager"), "them", true],
    ["admin for a member", user, m("admin"), "them", true],
    ["removed admin", user, m("admin", "removed"), "them", false],
  ];
  for (const [name, actor, membership, personId, allowed] of cases) {
    it(`${name}: ${allowed}`, () => expect(canCreateTour(actor, membership, personId)).toBe(allowed));
  }
});

describe("tourListScope", () => {
  it("shows admins all tours, members their own, and anonymous nothing", () => {
    expect(tourListScope(user, m("owner"))).toBe("all");
    expect(tourListScope(user, m("admin"))).toBe("all");
    expect(tourListScope(user, m("manager"))).toBe("mine");
    expect(tourListScope(user, m("admin", "alumnus"))).toBe("mine");
    expect(tourListScope(ANONYMOUS, null)).toBe("none");
  });
});
