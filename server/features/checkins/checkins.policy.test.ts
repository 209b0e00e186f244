import { describe, expect, it } from "vitest";
import type { Role } from "../../../shared/organizations/schemas.ts";
import { type Actor, ANONYMOUS } from "../accounts/actor.ts";
import type { MembershipFacts } from "../organizations/organizations.policy.ts";
import type { Standing } from "../organizations/standing.ts";
import type { TourViewer } from "../tours/tours.policy.ts";
import { canOnCheckIn, canReadPrivateNote } from "./checkins.policy.ts";

const user = { kind: "user", userId: "me", email: "me@x.io", name: "Me", emailVerified: true } as Actor;
const m = (role: Role, standing: Standing = "member"): MembershipFacts => ({ role, standing });
const viewer = (
  membership: MembershipFacts | null,
  part: "person" | "sponsor" | "none",
  actor = user,
): TourViewer => ({ actor, membership, isPerson: part === "person", isSponsor: part === "sponsor" });

// Every kind of actor a tour's check-ins meet, including those who must be refused.
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
];

const mine = { authorId: "me" };
const theirs = { authorId: "someone-else" };
type Check = (v: TourViewer) => boolean;
const checks: Record<string, Check> = {
  list: (v) => canOnCheckIn(v, "list"),
  create: (v) => canOnCheckIn(v, "create"),
  "edit own": (v) => canOnCheckIn(v, "edit", mine),
  "edit someone else's": (v) => canOnCheckIn(v, "edit", theirs),
  "edit one whose author was deleted": (v) => canOnCheckIn(v, "edit", { authorId: null }),
  "keep a private note": (v) => canOnCheckIn(v, "keepPrivateNote", theirs),
  "read own private note": (v) => canReadPrivateNote(v, mine),
  "read someone else's private note": (v) => canReadPrivateNote(v, theirs),
};

// Columns follow `actors`. Written out so a change of rule shows as a diff of this table.
const Y = true;
const N = false;
const matrix: Record<keyof typeof checks, boolean[]> = {
  //                              anon other memb mgr  alum rem  pers p-left spons s-left admin owner
  list: [N, N, N, N, N, N, Y, Y, Y, N, Y, Y],
  create: [N, N, N, N, N, N, Y, N, Y, N, Y, Y],
  "edit own": [N, N, N, N, N, N, Y, N, Y, N, Y, Y],
  "edit someone else's": [N, N, N, N, N, N, N, N, N, N, N, N],
  "edit one whose author was deleted": [N, N, N, N, N, N, N, N, N, N, N, N],
  "keep a private note": [N, N, N, N, N, N, Y, Y, Y, N, Y, Y],
  "read own private note": [N, N, N, N, N, N, Y, Y, Y, N, Y, Y],
  "read someone else's private note": [N, N, N, N, N, N, N, N, N, N, N, N],
};

describe("check-in policy", () => {
  for (const [action, row] of Object.entries(matrix)) {
    const check = checks[action] as Check;
    actors.forEach(([name, v], i) => {
      it(`${name} ${row[i] ? "may" : "may not"} ${action}`, () => expect(check(v)).toBe(row[i]));
    });
  }
});
