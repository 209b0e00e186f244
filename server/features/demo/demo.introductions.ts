import { type Outcome, STEP_DAYS } from "../../../shared/introductions/constants.ts";
import { addDays, at, later } from "./demo.dates.ts";
import type { Random } from "./demo.random.ts";
import type { TrustCast } from "./demo.trust.ts";
import * as words from "./demo.trust-words.ts";
import type { DemoIntroduction, DemoIntroductionStep, DemoThanks } from "./demo.types.ts";

export interface Introductions {
  introductions: DemoIntroduction[];
  introductionSteps: DemoIntroductionStep[];
  thanks: DemoThanks[];
}

/**
 * How an introduction went. `stop` is the step it rests on: the one waiting (pending), the one that
 * declined or ran out; "target" is the last step. `hops` lists intermediary counts to try, in order.
 */
interface Plan {
  hops: readonly (1 | 2)[];
  end: "pending" | "accepted" | "declined" | "expired";
  stop?: number | "target";
  outcome?: Outcome | null;
  thank?: boolean;
  /** When it was asked for, in days before asOf: [fewest, most]. */
  daysAgo: readonly [number, number];
}

type Role = "requester" | "intermediary" | "target";

/** The demo login's own: three she asked for, and one waiting on her as intermediary, one as target. */
const LOGIN_PLANS: readonly (Plan & { role: Role })[] = [
  { role: "requester", hops: [2, 1], end: "pending", stop: 1, daysAgo: [2, 5] },
  { role: "requester", hops: [1], end: "accepted", outcome: "met", thank: true, daysAgo: [20, 45] },
  { role: "requester", hops: [1], end: "declined", stop: 1, daysAgo: [15, 40] },
  { role: "intermediary", hops: [1], end: "pending", stop: 1, daysAgo: [1, 4] },
  { role: "target", hops: [1], end: "pending", stop: "target", daysAgo: [3, 7] },
];

/** Introductions among other people, in every state. */
const OTHER_PLANS: readonly Plan[] = [
  { hops: [1], end: "pending", stop: 1, daysAgo: [2, 6] },
  { hops: [2, 1], end: "pending", stop: 2, daysAgo: [4, 8] },
  { hops: [1], end: "accepted", outcome: "hired", thank: true, daysAgo: [30, 120] },
  { hops: [2, 1], end: "accepted", outcome: "deal", thank: true, daysAgo: [20, 90] },
  { hops: [1], end: "accepted", outcome: null, thank: false, daysAgo: [15, 30] },
  { hops: [1], end: "declined", stop: "target", daysAgo: [15, 60] },
  { hops: [1], end: "expired", stop: 1, daysAgo: [25, 70] },
  { hops: [2, 1], end: "expired", stop: "target", daysAgo: [30, 80] },
];

/**
 * Introductions along paths the app itself would offer: consecutive people are connected, the requester
 * is not connected to the target (nor to anyone on the path but the first intermediary), and every
 * intermediary's connection list is one the requester may see (public, or theirs as a connection).
 * One introduction per requester and target.
 */
export function makeIntroductions(rng: Random, cast: TrustCast): Introductions {
  const { loginId } = cast;
  const out: Introductions = { introductions: [], introductionSteps: [], thanks: [] };
  const asked = new Set<string>();
  const fresh = (path: string[]) => !asked.has(`${path[0]}>${path.at(-1)}`);
  const add = (path: string[], plan: Plan) => {
    asked.add(`${path[0]}>${path.at(-1)}`);
    const key = `intro-${String(out.introductions.length + 1).padStart(3, "0")}`;
    build(rng, cast, key, path, plan, out);
  };

  // The login's: each with different people where the network allows it, so her boxes read clearly.
  const used = new Set<string>();
  for (const plan of LOGIN_PLANS) {
    const candidates = (strict: boolean) => {
      const ok = (id: string) => id === loginId || !strict || !used.has(id);
      for (const hops of plan.hops) {
        const found = loginPaths(cast, plan.role, hops, ok).filter(fresh);
        if (found.length > 0) return found;
      }
      return [];
    };
    const found = candidates(true);
    const options = found.length > 0 ? found : candidates(false);
    if (options.length === 0) continue;
    const path = rng.pick(options);
    for (const id of path) used.add(id);
    add(path, plan);
  }

  // Everyone else's: requesters taken in a shuffled order, the login on no path.
  const requesters = rng.shuffle(cast.ids.filter((id) => id !== loginId));
  const notLogin = (id: string) => id !== loginId;
  let next = 0;
  for (const plan of OTHER_PLANS) {
    for (let attempt = 0; attempt < Math.min(30, requesters.length); attempt++) {
      const requester = requesters[next++ % requesters.length] as string;
      const options = plan.hops
        .map((hops) => pathsFrom(cast, requester, hops, notLogin).filter(fresh))
        .find((found) => found.length > 0);
      if (!options) continue;
      add(rng.pick(options), plan);
      break;
    }
  }
  return out;
}

