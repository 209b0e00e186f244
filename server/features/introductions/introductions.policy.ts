import type {
  IntroductionStatus,
  Outcome,
  RequesterStatus,
  StepStatus,
} from "../../../shared/introductions/constants.ts";
import type {
  Introduction,
  IntroductionRole,
  IntroductionStep,
  OwnStep,
  OwnStepState,
} from "../../../shared/introductions/schemas.ts";
import type { Actor } from "../accounts/actor.ts";

// Who may see and do what with an introduction. Pure functions of the stored facts, so every rule is
// tested as a table (introductions.policy.test.ts). The one rule above all: nobody but the person who
// declined learns who declined, nor who let their step run out.

export interface IntroductionFacts {
  id: string;
  requesterId: string;
  targetId: string;
  reason: string;
  status: IntroductionStatus;
  currentStep: number;
  outcome: Outcome | null;
  version: number;
  createdAt: Date;
  closedAt: Date | null;
}

export interface StepFacts {
  position: number;
  personId: string;
  status: StepStatus;
  note: string;
  dueAt: Date | null;
  decidedAt: Date | null;
}

export interface IntroductionViewer {
  actor: Actor;
  /** The viewer and the requester block one another (either way): the introduction vanishes for them. */
  blockedWithRequester: boolean;
}

export interface ViewContext {
  /** Names and emails of the requester, the target and everyone on the path. */
  people: ReadonlyMap<string, { displayName: string; email: string }>;
  /** Intermediaries the requester thanked for this introduction. */
  thanked: ReadonlySet<string>;
}

export type IntroductionAction = "read" | "respond" | "withdraw" | "setOutcome" | "thank" | "seeContact";

export type Participation =
  | { role: "requester" }
  | { role: "intermediary" | "target"; step: StepFacts; last: number };

/** The status everyone is shown: a decline and a step that ran out look the same. */
export function publicStatus(status: IntroductionStatus): RequesterStatus {
  return status === "declined" || status === "expired" ? "not_completed" : status;
}

/**
 * A step was reached once it was waiting on its person: it has a due date from then on (kept after the
 * answer), and a step that was never reached has neither a due date nor an answer.
 */
export function isReached(step: StepFacts): boolean {
  return step.dueAt !== null || step.status !== "not_reached";
}

/** The step waiting for an answer now, if the introduction is still open. */
export function waitingStep(intro: IntroductionFacts, steps: readonly StepFacts[]): StepFacts | undefined {
  if (intro.status !== "pending") return undefined;
  return steps.find((s) => s.position === intro.currentStep && s.status === "waiting");
}

/** Whether the waiting step ran out at `now`: the introduction expires (the job or the next read says so). */
export function isOverdue(intro: IntroductionFacts, steps: readonly StepFacts[], now: Date): boolean {
  const step = waitingStep(intro, steps);
  return step?.dueAt != null && step.dueAt.getTime() <= now.getTime();
}

/**
 * How the viewer takes part: the requester, or a person whose step has been reached. Anyone else (and a
 * person who blocks the requester or is blocked by them) takes no part and learns nothing.
 */
export function participation(
  v: IntroductionViewer,
  intro: IntroductionFacts,
  steps: readonly StepFacts[],
): Participation | null {
  if (v.actor.kind !== "user") return null;
  const me = v.actor.userId;
  if (me === intro.requesterId) return { role: "requester" };
  if (v.blockedWithRequester) return null;
  const last = Math.max(...steps.map((s) => s.position));
  const step = steps.find((s) => s.personId === me && isReached(s));
  if (!step) return null;
  return { role: step.position === last ? "target" : "intermediary", step, last };
}

export function canOnIntroduction(
  v: IntroductionViewer,
  intro: IntroductionFacts,
  steps: readonly StepFacts[],
  action: IntroductionAction,
): boolean {
  const p = participation(v, intro, steps);
  if (!p) return false;
  switch (action) {
    case "read":
      return true;
    case "respond":
      return p.role !== "requester" && waitingStep(intro, steps)?.position === p.step.position;
    case "withdraw":
      return p.role === "requester" && intro.status === "pending";
    case "setOutcome":
    case "seeContact":
      return (p.role === "requester" || p.role === "target") && intro.status === "accepted";
    case "thank":
      return p.role === "requester" && intro.status === "accepted";
  }
}

