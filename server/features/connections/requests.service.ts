import {
  type BulkRequestResult,
  type BulkSkipReason,
  type Connection,
  type ConnectionRequest,
  DECLINE_COOLDOWN_DAYS,
  type RequestBox,
  type RequestSource,
  type SendRequestInput,
  type SendRequestResult,
} from "../../../shared/connections/schemas.ts";
import { addDays, type Clock, isoDay } from "../../clock.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import type { Database, DbOrTx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { UserActor } from "../accounts/actor.ts";
import type { GraphService } from "../graph/graph-service.ts";
import { notify } from "../notifications/notifier.ts";
import { isUniqueViolation } from "../organizations/organizations.service.ts";
import { type CheckedContext, createConnectionViews } from "./connection-views.ts";
import { notYourself, personNotFound, requestClosed, requestNotFound } from "./connections.errors.ts";
import {
  canOnRequest,
  type RequestAction,
  type RequestRefusal,
  requestRefusal,
  requestRole,
} from "./connections.policy.ts";
import * as repo from "./connections.repo.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

type Attempt =
  | { refusal: RequestRefusal; retryAfter?: string }
  | { outcome: "requested"; request: repo.RequestRow }
  | { outcome: "connected"; connection: repo.ConnectionRow };

/** Connection requests: asking (one or many), answering, withdrawing, and the two inboxes. */
export function createRequestsService({
  db,
  graph,
  clock,
}: {
  db: Database;
  graph: GraphService;
  clock: Clock;
}) {
  const { checkContext, connectionViews, requestViews } = createConnectionViews({ db, clock });

  /**
   * Accepts an open request inside `tx`: moves it to accepted (only one of two concurrent answers gets
   * the row), creates the connection with the request's context (blanks filled from `fill`, the
   * accepter's own context when they had asked too), and tells the sender. Null when it was no longer open.
   */
  async function acceptIn(
    tx: DbOrTx,
    actor: UserActor,
    request: repo.RequestRow,
    fill: CheckedContext = {},
  ): Promise<repo.ConnectionRow | null> {
    const now = clock();
    const moved = await repo.moveRequest(tx, request.id, ["pending", "ignored"], "accepted", now);
    if (!moved) return null;
    // The request's context wins as a whole; the accepter's only fills a request that gave none.
    const own = moved.contextOrgId !== null || moved.contextTourId !== null;
    const connection = await repo.insertConnection(tx, {
      between: [moved.fromUser, moved.toUser],
      contextOrgId: own ? moved.contextOrgId : (fill.contextOrgId ?? null),
      contextTourId: own ? moved.contextTourId : (fill.contextTourId ?? null),
      since: moved.since ?? fill.since ?? null,
      createdAt: now,
    });
    await notify(tx, {
      userId: moved.fromUser,
      kind: "connection_accepted",
      data: { actorName: actor.name },
      link: "/connections",
      dedupeKey: `connection_accepted:${moved.id}`,
    });
    return connection;
  }

  /**
   * One try at asking `input.toUserId` to connect, in one transaction. The open-request lookup locks the
   * row it finds; two people asking each other at the very same moment both miss it, and the unique index
   * on open pairs refuses the second insert (the caller retries once and then finds the first).
   */
  async function attemptOnce(
    actor: UserActor,
    input: { toUserId: string; message: string; source: RequestSource },
    context: CheckedContext,
  ): Promise<Attempt> {
    return db.transaction(async (tx): Promise<Attempt> => {
      const me = actor.userId;
      const other = input.toUserId;
      const self = other === me;
      // One query at a time: a transaction holds a single connection.
      const target = self ? undefined : await repo.findPerson(tx, other);
      const blocked = !self && (await repo.blockedEitherWay(tx, me, other));
      const connection = self ? undefined : await repo.findConnection(tx, me, other);
      const open = self ? undefined : await repo.findOpenRequestBetween(tx, me, other, true);
      const since = new Date(clock().getTime() - DECLINE_COOLDOWN_DAYS * DAY_MS);
      const declinedRecently = !self && !open && (await repo.declinedSince(tx, me, other, since));
      const refusal = requestRefusal(actor, {
        self,
        exists: target !== undefined,
        blocked,
        connected: connection !== undefined,
        openRequest: open ? (open.fromUser === me ? "mine" : "theirs") : null,
        declinedRecently,
      });
      if (refusal) {
        return refusal === "declined_recently"
          ? { refusal, retryAfter: addDays(isoDay(since), DECLINE_COOLDOWN_DAYS + 1) }
          : { refusal };
      }
      if (open) {
        // They had already asked me: accepting theirs is what asking back means.
        const accepted = await acceptIn(tx, actor, open, context);
        if (!accepted) throw new Error("locked open request could not be accepted");
        return { outcome: "connected", connection: accepted };
      }
      const request = await repo.insertRequest(tx, {
        fromUser: me,
        toUser: other,
        message: input.message,
        contextOrgId: context.contextOrgId ?? null,
        contextTourId: context.contextTourId ?? null,
        since: context.since ?? null,
        source: input.source,
        createdAt: clock(),
      });
      await notify(tx, {
        userId: other,
        kind: "connection_requested",
        data: { actorName: actor.name },
        link: "/connections/requests",
        dedupeKey: `connection_requested:${request.id}`,
      });
      return { outcome: "requested", request };
    });
  }

  async function attempt(
    actor: UserActor,
    input: { toUserId: string; message: string; source: RequestSource },
    context: CheckedContext,
  ): Promise<Attempt> {
    try {
      return await attemptOnce(actor, input, context);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      return attemptOnce(actor, input, context);
    }
  }

  function refusalError(a: { refusal: RequestRefusal; retryAfter?: string }): AppError {
    switch (a.refusal) {
      case "unauthenticated":
        return new AppError("UNAUTHENTICATED", "Sign in to continue.");
      case "self":
        return notYourself("toUserId");
      case "unavailable":
        return personNotFound();
      case "already_connected":
        return new AppError("ALREADY_CONNECTED", "You are already connected to this person.");
      case "already_requested":
        return new AppError("CONNECTION_REQUEST_EXISTS", "You already asked this person to connect.");
      case "declined_recently":
        return new AppError(
          "CONNECTION_REQUEST_DECLINED",
          "This person declined your request recently. You can ask again later.",
          { retryAfter: a.retryAfter },
        );
    }
  }

  /** Loads a request the caller may `action`: 404 to anyone else, 409 when it is no longer open. */
  async function requestFor(actor: UserActor, id: string, action: RequestAction) {
    const request = await repo.findRequest(db, id);
    const needed = action === "withdraw" ? "sender" : "recipient";
    if (!request || requestRole(actor, request) !== needed) throw requestNotFound();
    return request;
  }

  return {
    /**
     * Asks someone to connect. If they had already asked me, accepts their request instead and we are
     * connected at once (`outcome: "connected"`).
     */
    async send(actor: UserActor, input: SendRequestInput): Promise<SendRequestResult> {
      const context = await checkContext(actor, input);
      const result = await attempt(actor, input, context);
      if ("refusal" in result) throw refusalError(result);
      if (result.outcome === "connected") {
        await graph.sync();
        const [view] = await connectionViews(actor, [result.connection]);
        return { outcome: "connected", connection: view as Connection };
      }
      const [view] = await requestViews(actor, [result.request]);
      return { outcome: "requested", request: view as ConnectionRequest };
    },

    /** Asks many people at once (the import flow), each on its own; reports what happened to each. */
    async sendMany(actor: UserActor, ids: string[], source: RequestSource): Promise<BulkRequestResult> {
      const results: BulkRequestResult["results"] = [];
      let connected = false;
      for (const id of ids) {
        const result = await attempt(actor, { toUserId: id, message: "", source }, {});
        if ("refusal" in result) {
          results.push({ userId: id, outcome: "skipped", reason: result.refusal as BulkSkipReason });
        } else {
          results.push({ userId: id, outcome: result.outcome === "connected" ? "connected" : "sent" });
          connected ||= result.outcome === "connected";
        }
      }
      if (connected) await graph.sync();
      return { results };
    },

    async listRequests(actor: UserActor, box: RequestBox, cursor: string | undefined, limit: number) {
      const after = decodeCursor(cursor, ["at", "id"]);
      const rows = await repo.listRequests(db, actor.userId, box, after, limit + 1);
      const pageRows = rows.slice(0, limit);
      const last = pageRows.at(-1);
      return {
        items: await requestViews(actor, pageRows),
        nextCursor:
          rows.length > limit && last
            ? encodeCursor({ at: last.createdAt.toISOString(), id: last.id })
            : null,
      };
    },

    /**
     * The recipient accepts: the connection is made in the same transaction. Accepting twice (or twice at
     * once) answers with the connection both times.
     */
    async accept(actor: UserActor, id: string): Promise<Connection> {
      const request = await requestFor(actor, id, "accept");
      if (!canOnRequest(actor, request, "accept") && request.status !== "accepted") throw requestClosed();
      const connection = await db.transaction(async (tx) => {
        const made = await acceptIn(tx, actor, request);
        if (made) return made;
        const now = await repo.findRequest(tx, id);
        if (now?.status !== "accepted") throw requestClosed();
        const existing = await repo.findConnection(tx, now.fromUser, now.toUser);
        if (!existing) throw requestClosed();
        return existing;
      });
      await graph.sync();
      return (await connectionViews(actor, [connection]))[0] as Connection;
    },

    /** The recipient declines (the sender's request leaves their outgoing box), ignores, or the sender withdraws. */
    async answer(actor: UserActor, id: string, action: "decline" | "ignore" | "withdraw"): Promise<void> {
      const request = await requestFor(actor, id, action);
      if (action === "ignore" && request.status === "ignored") return;
      if (!canOnRequest(actor, request, action)) throw requestClosed();
      const to = { decline: "declined", ignore: "ignored", withdraw: "withdrawn" } as const;
      const from = action === "ignore" ? (["pending"] as const) : (["pending", "ignored"] as const);
      const moved = await repo.moveRequest(db, id, [...from], to[action], clock());
      if (!moved) {
        const now = await repo.findRequest(db, id);
        if (action === "ignore" && now?.status === "ignored") return;
        throw requestClosed();
      }
    },
  };
}