/** Whether a path may pass through `node` for `requester`: they may see the node's connection list. */
function mayRoute(cast: TrustCast, requester: string, node: string): boolean {
  const level = cast.visibility(node);
  return level === "public" || (level === "connections" && cast.linked(requester, node));
}

/** Paths from `requester` with `hops` intermediaries through people `ok` accepts, in a stable order. */
export function pathsFrom(
  cast: TrustCast,
  requester: string,
  hops: 1 | 2,
  ok: (id: string) => boolean,
): string[][] {
  const out: string[][] = [];
  const stranger = (id: string) => id !== requester && ok(id) && !cast.linked(requester, id);
  for (const first of cast.neighbours(requester)) {
    if (!ok(first) || !mayRoute(cast, requester, first)) continue;
    for (const second of cast.neighbours(first)) {
      if (!stranger(second)) continue;
      if (hops === 1) {
        out.push([requester, first, second]);
        continue;
      }
      if (!mayRoute(cast, requester, second)) continue;
      for (const target of cast.neighbours(second)) {
        if (target !== first && stranger(target) && !cast.linked(first, target)) {
          out.push([requester, first, second, target]);
        }
      }
    }
  }
  return out;
}

/** Paths where the login has the given role. */
function loginPaths(cast: TrustCast, role: Role, hops: 1 | 2, ok: (id: string) => boolean): string[][] {
  const { loginId } = cast;
  if (role === "requester") return pathsFrom(cast, loginId, hops, ok);
  // As first intermediary the requester is one of her connections; as target, anyone not connected to her.
  const requesters =
    role === "intermediary"
      ? cast.neighbours(loginId)
      : cast.ids.filter((id) => id !== loginId && !cast.linked(id, loginId));
  const position = role === "intermediary" ? 1 : hops + 1;
  return requesters
    .filter(ok)
    .flatMap((r) => pathsFrom(cast, r, hops, ok))
    .filter((path) => path[position] === loginId);
}

const DAY_MINUTES = 24 * 60;

/** Writes one introduction, its steps and any thanks, dated as the app would have dated them. */
function build(
  rng: Random,
  cast: TrustCast,
  key: string,
  path: string[],
  plan: Plan,
  out: Introductions,
): void {
  const requesterId = path[0] as string;
  const targetId = path.at(-1) as string;
  const last = path.length - 1;
  const stop = plan.end === "accepted" || plan.stop === "target" ? last : Math.min(plan.stop ?? 1, last);
  const createdAt = at(addDays(cast.asOf, -rng.int(...plan.daysAgo)), rng.int(8, 18), rng.int(0, 59));
  // `t`: the last change so far. Each step is due STEP_DAYS after the change that made it wait.
  let t = createdAt;
  let changes = 0;
  const answer = () => {
    t = later(t, rng.int(90, 30 * 60));
    changes++;
    return t;
  };

  path.slice(1).forEach((personId, k) => {
    const position = k + 1;
    const step: DemoIntroductionStep = {
      introductionKey: key,
      position,
      personId,
      status: "not_reached",
      note: "",
      dueAt: null,
      decidedAt: null,
    };
    out.introductionSteps.push(step);
    if (position > stop) return;
    step.dueAt = later(t, STEP_DAYS * DAY_MINUTES);
    if (position < stop || plan.end === "accepted") {
      step.status = "accepted";
      step.note =
        position === last
          ? rng.pick(words.TARGET_NOTES)
          : words.fill(rng.pick(words.INTERMEDIARY_NOTES), { first: cast.firstName(requesterId) });
      step.decidedAt = answer();
    } else if (plan.end === "pending") {
      step.status = "waiting";
    } else if (plan.end === "declined") {
      step.status = "declined";
      step.decidedAt = answer();
    } else {
      // The expiry job closes it once the step's time is up.
      step.status = "expired";
      t = step.dueAt;
      changes++;
    }
  });

  const closedAt = plan.end === "pending" ? null : t;
  const outcome = plan.end === "accepted" ? (plan.outcome ?? null) : null;
  const reason = words.fill(rng.pick(words.INTRODUCTION_REASONS), {
    first: cast.firstName(targetId),
    area: cast.area(targetId),
  });
  out.introductions.push({
    key,
    requesterId,
    targetId,
    reason,
    status: plan.end,
    currentStep: stop,
    outcome,
    // Every answer and the expiry bump the version; recording the outcome does not.
    version: 1 + changes,
    createdAt,
    updatedAt: outcome ? later(t, rng.int(2 * DAY_MINUTES, 8 * DAY_MINUTES)) : t,
    closedAt,
  });
  if (plan.end !== "accepted" || !plan.thank) return;
  for (const personId of path.slice(1, -1)) {
    out.thanks.push({
      fromUser: requesterId,
      toUser: personId,
      introductionKey: key,
      message: words.fill(rng.pick(words.THANKS_MESSAGES), { first: cast.firstName(personId) }),
      createdAt: later(t, rng.int(DAY_MINUTES, 3 * DAY_MINUTES)),
    });
  }
}
