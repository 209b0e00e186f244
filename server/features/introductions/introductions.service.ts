import {
  type CreateIntroductionInput,
  type Introduction,
  type IntroductionBox,
  type IntroductionPage,
  type Outcome,
  type RespondIntroductionInput,
  STEP_DAYS,
  type ThankIntroducerInput,
} from "../../../shared/introductions/schemas.ts";
import type { Thanks } from "../../../shared/pay-forward/schemas.ts";
import type { Clock } from "../../clock.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import type { Database, DbOrTx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { UserActor } from "../accounts/actor.ts";
import type { GraphService } from "../graph/graph-service.ts";
import { notify } from "../notifications/notifier.ts";
import { createPayForwardService } from "../pay-forward/pay-forward.service.ts";
import { checkMayRequest, choosePath } from "./introductions.create-checks.ts";
import { expireIntroduction, expireOverdue, notifyClosed } from "./introductions.expiry.ts";
import {
  canOnIntroduction,
  type IntroductionViewer,
  isOverdue,
  type Participation,
  participation,
  publicStatus,
  viewIntroduction,
  waitingStep,
} from "./introductions.policy.ts";
import * as repo from "./introductions.repo.ts";

export interface IntroductionDeps {
  db: Database;
  graph: GraphService;
  clock: Clock;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const introductionNotFound = () => new AppError("INTRODUCTION_NOT_FOUND", "Introduction not found.");
// Oneself, nobody, and someone blocked on either side get the same answer.
const personNotFound = () => new AppError("PERSON_NOT_FOUND", "Person not found.");
const stale = () =>
  new AppError("INTRODUCTION_STALE", "This introduction changed since you read it. Reload it and try again.");

interface Loaded {
  intro: repo.IntroductionRow;
  steps: repo.StepRow[];
}

export function createIntroductionsService({ db, graph, clock }: IntroductionDeps) {
  const payForward = createPayForwardService({ db, clock });

  /**
   * Reads an introduction (optionally locking its row), first expiring it when its waiting step ran out,
   * so every answer reflects the date the moment it passes.
   */
  async function load(tx: DbOrTx, id: string, now: Date, lock = false): Promise<Loaded | null> {
    const intro = await repo.findIntroduction(tx, id, { lock });
    if (!intro) return null;
    const steps = (await repo.stepsOf(tx, [id])).get(id) ?? [];
    if (!isOverdue(intro, steps, now)) return { intro, steps };
    await expireIntroduction(tx, intro, now);
    const again = await repo.findIntroduction(tx, id);
    return again ? { intro: again, steps: (await repo.stepsOf(tx, [id])).get(id) ?? [] } : null;
  }

  async function viewerOf(tx: DbOrTx, actor: UserActor, requesterId: string): Promise<IntroductionViewer> {
    const blocked =
      actor.userId !== requesterId && (await repo.blockedWith(tx, actor.userId, [requesterId])).size > 0;
    return { actor, blockedWithRequester: blocked };
  }

  /** The introductions as `actor` may see them; the rows must be ones they may read. */
  async function views(tx: DbOrTx, actor: UserActor, rows: repo.IntroductionRow[]): Promise<Introduction[]> {
    const ids = rows.map((r) => r.id);
    const me = actor.userId;
    const [stepsById, blocked, thanked] = await Promise.all([
      repo.stepsOf(tx, ids),
      repo.blockedWith(
        tx,
        me,
        rows.map((r) => r.requesterId).filter((r) => r !== me),
      ),
      repo.thankedFor(
        tx,
        me,
        rows.filter((r) => r.requesterId === me && r.status === "accepted").map((r) => r.id),
      ),
    ]);
    const people = await repo.peopleInfo(tx, [
      ...rows.flatMap((r) => [r.requesterId, r.targetId]),
      ...[...stepsById.values()].flat().map((s) => s.personId),
    ]);
    return rows.flatMap((r) => {
      const view = viewIntroduction(
        { actor, blockedWithRequester: blocked.has(r.requesterId) },
        r,
        stepsById.get(r.id) ?? [],
        { people, thanked: thanked.get(r.id) ?? new Set() },
      );
      return view ? [view] : [];
    });
  }

  async function viewOne(tx: DbOrTx, actor: UserActor, id: string): Promise<Introduction> {
    const loaded = await load(tx, id, clock());
    if (!loaded) throw introductionNotFound();
    const [view] = await views(tx, actor, [loaded.intro]);
    if (!view) throw introductionNotFound();
    return view;
  }

  /** Tells the person of a step it is their turn; not someone who blocks the requester (it will expire). */
  async function notifyWaiting(
    tx: DbOrTx,
    intro: { id: string; requesterId: string; targetId: string },
    personId: string,
    position: number,
    isTarget: boolean,
  ): Promise<void> {
    if ((await repo.blockedWith(tx, personId, [intro.requesterId])).size > 0) return;
    const names = await repo.peopleInfo(tx, [intro.requesterId, intro.targetId]);
    const name = (id: string) => names.get(id)?.displayName ?? "";
    await notify(tx, {
      userId: personId,
      kind: "introduction_waiting",
      data: {
        requesterName: name(intro.requesterId),
        ...(isTarget ? {} : { targetName: name(intro.targetId) }),
      },
      link: `/introductions/${intro.id}`,
      dedupeKey: `introduction_waiting:${intro.id}:${position}`,
    });
  }

  /**
   * Runs one change in a transaction holding the introduction's row lock, after 404 for anyone who may
   * not read it. Time is applied first in its own transaction, so an expiry found on the way stays
   * written even when the command is then refused.
   */
  async function command<T>(
    actor: UserActor,
    id: string,
    now: Date,
    fn: (ctx: Loaded & { tx: DbOrTx; viewer: IntroductionViewer; part: Participation }) => Promise<T>,
  ): Promise<T> {
    await load(db, id, now);
    return db.transaction(async (tx) => {
      const loaded = await load(tx, id, now, true);
      if (!loaded) throw introductionNotFound();
      const viewer = await viewerOf(tx, actor, loaded.intro.requesterId);
      const part = participation(viewer, loaded.intro, loaded.steps);
      if (!part) throw introductionNotFound();
      return fn({ ...loaded, tx, viewer, part });
    });
  }

  function invalid(message: string, intro: repo.IntroductionRow): AppError {
    return new AppError("INTRODUCTION_INVALID_TRANSITION", message, { status: publicStatus(intro.status) });
  }

  return {
    async create(actor: UserActor, input: CreateIntroductionInput): Promise<Introduction> {
      const me = actor.userId;
      const { targetId } = input;
      const now = clock();
      if (
        targetId === me ||
        !(await repo.personExists(db, targetId)) ||
        (await repo.blockedWith(db, me, [targetId])).size > 0
      ) {
        throw personNotFound();
      }
      // Cheap refusals first; they are checked again under the requester's lock below.
      await checkMayRequest(db, me, targetId, now);
      // Connections written a moment ago (on this server or another) must count.
      await graph.sync();
      if (await graph.connected(me, targetId)) {
        throw new AppError("ALREADY_CONNECTED", "You are already connected: no introduction needed.");
      }
      const path = await choosePath(graph, me, targetId, input.path);
      const id = await db.transaction(async (tx) => {
        await repo.lockRequester(tx, me);
        await checkMayRequest(tx, me, targetId, now);
        const row = await repo.insertIntroduction(
          tx,
          { requesterId: me, targetId, reason: input.reason, createdAt: now, updatedAt: now },
          path.slice(1),
          new Date(now.getTime() + STEP_DAYS * DAY_MS),
        );
        await notifyWaiting(tx, row, path[1] as string, 1, path.length === 2);
        return row.id;
      });
      return viewOne(db, actor, id);
    },

    async get(actor: UserActor, id: string): Promise<Introduction> {
      return viewOne(db, actor, id);
    },

    async list(
      actor: UserActor,
      box: IntroductionBox,
      cursor: string | undefined,
      limit: number,
    ): Promise<IntroductionPage> {
      const me = actor.userId;
      await expireOverdue(db, clock(), repo.overdueIn[box](me));
      if (box === "inbox") {
        const after = decodeCursor(cursor, ["due", "id"]);
        const rows = await repo.listInbox(db, me, after, limit + 1);
        const pageRows = rows.slice(0, limit);
        const last = pageRows.at(-1);
        return {
          items: await views(
            db,
            actor,
            pageRows.map((r) => r.row),
          ),
          nextCursor:
            rows.length > limit && last
              ? encodeCursor({ due: last.dueAt.toISOString(), id: last.row.id })
              : null,
        };
      }
      const after = decodeCursor(cursor, ["at", "id"]);
      const rows = await repo.listByCreation(db, box, me, after, limit + 1);
      const pageRows = rows.slice(0, limit);
      const last = pageRows.at(-1);
      return {
        items: await views(db, actor, pageRows),
        nextCursor:
          rows.length > limit && last
            ? encodeCursor({ at: last.createdAt.toISOString(), id: last.id })
            : null,
      };
    },

    /**
     * The person of the waiting step accepts or declines. Accepting passes the request to the next person
     * (14 more days) or, at the target, makes the introduction; declining closes it, and the requester is
     * told only that it did not go ahead.
     */
    async respond(actor: UserActor, id: string, input: RespondIntroductionInput): Promise<Introduction> {
      const now = clock();
      const made = await command(actor, id, now, async ({ tx, intro, steps, viewer }) => {
        if (!canOnIntroduction(viewer, intro, steps, "respond")) {
          throw invalid("This introduction is not waiting on you.", intro);
        }
        if (intro.version !== input.version) throw stale();
        const step = waitingStep(intro, steps) as repo.StepRow;
        const last = Math.max(...steps.map((s) => s.position));
        const accept = input.decision === "accept";
        await repo.updateStep(tx, id, step.position, {
          status: accept ? "accepted" : "declined",
          note: input.note,
          decidedAt: now,
        });
        if (!accept) {
          if (
            !(await repo.updateIfVersion(tx, id, intro.version, { status: "declined", closedAt: now }, now))
          ) {
            throw stale();
          }
          await notifyClosed(tx, id, intro.requesterId, intro.targetId);
          return false;
        }
        const next = steps.find((s) => s.position === step.position + 1);
        if (next) {
          if (!(await repo.updateIfVersion(tx, id, intro.version, { currentStep: next.position }, now))) {
            throw stale();
          }
          await repo.updateStep(tx, id, next.position, {
            status: "waiting",
            dueAt: new Date(now.getTime() + STEP_DAYS * DAY_MS),
          });
          await notifyWaiting(tx, intro, next.personId, next.position, next.position === last);
          return false;
        }
        if (
          !(await repo.updateIfVersion(tx, id, intro.version, { status: "accepted", closedAt: now }, now))
        ) {
          throw stale();
        }
        await repo.countInteractions(tx, [intro.requesterId, ...steps.map((s) => s.personId)]);
        const names = await repo.peopleInfo(tx, [intro.requesterId, intro.targetId]);
        for (const [to, other] of [
          [intro.requesterId, intro.targetId],
          [intro.targetId, intro.requesterId],
        ] as const) {
          await notify(tx, {
            userId: to,
            kind: "introduction_accepted",
            data: { targetName: names.get(other)?.displayName ?? "" },
            link: `/introductions/${id}`,
            dedupeKey: `introduction_accepted:${id}:${to}`,
          });
        }
        return true;
      });
      // Interactions are an input of link costs; let this server's graph see them at once.
      if (made) await graph.sync();
      return viewOne(db, actor, id);
    },

    /** The requester withdraws a pending request; whoever it waits on is told only it is no longer needed. */
    async withdraw(actor: UserActor, id: string): Promise<Introduction> {
      const now = clock();
      await command(actor, id, now, async ({ tx, intro, steps, part }) => {
        if (part.role !== "requester") {
          throw new AppError("FORBIDDEN", "Only the person who asked can withdraw an introduction.");
        }
        if (intro.status !== "pending") throw invalid("Only a pending introduction can be withdrawn.", intro);
        const waiting = waitingStep(intro, steps);
        if (
          !(await repo.updateIfVersion(tx, id, intro.version, { status: "withdrawn", closedAt: now }, now))
        ) {
          throw stale();
        }
        // Back to not_reached but keeping its due date: they were asked, so they still read "withdrawn".
        if (waiting) await repo.updateStep(tx, id, waiting.position, { status: "not_reached" });
      });
      return viewOne(db, actor, id);
    },

    /** Requester or target records what came of a made introduction; either may change it later. */
    async setOutcome(actor: UserActor, id: string, outcome: Outcome): Promise<Introduction> {
      const now = clock();
      await command(actor, id, now, async ({ tx, intro, part }) => {
        if (part.role === "intermediary") {
          throw new AppError("FORBIDDEN", "Only the two people introduced record what came of it.");
        }
        if (intro.status !== "accepted") {
          throw invalid("An outcome is recorded once the introduction is made.", intro);
        }
        await repo.setOutcome(tx, id, outcome, now);
      });
      return viewOne(db, actor, id);
    },

    /** The requester thanks an intermediary of a made introduction, once. */
    async thank(actor: UserActor, id: string, input: ThankIntroducerInput): Promise<Thanks> {
      const now = clock();
      const loaded = await load(db, id, now);
      if (!loaded) throw introductionNotFound();
      const { intro, steps } = loaded;
      const viewer = await viewerOf(db, actor, intro.requesterId);
      const part = participation(viewer, intro, steps);
      if (!part) throw introductionNotFound();
      if (part.role !== "requester") {
        throw new AppError("FORBIDDEN", "Only the person introduced thanks the people who introduced them.");
      }
      if (!canOnIntroduction(viewer, intro, steps, "thank")) {
        throw invalid("Thanks are for introductions that were made.", intro);
      }
      const last = Math.max(...steps.map((s) => s.position));
      const introducer = steps.find(
        (s) => s.personId === input.personId && s.position < last && s.status === "accepted",
      );
      if (!introducer) {
        throw new AppError("VALIDATION_FAILED", "Thank one of the people who introduced you.", {
          fieldErrors: { personId: ["is not one of the people who introduced you"] },
        });
      }
      return payForward.thank(actor, input.personId, { kind: "introduction", id }, input.message);
    },
  };
}

export type IntroductionsService = ReturnType<typeof createIntroductionsService>;
