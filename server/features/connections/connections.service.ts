import {
  type BlockedPerson,
  type BulkRequestResult,
  type BulkSkipReason,
  type Connection,
  type ConnectionListVisibility,
  type ConnectionRequest,
  type ConnectionSettings,
  DECLINE_COOLDOWN_DAYS,
  type ListedConnection,
  type PersonSummary,
  type RequestBox,
  type RequestSource,
  type SendRequestInput,
  type SendRequestResult,
  type UpdateConnectionInput,
} from "../../../shared/connections/schemas.ts";
import { addDays, type Clock, isoDay } from "../../clock.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import type { Database, DbOrTx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { UserActor } from "../accounts/actor.ts";
import type { GraphService } from "../graph/graph-service.ts";
import { notify } from "../notifications/notifier.ts";
import { membershipOf } from "../organizations/organizations.repo.ts";
import { isUniqueViolation } from "../organizations/organizations.service.ts";
import {
  canBlock,
  canOnConnection,
  canOnRequest,
  canSeeConnectionList,
  canUseContextOrg,
  canUseContextTour,
  ownTrustColumn,
  type RequestAction,
  type RequestRefusal,
  requestRefusal,
  requestRole,
} from "./connections.policy.ts";
import * as repo from "./connections.repo.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export const personNotFound = () => new AppError("PERSON_NOT_FOUND", "Person not found.");
const requestNotFound = () => new AppError("CONNECTION_REQUEST_NOT_FOUND", "Connection request not found.");
const requestClosed = () =>
  new AppError("CONNECTION_REQUEST_CLOSED", "This request was already answered or withdrawn.");
const connectionNotFound = () =>
  new AppError("CONNECTION_NOT_FOUND", "You are not connected to this person.");
const fieldError = (fieldErrors: Record<string, string[]>) =>
  new AppError("VALIDATION_FAILED", "Some fields are not valid.", { fieldErrors });
export const notYourself = (field: string) => fieldError({ [field]: ["cannot be yourself"] });

interface ContextInput {
  contextOrgId?: string | null;
  contextTourId?: string | null;
  since?: string | null;
}

/** Context fields after validation; undefined leaves a field as it is. */
type CheckedContext = ContextInput;

interface ContextRow {
  contextOrgId: string | null;
  contextTourId: string | null;
  since: string | null;
}

type Attempt =
  | { refusal: RequestRefusal; retryAfter?: string }
  | { outcome: "requested"; request: repo.RequestRow }
  | { outcome: "connected"; connection: repo.ConnectionRow };