/** What the viewer did with their own step. */
export function ownState(intro: IntroductionFacts, step: StepFacts): OwnStepState {
  switch (step.status) {
    case "waiting":
      return intro.status === "pending" ? "waiting" : "not_needed";
    case "not_reached":
      return "not_needed";
    default:
      return step.status;
  }
}

/**
 * The steps the viewer may know of, with what they may know of each. The requester sees everyone asked
 * (they chose or accepted the path) but nobody's answer until the introduction is made. A person asked
 * sees those before them (who accepted, so consented to be named, with their notes), themselves, and the
 * next person, whom they are asked to introduce the requester to.
 */
function visibleSteps(
  p: Participation,
  intro: IntroductionFacts,
  steps: readonly StepFacts[],
  ctx: ViewContext,
): IntroductionStep[] {
  const ordered = [...steps].sort((a, b) => a.position - b.position);
  const last = ordered.at(-1)?.position ?? 0;
  const person = (id: string) => ({ id, displayName: ctx.people.get(id)?.displayName ?? "" });
  const base = (s: StepFacts) => ({
    position: s.position,
    person: person(s.personId),
    isTarget: s.position === last,
  });
  if (p.role === "requester") {
    const made = intro.status === "accepted";
    return ordered.map((s) => ({
      ...base(s),
      isYou: false,
      state: made ? "accepted" : "undisclosed",
      note: made ? s.note : null,
      thanked: made && s.position !== last ? ctx.thanked.has(s.personId) : null,
    }));
  }
  const mine = p.step.position;
  const out: IntroductionStep[] = [];
  for (const s of ordered) {
    if (s.position < mine) {
      out.push({ ...base(s), isYou: false, state: "accepted", note: s.note, thanked: null });
    } else if (s.position === mine) {
      out.push({ ...base(s), isYou: true, state: ownState(intro, s), note: s.note, thanked: null });
    } else if (s.position === mine + 1) {
      out.push({ ...base(s), isYou: false, state: "undisclosed", note: null, thanked: null });
    }
  }
  return out;
}

/** The introduction as the viewer may see it, or null when they may not see it at all (404). */
export function viewIntroduction(
  v: IntroductionViewer,
  intro: IntroductionFacts,
  steps: readonly StepFacts[],
  ctx: ViewContext,
): Introduction | null {
  const p = participation(v, intro, steps);
  if (!p) return null;
  const can = (action: IntroductionAction) => canOnIntroduction(v, intro, steps, action);
  const person = (id: string) => ({ id, displayName: ctx.people.get(id)?.displayName ?? "" });
  const role: IntroductionRole = p.role;
  const status = publicStatus(intro.status);
  const other = p.role === "requester" ? intro.targetId : intro.requesterId;
  const myStep: OwnStep | null =
    p.role === "requester"
      ? null
      : {
          position: p.step.position,
          isTarget: p.role === "target",
          state: ownState(intro, p.step),
          note: p.step.note,
          dueAt: p.step.dueAt?.toISOString() ?? null,
          decidedAt: p.step.decidedAt?.toISOString() ?? null,
        };
  return {
    id: intro.id,
    role,
    status,
    requester: person(intro.requesterId),
    target: person(intro.targetId),
    reason: intro.reason,
    steps: visibleSteps(p, intro, steps, ctx),
    myStep,
    contact: can("seeContact") ? { email: ctx.people.get(other)?.email ?? "" } : null,
    outcome: p.role === "requester" || p.role === "target" ? intro.outcome : null,
    version: can("respond") ? intro.version : null,
    createdAt: intro.createdAt.toISOString(),
    // When an introduction stopped would hint at whose step it stopped on: only made and withdrawn ones say.
    closedAt:
      status === "accepted" || status === "withdrawn" ? (intro.closedAt?.toISOString() ?? null) : null,
    can: {
      respond: can("respond"),
      withdraw: can("withdraw"),
      setOutcome: can("setOutcome"),
      thank: can("thank"),
    },
  };
}
