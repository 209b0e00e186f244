import type { Connection, ConnectionRequest } from "../../../shared/connections/schemas.ts";
import { type Clock, isoDay } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import type { UserActor } from "../accounts/actor.ts";
import { membershipOf } from "../organizations/organizations.repo.ts";
import { fieldError, unnamedPerson } from "./connections.errors.ts";
import { canUseContextOrg, canUseContextTour, ownTrustColumn } from "./connections.policy.ts";
import * as repo from "./connections.repo.ts";

export interface ContextInput {
  contextOrgId?: string | null;
  contextTourId?: string | null;
  since?: string | null;
}

/** Context fields after validation; undefined leaves a field as it is. */
export type CheckedContext = ContextInput;

interface ContextRow {
  contextOrgId: string | null;
  contextTourId: string | null;
  since: string | null;
}

/** What requests and connections share: checking the context a person gives, and the views sent back. */
export function createConnectionViews({ db, clock }: { db: Database; clock: Clock }) {
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
        person: people.get(other) ?? unnamedPerson(other),
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
        person: people.get(other) ?? unnamedPerson(other),
        message: r.message,
        ...context(r),
        source: r.source,
        createdAt: r.createdAt.toISOString(),
      };
    });
  }

  return { today, checkContext, connectionViews, requestViews };
}
