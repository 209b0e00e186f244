import { describe, expect, it } from "vitest";
import type { IntroductionStatus, StepStatus } from "../../../shared/introductions/constants.ts";
import { userActor } from "../../test/actors.ts";
import { type Actor, ANONYMOUS } from "../accounts/actor.ts";
import {
  canOnIntroduction,
  type IntroductionFacts,
  type IntroductionViewer,
  publicStatus,
  type StepFacts,
  type ViewContext,
  viewIntroduction,
} from "./introductions.policy.ts";

// The path of every case: requester R → intermediary A → intermediary B → target T.
const user = userActor;
const viewer = (actor: Actor, blockedWithRequester = false): IntroductionViewer => ({
  actor,
  blockedWithRequester,
});

const ctx: ViewContext = {
  people: new Map(
    ["R", "A", "B", "T", "S"].map((id) => [id, { displayName: `Name ${id}`, email: `${id}@mail.test` }]),
  ),
  thanked: new Set(),
};

const at = (day: number) => new Date(Date.UTC(2030, 0, day));
const intro = (
  status: IntroductionStatus,
  currentStep: number,
  version = currentStep,
): IntroductionFacts => ({
  id: "intro-1",
  requesterId: "R",
  targetId: "T",
  reason: "A reason to meet",
  status,
  currentStep,
  outcome: status === "accepted" ? "met" : null,
  version,
  createdAt: at(1),
  closedAt: status === "pending" ? null : at(20),
});
type StepSpec = [StepStatus, string?, boolean?];
/** Steps for A, B and T: status, note, and whether it was reached (has a due date). */
const steps = (...specs: StepSpec[]): StepFacts[] =>
  specs.map(([status, note = "", reached], i) => ({
    position: i + 1,
    personId: ["A", "B", "T"][i] as string,
    status,
    note,
    dueAt: (reached ?? status !== "not_reached") ? at(2 + i * 3 + 14) : null,
    decidedAt: ["accepted", "declined"].includes(status) ? at(3 + i * 3) : null,
  }));

const A_NOTE = "note-from-A";
const B_NOTE = "note-from-B";
const B_DECLINE = "B-declines-because";

const scenarios: Record<string, [IntroductionFacts, StepFacts[]]> = {
  "waiting on A": [intro("pending", 1), steps(["waiting"], ["not_reached"], ["not_reached"])],
  "waiting on B": [intro("pending", 2), steps(["accepted", A_NOTE], ["waiting"], ["not_reached"])],
  "waiting on T": [intro("pending", 3), steps(["accepted", A_NOTE], ["accepted", B_NOTE], ["waiting"])],
  made: [intro("accepted", 3, 4), steps(["accepted", A_NOTE], ["accepted", B_NOTE], ["accepted", "hi"])],
  "B declined": [
    intro("declined", 2, 3),
    steps(["accepted", A_NOTE], ["declined", B_DECLINE], ["not_reached"]),
  ],
  "T ran out": [intro("expired", 3, 4), steps(["accepted", A_NOTE], ["accepted", B_NOTE], ["expired"])],
  "withdrawn at B": [
    intro("withdrawn", 2, 3),
    steps(["accepted", A_NOTE], ["not_reached", "", true], ["not_reached"]),
  ],
};

// Every kind of actor an introduction meets. A person from another organization is a stranger here:
// introductions belong to no organization.
const actors: [string, IntroductionViewer][] = [
  ["anonymous", viewer(ANONYMOUS)],
  ["a stranger (any organization)", viewer(user("S"))],
  ["the requester", viewer(user("R"))],
  ["intermediary A", viewer(user("A"))],
  ["intermediary B", viewer(user("B"))],
  ["the target", viewer(user("T"))],
  ["the target, blocking the requester", viewer(user("T"), true)],
  ["intermediary A, blocked by the requester", viewer(user("A"), true)],
];

type Check = (v: IntroductionViewer, i: IntroductionFacts, s: StepFacts[]) => boolean;
const sees =
  (text: string): Check =>
  (v, i, s) =>
    JSON.stringify(viewIntroduction(v, i, s, ctx)).includes(text);
