import type {
  Connection,
  ListedConnection,
  UpdateConnectionInput,
} from "../../../shared/connections/schemas.ts";
import type { Clock } from "../../clock.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import type { Database } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { UserActor } from "../accounts/actor.ts";
import type { GraphService } from "../graph/graph-service.ts";
import { createConnectionViews } from "./connection-views.ts";
import { connectionNotFound, personNotFound, unnamedPerson } from "./connections.errors.ts";
import { canOnConnection, canSeeConnectionList, ownTrustColumn } from "./connections.policy.ts";
import * as repo from "./connections.repo.ts";

/** My connections (list, trust and context, removal) and someone else's list as I may see it. */
export function createConnectionsService({
  db,
  graph,
  clock,
}: {
  db: Database;
  graph: GraphService;
  clock: Clock;
}) {
  const { today, checkContext, connectionViews } = createConnectionViews({ db, clock });

  return {
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
          person: people.get(id) ?? unnamedPerson(id),
          degree: degrees.get(id) ?? null,
        })),
        nextCursor:
          rows.length > limit && last ? encodeCursor({ key: last.sortKey, id: last.otherId }) : null,
      };
    },
  };
}

export type ConnectionsService = ReturnType<typeof createConnectionsService>;
