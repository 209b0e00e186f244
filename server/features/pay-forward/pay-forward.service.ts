import {
  PAY_FORWARD_ITEMS,
  type PayForwardRecord,
  type Thanks,
  type ThanksSubjectKind,
} from "../../../shared/pay-forward/schemas.ts";
import type { Clock } from "../../clock.ts";
import type { DbOrTx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { UserActor } from "../accounts/actor.ts";
import { peopleInfo } from "../introductions/introductions.repo.ts";
import * as repo from "./pay-forward.repo.ts";

/** Where a subject lives in the web app. One entry per subject kind. */
const SUBJECT_LINKS: Record<ThanksSubjectKind, (id: string) => string> = {
  introduction: (id) => `/introductions/${id}`,
};

export function createPayForwardService({ db, clock }: { db: DbOrTx; clock: Clock }) {
  async function toDto(rows: repo.ThanksRow[]): Promise<Thanks[]> {
    const names = await peopleInfo(
      db,
      rows.flatMap((r) => [r.fromUser, r.toUser]),
    );
    const person = (id: string) => ({ id, displayName: names.get(id)?.displayName ?? "" });
    return rows.map((r) => ({
      id: r.id,
      from: person(r.fromUser),
      to: person(r.toUser),
      subject: { kind: r.subjectKind, id: r.subjectId, link: SUBJECT_LINKS[r.subjectKind](r.subjectId) },
      message: r.message,
      createdAt: r.createdAt.toISOString(),
    }));
  }

  return {
    /**
     * Records a thank-you once per giver, receiver and subject. The caller checked that the giver may
     * thank the receiver for the subject. A second one is 409 ALREADY_THANKED.
     */
    async thank(
      giver: UserActor,
      toUser: string,
      subject: { kind: ThanksSubjectKind; id: string },
      message: string,
    ): Promise<Thanks> {
      const row = await repo.insertThanks(db, {
        fromUser: giver.userId,
        toUser,
        subjectKind: subject.kind,
        subjectId: subject.id,
        message,
        createdAt: clock(),
      });
      if (!row) {
        const existing = await repo.findThanks(db, {
          fromUser: giver.userId,
          toUser,
          subjectKind: subject.kind,
          subjectId: subject.id,
        });
        throw new AppError("ALREADY_THANKED", "You already thanked this person for this.", {
          thanksId: existing?.id ?? null,
        });
      }
      const [dto] = await toDto([row]);
      return dto as Thanks;
    },

    /** What I gave (introductions I made that went through) and the thanks I received. Mine alone. */
    async record(actor: UserActor): Promise<PayForwardRecord> {
      const [made, received] = await Promise.all([
        repo.introductionsMade(db, actor.userId, PAY_FORWARD_ITEMS),
        repo.receivedThanks(db, actor.userId, PAY_FORWARD_ITEMS),
      ]);
      const names = await peopleInfo(
        db,
        made.rows.flatMap((r) => [r.requesterId, r.targetId]),
      );
      const person = (id: string) => ({ id, displayName: names.get(id)?.displayName ?? "" });
      return {
        given: {
          introductionsMade: made.total,
          items: made.rows.map((r) => ({
            kind: "introduction" as const,
            id: r.id,
            link: SUBJECT_LINKS.introduction(r.id),
            requester: person(r.requesterId),
            target: person(r.targetId),
            completedAt: (r.closedAt ?? new Date(0)).toISOString(),
            thanked: r.thanked,
          })),
        },
        received: { thanksCount: received.total, items: await toDto(received.rows) },
      };
    },
  };
}

export type PayForwardService = ReturnType<typeof createPayForwardService>;
