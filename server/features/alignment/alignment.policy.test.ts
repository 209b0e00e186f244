import { describe, expect, it } from "vitest";
import type { Role } from "../../../shared/organizations/schemas.ts";
import { type Actor, ANONYMOUS } from "../accounts/actor.ts";
import type { MembershipFacts } from "../organizations/organizations.policy.ts";
import type { Standing } from "../organizations/standing.ts";
import { canOnOrgValues, canViewAlignment, type OrgValuesAction } from "./alignment.policy.ts";

const user: Actor = { kind: "user", userId: "me", email: "me@x.io", name: "Me", emailVerified: true };
const facts = (role: Role, standing: Standing = "member"): MembershipFacts => ({ role, standing });
const memberSubject = { userId: "them", membership: facts("member") };

// [name, actor, the actor's membership, the subject whose alignment they ask for]
type Row = [string, Actor, MembershipFacts | null, { userId: string; membership: MembershipFacts | null }];
const actors: Row[] = [
  ["anonymous", ANONYMOUS, null, memberSubject],
  ["member of another organization", user, null, memberSubject],
  ["alumnus", user, facts("admin", "alumnus"), memberSubject],
  ["former member", user, facts("owner", "former"), memberSubject],
  ["removed member", user, facts("admin", "removed"), memberSubject],
  ["member", user, facts("member"), memberSubject],
  ["manager", user, facts("manager"), memberSubject],
  ["admin", user, facts("admin"), memberSubject],
  ["owner", user, facts("owner"), memberSubject],
  ["the person themself (member)", user, facts("member"), { userId: "me", membership: facts("member") }],
];

type Action = OrgValuesAction | "alignment.view";
const can = ([, actor, membership, subject]: Row, action: Action) =>
  action === "alignment.view"
    ? canViewAlignment(actor, membership, subject)
    : canOnOrgValues(actor, membership, action);

// Rows are actions, columns follow `actors` above. Written out so a change of rule is a visible diff.
const matrix: Record<Action, boolean[]> = {
  //                  anon   other  alumni former removed member manager admin owner  self
  "values.readOwn": [false, false, true, false, false, true, true, true, true, true],
  "values.add": [false, false, false, false, false, false, false, true, true, false],
  "values.remove": [false, false, false, false, false, false, false, true, true, false],
  "alignment.view": [false, false, false, false, false, false, true, true, true, true],
};

describe("alignment policy by actor", () => {
  for (const [action, row] of Object.entries(matrix) as [Action, boolean[]][]) {
    actors.forEach((a, i) => {
      it(`${a[0]} ${row[i] ? "may" : "may not"} ${action}`, () => {
        expect(can(a, action)).toBe(row[i]);
      });
    });
  }
});

describe("canViewAlignment for the person themself", () => {
  const self = (membership: MembershipFacts | null) => ({ userId: "me", membership });
  const cases: [string, MembershipFacts | null, boolean][] = [
    ["current member", facts("member"), true],
    ["alumnus", facts("member", "alumnus"), true],
    ["former member", facts("member", "former"), true],
    ["removed member", facts("member", "removed"), true],
    ["never belonged", null, false],
  ];
  for (const [name, membership, allowed] of cases) {
    it(`${name}: ${allowed}`, () =>
      expect(canViewAlignment(user, membership, self(membership))).toBe(allowed));
  }
  it("anonymous never, even with a matching id", () => {
    expect(canViewAlignment(ANONYMOUS, null, self(facts("member")))).toBe(false);
  });
});

describe("canViewAlignment of someone else, by a current owner", () => {
  const cases: [string, MembershipFacts | null, boolean][] = [
    ["current member", facts("admin"), true],
    ["alumnus", facts("member", "alumnus"), false],
    ["former member", facts("member", "former"), false],
    ["removed member", facts("member", "removed"), false],
    ["outsider", null, false],
  ];
  for (const [name, membership, allowed] of cases) {
    it(`${name}: ${allowed}`, () =>
      expect(canViewAlignment(user, facts("owner"), { userId: "them", membership })).toBe(allowed));
  }
});