const checks: Record<string, Check> = {
  read: (v, i, s) => canOnIntroduction(v, i, s, "read") && viewIntroduction(v, i, s, ctx) !== null,
  respond: (v, i, s) => canOnIntroduction(v, i, s, "respond"),
  withdraw: (v, i, s) => canOnIntroduction(v, i, s, "withdraw"),
  "set the outcome": (v, i, s) => canOnIntroduction(v, i, s, "setOutcome"),
  thank: (v, i, s) => canOnIntroduction(v, i, s, "thank"),
  "see contact details": (v, i, s) => viewIntroduction(v, i, s, ctx)?.contact != null,
  "see A's note": sees(A_NOTE),
  "see B's note": sees(B_NOTE),
  "see B's decline note": sees(B_DECLINE),
};

// Columns follow `actors`. Written out so a change of rule shows as a diff of this table.
const Y = true;
const N = false;
const ____ = [N, N, N, N, N, N, N, N];
const matrix: Record<string, Record<string, boolean[]>> = {
  //                       anon strg R    A    B    T    T-bl A-bl
  "waiting on A": {
    read: [N, N, Y, Y, N, N, N, N],
    respond: [N, N, N, Y, N, N, N, N],
    withdraw: [N, N, Y, N, N, N, N, N],
    "set the outcome": ____,
    thank: ____,
    "see contact details": ____,
    "see A's note": ____,
    "see B's note": ____,
    "see B's decline note": ____,
  },
  "waiting on B": {
    read: [N, N, Y, Y, Y, N, N, N],
    respond: [N, N, N, N, Y, N, N, N],
    withdraw: [N, N, Y, N, N, N, N, N],
    "set the outcome": ____,
    thank: ____,
    "see contact details": ____,
    "see A's note": [N, N, N, Y, Y, N, N, N],
    "see B's note": ____,
    "see B's decline note": ____,
  },
  "waiting on T": {
    read: [N, N, Y, Y, Y, Y, N, N],
    respond: [N, N, N, N, N, Y, N, N],
    withdraw: [N, N, Y, N, N, N, N, N],
    "set the outcome": ____,
    thank: ____,
    "see contact details": ____,
    "see A's note": [N, N, N, Y, Y, Y, N, N],
    "see B's note": [N, N, N, N, Y, Y, N, N],
    "see B's decline note": ____,
  },
  made: {
    read: [N, N, Y, Y, Y, Y, N, N],
    respond: ____,
    withdraw: ____,
    "set the outcome": [N, N, Y, N, N, Y, N, N],
    thank: [N, N, Y, N, N, N, N, N],
    "see contact details": [N, N, Y, N, N, Y, N, N],
    "see A's note": [N, N, Y, Y, Y, Y, N, N],
    "see B's note": [N, N, Y, N, Y, Y, N, N],
    "see B's decline note": ____,
  },
  "B declined": {
    read: [N, N, Y, Y, Y, N, N, N],
    respond: ____,
    withdraw: ____,
    "set the outcome": ____,
    thank: ____,
    "see contact details": ____,
    "see A's note": [N, N, N, Y, Y, N, N, N],
    "see B's note": ____,
    "see B's decline note": [N, N, N, N, Y, N, N, N],
  },
  "T ran out": {
    read: [N, N, Y, Y, Y, Y, N, N],
    respond: ____,
    withdraw: ____,
    "set the outcome": ____,
    thank: ____,
    "see contact details": ____,
    "see A's note": [N, N, N, Y, Y, Y, N, N],
    "see B's note": [N, N, N, N, Y, Y, N, N],
    "see B's decline note": ____,
  },
  "withdrawn at B": {
    read: [N, N, Y, Y, Y, N, N, N],
    respond: ____,
    withdraw: ____,
    "set the outcome": ____,
    thank: ____,
    "see contact details": ____,
    "see A's note": [N, N, N, Y, Y, N, N, N],
    "see B's note": ____,
    "see B's decline note": ____,
  },
};

