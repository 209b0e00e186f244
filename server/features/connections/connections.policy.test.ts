import { describe, expect, it } from "vitest";
import type { ConnectionListVisibility } from "../../../shared/connections/constants.ts";
import { userActor } from "../../test/actors.ts";
import { type Actor, ANONYMOUS } from "../accounts/actor.ts";
import type { Standing } from "../organizations/standing.ts";
import {
  canBlock,
  canOnConnection,
  canOnRequest,
  canSeeConnectionList,
  canUseContextOrg,
  canUseContextTour,
  ownTrustColumn,
  type PairFacts,
  type RequestFacts,
  type RequestRefusal,
  type RequestTargetFacts,
  requestInBox,
  requestRefusal,
} from "./connections.policy.ts";

// One small world, seen by every kind of actor:
// - owen owns a connection list, is connected to cora (stored as cora = user A, owen = user B), blocks
//   bob and is blocked by bea;
// - sam asked rita to connect;
// - in owen's organization, owen and cora are members, al is an alumnus and rex was removed; otto is a
//   member of another organization only;
// - cora is the person of a tour of duty that owen sponsors.
const user = userActor;

const OWNER = "owen";
const connectedToOwner = new Set(["cora"]);
const blockedWithOwner = new Set(["bob", "bea"]);
const standingInOwnersOrg: Record<string, Standing> = {
  owen: "member",
  cora: "member",
  al: "alumnus",
  rex: "removed",
};

const actors: [string, Actor][] = [
  ["anonymous", ANONYMOUS],
  ["a stranger", user("stan")],
  ["another organization's member", user("otto")],
  ["an alumnus of the owner's organization", user("al")],
  ["a member removed from it", user("rex")],
  ["the connection's other side", user("cora")],
  ["the sender", user("sam")],
  ["the recipient", user("rita")],
  ["someone the owner blocks", user("bob")],
  ["someone who blocks the owner", user("bea")],
  ["the owner", user(OWNER)],
];

const id = (a: Actor) => (a.kind === "user" ? a.userId : "");
const toOwner = (a: Actor): PairFacts => ({
  self: id(a) === OWNER,
  connected: connectedToOwner.has(id(a)),
  blocked: blockedWithOwner.has(id(a)),
});
const request = (status: RequestFacts["status"]): RequestFacts => ({
  fromUser: "sam",
  toUser: "rita",
  status,
});
const connection = { userA: "cora", userB: OWNER };
const tour = { personId: "cora", sponsorId: OWNER };
const list = (visibility: ConnectionListVisibility) => (a: Actor) =>
  canSeeConnectionList(a, toOwner(a), visibility);

type Check = (a: Actor) => boolean;
const checks: Record<string, Check> = {
  "see a public list": list("public"),
  "see a connections-only list": list("connections"),
  "see an only-me list": list("only_me"),
  "ask the owner to connect": (a) =>
    requestRefusal(a, { ...toOwner(a), exists: true, openRequest: null, declinedRecently: false }) === null,
  "see the request": (a) => canOnRequest(a, request("pending"), "see"),
  "accept it": (a) => canOnRequest(a, request("pending"), "accept"),
  "decline it": (a) => canOnRequest(a, request("pending"), "decline"),
  "ignore it": (a) => canOnRequest(a, request("pending"), "ignore"),
  "withdraw it": (a) => canOnRequest(a, request("pending"), "withdraw"),
  "accept it once ignored": (a) => canOnRequest(a, request("ignored"), "accept"),
  "ignore it once ignored": (a) => canOnRequest(a, request("ignored"), "ignore"),
  "withdraw it once ignored": (a) => canOnRequest(a, request("ignored"), "withdraw"),
  "do anything with it once closed": (a) =>
    (["accepted", "declined", "withdrawn"] as const).some((s) =>
      (["see", "accept", "decline", "ignore", "withdraw"] as const).some((x) =>
        canOnRequest(a, request(s), x),
      ),
    ),
  "find it pending in a box": (a) => requestInBox(a, request("pending")) !== null,
  "find it ignored in a box": (a) => requestInBox(a, request("ignored")) !== null,
  "edit or end the owner's connection": (a) => canOnConnection(a, connection),
  "read cora's trust in the owner": (a) => ownTrustColumn(a, connection) === "trustA",
  "read the owner's trust in cora": (a) => ownTrustColumn(a, connection) === "trustB",
  "name the owner's organization as context": (a) => {
    const standing = standingInOwnersOrg[id(a)];
    return canUseContextOrg(standing ? { standing } : null);
  },
  "name or see the tour as context": (a) => canUseContextTour(a, tour),
  "block the owner": (a) => canBlock(a, OWNER),
};

