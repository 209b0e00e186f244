import type {
  BlockedPerson,
  ConnectionListVisibility,
  ConnectionSettings,
} from "../../../shared/connections/schemas.ts";
import { type Clock, isoDay } from "../../clock.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import type { Database } from "../../db/client.ts";
import type { UserActor } from "../accounts/actor.ts";
import type { GraphService } from "../graph/graph-service.ts";
import * as blocks from "./blocks.repo.ts";
import { notYourself, personNotFound, unnamedPerson } from "./connections.errors.ts";
import { canBlock } from "./connections.policy.ts";
import * as repo from "./connections.repo.ts";

/** Who may see my connection list, and the people I block. Each write lets the graph catch up before answering. */
export function createBlocksService({
  db,
  graph,
  clock,
}: {
  db: Database;
  graph: GraphService;
  clock: Clock;
}) {
  const today = () => isoDay(clock());
  return {
    async settings(actor: UserActor): Promise<ConnectionSettings> {
      const me = await repo.findPerson(db, actor.userId);
      if (!me) throw personNotFound();
      return { listVisibility: me.listVisibility };
    },

    async updateSettings(actor: UserActor, listVisibility: ConnectionListVisibility) {
      if (!(await blocks.setListVisibility(db, actor.userId, listVisibility))) throw personNotFound();
      await graph.sync();
      return { listVisibility };
    },

    async listBlocks(
      actor: UserActor,
      cursor: string | undefined,
      limit: number,
    ): Promise<{ items: BlockedPerson[]; nextCursor: string | null }> {
      const after = decodeCursor(cursor, ["key", "id"]);
      const rows = await blocks.listBlocks(db, actor.userId, after, limit + 1);
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
          person: people.get(r.blockedId) ?? unnamedPerson(r.blockedId),
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
        await blocks.insertBlock(tx, actor.userId, otherId, now);
        await repo.deleteConnection(tx, actor.userId, otherId);
        await repo.closeOpenRequestsBetween(tx, actor.userId, otherId, now);
      });
      await graph.sync();
    },

    /** Lifts my block (a block by the other person stays). Nothing that the block ended comes back. */
    async unblock(actor: UserActor, otherId: string): Promise<void> {
      if (!canBlock(actor, otherId)) throw notYourself("userId");
      if (!(await repo.findPerson(db, otherId))) throw personNotFound();
      await blocks.deleteBlock(db, actor.userId, otherId);
      await graph.sync();
    },
  };
}