describe("introduction policy", () => {
  for (const [scenario, rows] of Object.entries(matrix)) {
    const [i, s] = scenarios[scenario] as [IntroductionFacts, StepFacts[]];
    describe(scenario, () => {
      for (const [check, row] of Object.entries(rows)) {
        const fn = checks[check] as Check;
        actors.forEach(([name, v], col) => {
          it(`${name} ${row[col] ? "may" : "may not"} ${check}`, () => expect(fn(v, i, s)).toBe(row[col]));
        });
      }
    });
  }

  it("covers every scenario and check", () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(scenarios).sort());
    for (const rows of Object.values(matrix))
      expect(Object.keys(rows).sort()).toEqual(Object.keys(checks).sort());
  });

  it("shows a decline or a step that ran out only on the viewer's own step", () => {
    for (const [i, s] of Object.values(scenarios)) {
      for (const [, v] of actors) {
        const view = viewIntroduction(v, i, s, ctx);
        for (const step of view?.steps ?? []) {
          if (!step.isYou) expect(["accepted", "undisclosed"]).toContain(step.state);
        }
      }
    }
  });

  it("gives the version only to the person it waits on", () => {
    for (const [i, s] of Object.values(scenarios)) {
      for (const [, v] of actors) {
        const view = viewIntroduction(v, i, s, ctx);
        if (view) expect(view.version !== null).toBe(canOnIntroduction(v, i, s, "respond"));
      }
    }
  });

  it("tells everyone `not_completed` for a decline and for a step that ran out", () => {
    expect(
      (["pending", "accepted", "declined", "expired", "withdrawn"] as const).map((st) => publicStatus(st)),
    ).toEqual(["pending", "accepted", "not_completed", "not_completed", "withdrawn"]);
  });
});

describe("nobody but the decliner learns who declined", () => {
  // The same introduction ending in each possible way: who accepted before, who stopped it, and how.
  const ended = (stoppedAt: 1 | 2 | 3, how: "declined" | "expired") => {
    const specs: StepSpec[] = [1, 2, 3].map((p) =>
      p < stoppedAt ? ["accepted", `ok-${p}`] : p === stoppedAt ? [how, `why-${p}`] : ["not_reached"],
    );
    const facts = { ...intro(how, stoppedAt, stoppedAt + 1), closedAt: at(10 + stoppedAt * 7) };
    return [facts, steps(...specs)] as const;
  };
  const endings = {
    "A declined": ended(1, "declined"),
    "A ran out": ended(1, "expired"),
    "B declined": ended(2, "declined"),
    "B ran out": ended(2, "expired"),
    "T declined": ended(3, "declined"),
    "T ran out": ended(3, "expired"),
  };
  const viewOf = (who: string, [i, s]: readonly [IntroductionFacts, StepFacts[]]) =>
    viewIntroduction(viewer(user(who)), i, s, ctx);

  it("gives the requester one identical view for all six endings", () => {
    const views = Object.values(endings).map((e) => viewOf("R", e));
    for (const v of views) expect(v).toEqual(views[0]);
    expect(views[0]).toMatchObject({ status: "not_completed", closedAt: null, version: null });
    expect(views[0]?.steps.every((st) => st.state === "undisclosed" && st.note === null)).toBe(true);
  });

  it("gives A one view whichever later person declined or ran out", () => {
    const later = ["B declined", "B ran out", "T declined", "T ran out"] as const;
    const views = later.map((k) => viewOf("A", endings[k]));
    for (const v of views) expect(v).toEqual(views[0]);
  });

  it("gives B one view whether the target declined or ran out, and nothing before B was reached", () => {
    expect(viewOf("B", endings["T declined"])).toEqual(viewOf("B", endings["T ran out"]));
    expect(viewOf("B", endings["A declined"])).toBeNull();
    expect(viewOf("B", endings["A ran out"])).toBeNull();
  });

  it("shows the target nothing unless it reached them", () => {
    for (const k of ["A declined", "A ran out", "B declined", "B ran out"] as const) {
      expect(viewOf("T", endings[k])).toBeNull();
    }
  });

  it("shows a decline note to its author alone", () => {
    for (const [name, e] of Object.entries(endings)) {
      if (!name.endsWith("declined")) continue;
      const decliner = name[0] as string;
      for (const who of ["R", "A", "B", "T", "S"]) {
        const text = JSON.stringify(viewOf(who, e));
        const secret = `why-${["A", "B", "T"].indexOf(decliner) + 1}`;
        expect(text.includes(secret), `${who} in "${name}"`).toBe(who === decliner);
      }
    }
  });
});