// Columns follow `actors`. Written out so a change of rule shows as a diff of this table.
const Y = true;
const N = false;
const matrix: Record<keyof typeof checks, boolean[]> = {
  // anonymous, stranger, other org, alumnus, removed, cora, sam, rita, bob, bea, owner
  "see a public list": [N, Y, Y, Y, Y, Y, Y, Y, N, N, Y],
  "see a connections-only list": [N, N, N, N, N, Y, N, N, N, N, Y],
  "see an only-me list": [N, N, N, N, N, N, N, N, N, N, Y],
  "ask the owner to connect": [N, Y, Y, Y, Y, N, Y, Y, N, N, N],
  "see the request": [N, N, N, N, N, N, Y, Y, N, N, N],
  "accept it": [N, N, N, N, N, N, N, Y, N, N, N],
  "decline it": [N, N, N, N, N, N, N, Y, N, N, N],
  "ignore it": [N, N, N, N, N, N, N, Y, N, N, N],
  "withdraw it": [N, N, N, N, N, N, Y, N, N, N, N],
  "accept it once ignored": [N, N, N, N, N, N, N, Y, N, N, N],
  "ignore it once ignored": [N, N, N, N, N, N, N, N, N, N, N],
  "withdraw it once ignored": [N, N, N, N, N, N, Y, N, N, N, N],
  "do anything with it once closed": [N, N, N, N, N, N, N, N, N, N, N],
  "find it pending in a box": [N, N, N, N, N, N, Y, Y, N, N, N],
  "find it ignored in a box": [N, N, N, N, N, N, Y, N, N, N, N],
  "edit or end the owner's connection": [N, N, N, N, N, Y, N, N, N, N, Y],
  "read cora's trust in the owner": [N, N, N, N, N, Y, N, N, N, N, N],
  "read the owner's trust in cora": [N, N, N, N, N, N, N, N, N, N, Y],
  "name the owner's organization as context": [N, N, N, Y, N, Y, N, N, N, N, Y],
  "name or see the tour as context": [N, N, N, N, N, Y, N, N, N, N, Y],
  "block the owner": [N, Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
};

describe("connections policy", () => {
  for (const [action, row] of Object.entries(matrix)) {
    const check = checks[action] as Check;
    actors.forEach(([name, a], i) => {
      it(`${name} ${row[i] ? "may" : "may not"} ${action}`, () => expect(check(a)).toBe(row[i]));
    });
  }
});

describe("why a request is refused", () => {
  const me = user("me");
  const facts: RequestTargetFacts = {
    self: false,
    exists: true,
    connected: false,
    blocked: false,
    openRequest: null,
    declinedRecently: false,
  };
  const cases: [string, Partial<RequestTargetFacts>, RequestRefusal | null][] = [
    ["nothing in the way", {}, null],
    ["oneself", { self: true }, "self"],
    ["an unknown person", { exists: false }, "unavailable"],
    ["a block either way, answered like an unknown person", { blocked: true }, "unavailable"],
    ["already connected", { connected: true }, "already_connected"],
    ["my open request", { openRequest: "mine" }, "already_requested"],
    ["their open request (asking back accepts it)", { openRequest: "theirs" }, null],
    ["their recent decline", { declinedRecently: true }, "declined_recently"],
    ["their open request after an old decline", { openRequest: "theirs", declinedRecently: true }, null],
  ];
  for (const [name, change, expected] of cases) {
    it(`${name}: ${expected ?? "allowed"}`, () => {
      expect(requestRefusal(me, { ...facts, ...change })).toBe(expected);
    });
  }
  it("asks anonymous callers to sign in", () => {
    expect(requestRefusal(ANONYMOUS, facts)).toBe("unauthenticated");
  });
});