export function createConnectionsService({
  db,
  graph,
  clock,
}: {
  db: Database;
  graph: GraphService;
  clock: Clock;
}) {
  const today = () => isoDay(clock());

  /**
   * Checks the context a person gives a request or a connection: an organization they are or were part
   * of, a tour they are the person or sponsor of (whose organization then becomes the context unless one
   * is given, and must match when one is), and a day not in the future. Field errors, never 404s, so an
   * id reveals nothing about organizations or tours the caller is not part of.
   */
  async function checkContext(actor: UserActor, input: ContextInput): Promise<CheckedContext> {
    const errors: Record<string, string[]> = {};
    const out: CheckedContext = {};
    if (input.contextTourId !== undefined) {
      out.contextTourId = input.contextTourId;
      if (input.contextTourId !== null) {
        const tour = await repo.findTourParties(db, input.contextTourId);
        if (!tour || !canUseContextTour(actor, tour)) {
          errors.contextTourId = ["is not a tour of duty you are part of"];
        } else if (input.contextOrgId === undefined || input.contextOrgId === null) {
          out.contextOrgId = tour.orgId;
        } else if (input.contextOrgId !== tour.orgId) {
          errors.contextOrgId = ["must be the organization of the tour of duty"];
        }
      }
    }
    if (input.contextOrgId !== undefined && out.contextOrgId === undefined && !errors.contextOrgId) {
      out.contextOrgId = input.contextOrgId;
      if (input.contextOrgId !== null) {
        const membership = await membershipOf(db, input.contextOrgId, actor.userId, today());
        if (!canUseContextOrg(membership)) {
          errors.contextOrgId = ["is not an organization you are or were part of"];
        }
      }
    }
    if (input.since !== undefined) {
      if (input.since !== null && input.since > today()) errors.since = ["cannot be in the future"];
      out.since = input.since;
    }
    if (Object.keys(errors).length > 0) throw fieldError(errors);
    return out;
  }

  /** Contexts as `actor` may see them: a tour's title only to its person and sponsor. */
  async function contexts(actor: UserActor, rows: ContextRow[]) {
    const [orgs, tours] = await Promise.all([
      repo.orgRefs(
        db,
        rows.flatMap((r) => r.contextOrgId ?? []),
      ),
      repo.tourParties(
        db,
        rows.flatMap((r) => r.contextTourId ?? []),
      ),
    ]);
    return (r: ContextRow) => {
      const tour = r.contextTourId ? tours.get(r.contextTourId) : undefined;
      return {
        contextOrg: (r.contextOrgId && orgs.get(r.contextOrgId)) || null,
        contextTour: tour && canUseContextTour(actor, tour) ? { id: tour.id, title: tour.title } : null,
        since: r.since,
      };
    };
  }

  const fallbackPerson = (id: string): PersonSummary => ({ id, displayName: "" });

  async function connectionViews(actor: UserActor, rows: repo.ConnectionRow[]): Promise<Connection[]> {
    const others = rows.map((r) => (r.userA === actor.userId ? r.userB : r.userA));
    const [people, context] = await Promise.all([
      repo.summaries(db, actor.userId, others, today()),
      contexts(actor, rows),
    ]);
    return rows.map((r, i) => {
      const other = others[i] as string;
      const column = ownTrustColumn(actor, r);
      return {
        person: people.get(other) ?? fallbackPerson(other),
        ...context(r),
        trust: column ? r[column] : null,
        createdAt: r.createdAt.toISOString(),
      };
    });
  }

  async function requestViews(actor: UserActor, rows: repo.RequestRow[]): Promise<ConnectionRequest[]> {
    const others = rows.map((r) => (r.fromUser === actor.userId ? r.toUser : r.fromUser));
    const [people, context] = await Promise.all([
      repo.summaries(db, actor.userId, others, today()),
      contexts(actor, rows),
    ]);
    return rows.map((r, i) => {
      const other = others[i] as string;
      return {
        id: r.id,
        direction: r.fromUser === actor.userId ? "outgoing" : "incoming",
        person: people.get(other) ?? fallbackPerson(other),
        message: r.message,
        ...context(r),
        source: r.source,
        createdAt: r.createdAt.toISOString(),
      };
    });
  }

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

    async listMine(
      actor: UserActor,
      query: { q: string; sort: "recent" | "name"; cursor?: string; limit: number },
    ) {
      const after = decodeCursor(query.cursor, ["key", "id"]);
      const rows = await repo.listConnectionsOf(db, actor.userId, {
        q: query.q,
        sort: query.sort,
        after,
        limit: query.limit + 1,
      });
      const pageRows = rows.slice(0, query.limit);
      const last = pageRows.at(-1);
      const key = (r: repo.ListedRow) =>
        query.sort === "recent" ? new Date(Number(r.createdMs)).toISOString() : r.sortKey;
      return {
        items: await connectionViews(
          actor,
          pageRows.map((r) => r.row),
        ),
        nextCursor:
          rows.length > query.limit && last ? encodeCursor({ key: key(last), id: last.otherId }) : null,
      };
    },

    /** My trust goes in my side's column; the context is either side's to edit. */
    async update(actor: UserActor, otherId: string, input: UpdateConnectionInput): Promise<Connection> {
      const current = await repo.findConnection(db, actor.userId, otherId);
      if (!current || !canOnConnection(actor, current)) throw connectionNotFound();
      const context = await checkContext(actor, input);
      // A new organization drops a tour of another organization, unless a tour comes with it.
      if (
        context.contextOrgId !== undefined &&
        context.contextTourId === undefined &&
        current.contextTourId
      ) {
        const tour = await repo.findTourParties(db, current.contextTourId);
        if (!tour || tour.orgId !== context.contextOrgId) context.contextTourId = null;
      }
      const column = ownTrustColumn(actor, current);
      const trust =
        input.trust === undefined || column === null
          ? {}
          : column === "trustA"
            ? { trustA: input.trust }
            : { trustB: input.trust };
      const updated = await repo.updateConnection(db, actor.userId, otherId, { ...context, ...trust });
      if (!updated) throw connectionNotFound();
      await graph.sync();
      return (await connectionViews(actor, [updated]))[0] as Connection;
    },

    /** Either side ends the connection. */
    async remove(actor: UserActor, otherId: string): Promise<void> {
      const current = await repo.findConnection(db, actor.userId, otherId);
      if (!current || !canOnConnection(actor, current)) throw connectionNotFound();
      if (!(await repo.deleteConnection(db, actor.userId, otherId))) throw connectionNotFound();
      await graph.sync();
    },

    /**
     * Someone's connections, if the caller may see the list; never anyone who blocks or is blocked by the
     * caller, never a trust level or context. Each person carries their degree of connection to the caller.
     */
    async listOf(
      actor: UserActor,
      ownerId: string,
      cursor: string | undefined,
      limit: number,
    ): Promise<{ items: ListedConnection[]; nextCursor: string | null }> {
      const owner = await repo.findPerson(db, ownerId);
      if (!owner) throw personNotFound();
      const self = ownerId === actor.userId;
      const [connection, blocked] = self
        ? [undefined, false]
        : await Promise.all([
            repo.findConnection(db, actor.userId, ownerId),
            repo.blockedEitherWay(db, actor.userId, ownerId),
          ]);
      const facts = { self, connected: connection !== undefined, blocked };
      if (!canSeeConnectionList(actor, facts, owner.listVisibility)) {
        throw new AppError("CONNECTION_LIST_HIDDEN", "This person's connections are not visible to you.");
      }
      const after = decodeCursor(cursor, ["key", "id"]);
      const rows = await repo.listConnectionsOf(db, ownerId, {
        sort: "name",
        after,
        limit: limit + 1,
        hiddenFrom: actor.userId,
      });
      const pageRows = rows.slice(0, limit);
      const ids = pageRows.map((r) => r.otherId);
      const [people, degrees] = await Promise.all([
        repo.summaries(db, actor.userId, ids, today()),
        graph.degrees(actor.userId, ids),
      ]);
      const last = pageRows.at(-1);
      return {
        items: ids.map((id) => ({
          person: people.get(id) ?? fallbackPerson(id),
          degree: degrees.get(id) ?? null,
        })),
        nextCursor:
          rows.length > limit && last ? encodeCursor({ key: last.sortKey, id: last.otherId }) : null,
      };
    },

    async settings(actor: UserActor): Promise<ConnectionSettings> {
      const me = await repo.findPerson(db, actor.userId);
      if (!me) throw personNotFound();
      return { listVisibility: me.listVisibility };
    },

    async updateSettings(actor: UserActor, listVisibility: ConnectionListVisibility) {
      if (!(await repo.setListVisibility(db, actor.userId, listVisibility))) throw personNotFound();
      await graph.sync();
      return { listVisibility };
    },

    async listBlocks(
      actor: UserActor,
      cursor: string | undefined,
      limit: number,
    ): Promise<{ items: BlockedPerson[]; nextCursor: string | null }> {
      const after = decodeCursor(cursor, ["key", "id"]);
      const rows = await repo.listBlocks(db, actor.userId, after, limit + 1);
      const pageRows = rows.slice(0, limit);
      const people = await repo.summaries(
        db,
        actor.userId,
        pageRows.map((r) => r.blockedId),
        today(),
      );
      const last = pageRows.at(-1);
      return {
        items: pageRows.map((r) => ({
          person: people.get(r.blockedId) ?? fallbackPerson(r.blockedId),
          createdAt: r.createdAt.toISOString(),
        })),
        nextCursor:
          rows.length > limit && last ? encodeCursor({ key: last.sortKey, id: last.blockedId }) : null,
      };
    },

    /** Blocks someone; in the same transaction ends our connection and any open request between us. */
    async block(actor: UserActor, otherId: string): Promise<void> {
      if (!canBlock(actor, otherId)) throw notYourself("userId");
      if (!(await repo.findPerson(db, otherId))) throw personNotFound();
      await db.transaction(async (tx) => {
        const now = clock();
        await repo.insertBlock(tx, actor.userId, otherId, now);
        await repo.deleteConnection(tx, actor.userId, otherId);
        await repo.closeOpenRequestsBetween(tx, actor.userId, otherId, now);
      });
      await graph.sync();
    },

    /** Lifts my block (a block by the other person stays). Nothing that the block ended comes back. */
    async unblock(actor: UserActor, otherId: string): Promise<void> {
      if (!canBlock(actor, otherId)) throw notYourself("userId");
      if (!(await repo.findPerson(db, otherId))) throw personNotFound();
      await repo.deleteBlock(db, actor.userId, otherId);
      await graph.sync();
    },
  };
}

export type ConnectionsService = ReturnType<typeof createConnectionsService>;
