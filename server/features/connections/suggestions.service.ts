import type { Suggestion } from "../../../shared/connections/schemas.ts";
import { type Clock, isoDay } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import type { UserActor } from "../accounts/actor.ts";
import type { GraphService } from "../graph/graph-service.ts";
import { notYourself, personNotFound } from "./connections.errors.ts";
import * as repo from "./connections.repo.ts";
import * as suggestions from "./suggestions.repo.ts";

/**
 * People to connect with: those who were at the same organization at the same time as the caller (see
 * suggestions.repo.ts, suggest, for who is left out and how they are ranked). Never connects anyone by itself.
 */
export function createSuggestionsService({
  db,
  graph,
  clock,
}: {
  db: Database;
  graph: GraphService;
  clock: Clock;
}) {
  return {
    async list(actor: UserActor, limit: number): Promise<{ items: Suggestion[] }> {
      const today = isoDay(clock());
      const rows = await suggestions.suggest(db, actor.userId, today, limit);
      const ids = rows.map((r) => r.userId);
      const [people, orgs, degrees] = await Promise.all([
        repo.summaries(db, actor.userId, ids, today),
        repo.orgRefs(
          db,
          rows.flatMap((r) => r.reasons.map((x) => x.orgId)),
        ),
        graph.degrees(actor.userId, ids),
      ]);
      return {
        items: rows.flatMap((r) => {
          const person = people.get(r.userId);
          const reasons = r.reasons.flatMap((x) => {
            const org = orgs.get(x.orgId);
            return org ? [{ org, fromYear: x.fromYear, toYear: x.toYear }] : [];
          });
          return person && reasons.length > 0
            ? [{ person, reasons, degree: degrees.get(r.userId) ?? null }]
            : [];
        }),
      };
    },

    /** Stops suggesting someone to the caller. Saying so again changes nothing. */
    async dismiss(actor: UserActor, otherId: string): Promise<void> {
      if (otherId === actor.userId) throw notYourself("userId");
      if (!(await repo.findPerson(db, otherId))) throw personNotFound();
      await suggestions.dismissSuggestion(db, actor.userId, otherId, clock());
    },
  };
}

export type SuggestionsService = ReturnType<typeof createSuggestionsService>;
