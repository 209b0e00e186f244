import { and, eq } from "drizzle-orm";
import { DAILY_REQUEST_LIMIT, MAX_INTERMEDIARIES } from "../../../shared/introductions/constants.ts";
import type { DbOrTx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { type GraphService, MAX_PATH_LINKS } from "../graph/graph-service.ts";
import { expireOverdue } from "./introductions.expiry.ts";
import * as repo from "./introductions.repo.ts";
import { introductions } from "./introductions.tables.ts";

// What asking for an introduction must pass before anything is written: the limits, and a usable path.

const DAY_MS = 24 * 60 * 60 * 1000;

/** The daily limit (429 with Retry-After) and one open request per target (409). */
export async function checkMayRequest(tx: DbOrTx, requesterId: string, targetId: string, now: Date) {
  const recent = await repo.recentRequests(tx, requesterId, new Date(now.getTime() - DAY_MS));
  if (recent.count >= DAILY_REQUEST_LIMIT) {
    const freeAt = (recent.oldest?.getTime() ?? now.getTime()) + DAY_MS;
    const retryAfterSeconds = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
    throw new AppError(
      "INTRODUCTION_LIMIT",
      `You can ask for ${DAILY_REQUEST_LIMIT} introductions a day. Try again later.`,
      { retryAfterSeconds, limit: DAILY_REQUEST_LIMIT },
      { "retry-after": String(retryAfterSeconds) },
    );
  }
  await expireOverdue(
    tx,
    now,
    and(eq(introductions.requesterId, requesterId), eq(introductions.targetId, targetId)),
  );
  const open = await repo.openIntroductionTo(tx, requesterId, targetId);
  if (open) {
    throw new AppError("INTRODUCTION_EXISTS", "You already asked for an introduction to this person.", {
      introductionId: open,
    });
  }
}

/** The path to use: the one given (checked), or the warmest allowed one within MAX_PATH_LINKS. */
export async function choosePath(
  graph: GraphService,
  requesterId: string,
  targetId: string,
  given: string[] | undefined,
) {
  if (given) {
    if (given[0] !== requesterId || given.at(-1) !== targetId) {
      throw new AppError("VALIDATION_FAILED", "A path runs from you to the person you want to meet.", {
        fieldErrors: { path: ["must start with you and end with the target"] },
      });
    }
    if ((await graph.checkPath(given)) === null) {
      throw new AppError(
        "INTRODUCTION_PATH_INVALID",
        "That path cannot be used: each person must know the next, and you must be able to see " +
          "the connections of everyone in between.",
      );
    }
    return given;
  }
  const { best, shortest } = await graph.paths(requesterId, targetId);
  const usable = [best, shortest].find((p) => p !== null && p.hops <= MAX_PATH_LINKS);
  if (!usable || usable.people.length - 2 > MAX_INTERMEDIARIES) {
    throw new AppError("NO_INTRODUCTION_PATH", "Nobody you can ask knows a way to this person.");
  }
  return usable.people;
}
