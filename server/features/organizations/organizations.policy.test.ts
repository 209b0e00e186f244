import { describe, expect, it } from "vitest";
import type { Role } from "../../../shared/organizations/schemas.ts";
import { type Actor, ANONYMOUS } from "../accounts/actor.ts";
import {
  canAssignRole,
  canOnOrg,
  canRemoveMember,
  canSeeMemberEmails,
  type MembershipFacts,
  type OrgAction,
} from "./organizations.policy.ts";

const user: Actor = { kind: "user", userId: "me", email: "me@x.io", name: "Me", emailVerified: true };
const active = (role: Role): MembershipFacts => ({ role, standing: "member" });

const actors: [string, Actor, MembershipFacts | null][] = [
  ["anonymous", ANONYMOUS, null],
  ["member of another organization", user, null],
  ["alumnus", user, { role: "member", standing: "alumnus" }],
  ["former member", user, { role: "admin", standing: "former" }],
  ["removed member", user, { role: "admin", standing: "removed" }],
  ["member", user, active("member")],
  ["manager", user, active("manager")],
  ["admin", user, active("admin")],
  ["owner", user, active("owner")],
];

// Rows are actions, columns follow `actors` above. Written out so a change of rule is a visible diff.
const matrix: Record<OrgAction, boolean[]> = {
  //                      anon   other  alumni former removed member manager admin owner
  "org.read": [false, true, true, true, true, true, true, true, true],
  "alumni.area": [false, false, true, false, false, true, true, true, true],
  "members.list": [false, false, false, false, false, true, true, true, true],
  "members.leave": [false, false, false, false, false, true, true, true, true],
  "departures.record": [false, false, false, false, false, false, true, true, true],
  "people.history": [false, false, false, false, false, false, true, true, true],
  "org.update": [false, false, false, false, false, false, false, true, true],
  "members.changeRole": [false, false, false, false, false, false, false, true, true],
  "members.remove": [false, false, false, false, false, false, false, true, true],
  "invitations.list": [false, false, false, false, false, false, false, true, true],
  "invitations.create": [false, false, false, false, false, false, false, true, true],
  "invitations.revoke": [false, false, false, false, false, false, false, true, true],
  "departures.confirm": [false, false, false, false, false, false, false, true, true],
  "affiliations.manage": [false, false, false, false, false, false, false, true, true],
  "alumni.manage": [false, false, false, false, false, false, false, true, true],
  "values.extend": [false, false, false, false, false, false, false, true, true],
};

describe("canOnOrg", () => {
  for (const [action, row] of Object.entries(matrix) as [OrgAction, boolean[]][]) {
    actors.forEach(([name, actor, membership], i) => {
      it(`${name} ${row[i] ? "may" : "may not"} ${action}`, () => {
        expect(canOnOrg(actor, membership, action)).toBe(row[i]);
      });
    });
  }
});

describe("canAssignRole", () => {
  const cases: [string, Role, Role, Role, boolean][] = [
    ["admin promotes member to manager", "admin", "member", "manager", true],
    ["admin makes someone admin", "admin", "member", "admin", true],
    ["admin cannot grant ownership", "admin", "admin", "owner", false],
    ["admin cannot demote an owner", "admin", "owner", "admin", false],
    ["owner grants ownership", "owner", "admin", "owner", true],
    ["owner demotes another owner", "owner", "owner", "member", true],
    ["manager cannot change roles", "manager", "member", "admin", false],
    ["member cannot change roles", "member", "member", "manager", false],
  ];
  for (const [name, actorRole, targetRole, newRole, allowed] of cases) {
    it(name, () => {
      expect(canAssignRole("me", actorRole, { userId: "them", role: targetRole }, newRole)).toBe(allowed);
    });
  }
  it("nobody changes their own role", () => {
    expect(canAssignRole("me", "owner", { userId: "me", role: "owner" }, "admin")).toBe(false);
  });
});

describe("canRemoveMember", () => {
  it("anyone may leave", () => {
    for (const role of ["member", "manager", "admin", "owner"] as Role[]) {
      expect(canRemoveMember("me", role, { userId: "me", role })).toBe(true);
    }
  });
  it("admins remove non-owners but not owners", () => {
    expect(canRemoveMember("me", "admin", { userId: "x", role: "manager" })).toBe(true);
    expect(canRemoveMember("me", "admin", { userId: "x", role: "owner" })).toBe(false);
  });
  it("owners remove owners; members and managers remove nobody else", () => {
    expect(canRemoveMember("me", "owner", { userId: "x", role: "owner" })).toBe(true);
    expect(canRemoveMember("me", "manager", { userId: "x", role: "member" })).toBe(false);
    expect(canRemoveMember("me", "member", { userId: "x", role: "member" })).toBe(false);
  });
});

describe("canSeeMemberEmails", () => {
  const table: [string, MembershipFacts | null, boolean][] = [
    ["outsider", null, false],
    ["alumnus admin", { role: "admin", standing: "alumnus" }, false],
    ["member", active("member"), false],
    ["manager", active("manager"), false],
    ["admin", active("admin"), true],
    ["owner", active("owner"), true],
  ];
  for (const [name, m, allowed] of table)
    it(`${name}: ${allowed}`, () => expect(canSeeMemberEmails(m)).toBe(allowed));
});
