import { and, desc, eq, isNull, lt, or } from "drizzle-orm";
import { type Clock, isoDay } from "../../clock.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import type { Database } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { Actor, UserActor } from "../accounts/actor.ts";
import { membershipOf } from "../organizations/organizations.repo.ts";
import type { OrganizationsService } from "../organizations/organizations.service.ts";
import { standingOf } from "../organizations/standing.ts";
import { profiles } from "../people/people.tables.ts";
import { advanceWithTime } from "../tours/tours.lifecycle.ts";
import { openAffiliation } from "./affiliations.repo.ts";
import { type DepartureReason, departures } from "./affiliations.tables.ts";
import { confirmDeparture, recordDeparture } from "./departures.ts";
import { loadHistory } from "./timeline.repo.ts";

interface Deps {
  db: Database;
  clock: Clock;
  orgs: OrganizationsService;
}

type DepartureRow = typeof departures.$inferSelect;
const departureDto = (d: DepartureRow, displayName: string) => ({
  id: d.id,
  userId: d.userId,
  displayName,
  lastDay: d.lastDay,
  reasonCategory: d.reasonCategory,
  goodStanding: d.goodStanding,
  selfReported: d.selfReported,
  createdAt: d.createdAt.toISOString(),
});

/** Departures, extra stages and the history each side keeps of the other. */
export function createAffiliationsService({ db, clock, orgs }: Deps) {
  const today = () => isoDay(clock());

  /** One organization's part of a history, shared by the person's and the organization's views. */
  function entry(h: Awaited<ReturnType<typeof loadHistory>>, orgRow: (typeof h.orgRows)[number]) {
    const { org, membership } = orgRow;
    return {
      org: { id: org.id, slug: org.slug, name: org.name },
      standing: standingOf(membership, today()),
      role: membership.role,
      boomerang: membership.boomerang,
      alumniTier: standingOf(membership, today()) === "alumnus" ? membership.alumniTier : null,
      affiliations: h.stageRows
        .filter((a) => a.orgId === org.id)
        .map((a) => ({
          id: a.id,
          stage: a.stage,
          startedOn: a.startedOn,
          endedOn: a.endedOn,
          boomerang: a.boomerang,
        })),
      tours: h.tourRows
        .filter((t) => t.orgId === org.id)
        .map((t) => ({
          id: t.id,
          title: t.terms.title,
          type: t.terms.type,
          status: advanceWithTime(t.status, t.terms, today()),
          startDate: t.terms.startDate,
          plannedEndDate: t.terms.plannedEndDate,
          endedOn: t.endedOn,
          outcome: t.outcome,
          checkIns: h.checkInCount(t.id),
        })),
    };
  }

  return {
    async record(
      actor: UserActor,
      slug: string,
      input: {
        userId: string;
        lastDay: string;
        reasonCategory: DepartureReason | null;
        goodStanding: boolean;
      },
    ) {
      const { org } = await orgs.authorize(actor, slug, "departures.record");
      return db.transaction(async (tx) => {
        const row = await recordDeparture(
          tx,
          { ...input, orgId: org.id, selfReported: false, recordedBy: actor.userId },
          today(),
        );
        return departureDto(row, await nameOf(input.userId));
      });
    },

    /** "I left": the person records their own departure; the organization confirms good standing. */
    async recordOwn(actor: UserActor, slug: string, lastDay: string) {
      const { org } = await orgs.authorize(actor, slug, "members.leave");
      return db.transaction(async (tx) => {
        const row = await recordDeparture(
          tx,
          {
            orgId: org.id,
            userId: actor.userId,
            lastDay,
            reasonCategory: null,
            goodStanding: null,
            selfReported: true,
            recordedBy: actor.userId,
          },
          today(),
        );
        return departureDto(row, await nameOf(actor.userId));
      });
    },

    async list(
      actor: UserActor,
      slug: string,
      query: { pending?: "true" | "false"; cursor?: string; limit: number },
    ) {
      const { org } = await orgs.authorize(actor, slug, "departures.confirm");
      const after = decodeCursor(query.cursor, ["at", "id"]);
      const rows = await db
        .select({ d: departures, name: profiles.displayName })
        .from(departures)
        .innerJoin(profiles, eq(profiles.userId, departures.userId))
        .where(
          and(
            eq(departures.orgId, org.id),
            query.pending === "true" ? isNull(departures.goodStanding) : undefined,
            after
              ? or(
                  lt(departures.createdAt, new Date(after.at)),
                  and(eq(departures.createdAt, new Date(after.at)), lt(departures.id, after.id)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(departures.createdAt), desc(departures.id))
        .limit(query.limit + 1);
      const last = rows[query.limit - 1];
      return {
        items: rows.slice(0, query.limit).map((r) => departureDto(r.d, r.name)),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ at: last.d.createdAt.toISOString(), id: last.d.id })
            : null,
      };
    },

    async confirm(actor: UserActor, slug: string, departureId: string, goodStanding: boolean) {
      const { org } = await orgs.authorize(actor, slug, "departures.confirm");
      return db.transaction(async (tx) => {
        const row = await confirmDeparture(tx, departureId, org.id, goodStanding, actor.userId, clock());
        return departureDto(row, await nameOf(row.userId));
      });
    },

    /** Contractor, advisor and partner stages, added by admins for people who belong or belonged. */
    async addStage(
      actor: UserActor,
      slug: string,
      input: {
        userId: string;
        stage: "contractor" | "advisor" | "partner";
        startedOn: string;
        endedOn: string | null;
      },
    ) {
      const { org } = await orgs.authorize(actor, slug, "affiliations.manage");
      if (!(await membershipOf(db, org.id, input.userId, today()))) {
        throw new AppError(
          "MEMBER_NOT_FOUND",
          "Invite the person first; stages belong to people who are or were here.",
        );
      }
      const row = await openAffiliation(db, { orgId: org.id, ...input, createdBy: actor.userId });
      return {
        id: row.id,
        stage: row.stage,
        startedOn: row.startedOn,
        endedOn: row.endedOn,
        boomerang: row.boomerang,
      };
    },

    /** The person's own alliance timeline with every organization: theirs to keep, without private reasons. */
    async myTimeline(actor: UserActor) {
      const h = await loadHistory(db, actor.userId);
      return {
        items: h.orgRows.map((o) => ({
          ...entry(h, o),
          departures: h.departureRows
            .filter((d) => d.orgId === o.org.id)
            .map((d) => ({ lastDay: d.lastDay, goodStanding: d.goodStanding, selfReported: d.selfReported })),
        })),
      };
    },

    /** The organization's view of one person's history with it, for its managers and admins. */
    async orgHistory(actor: Actor, slug: string, userId: string) {
      const { org, membership } = await orgs.authorize(actor, slug, "people.history");
      const h = await loadHistory(db, userId, org.id);
      // Tours follow the tour policy: admins see all of them, a manager only those they sponsor.
      const seesAllTours = membership?.role === "owner" || membership?.role === "admin";
      if (!seesAllTours)
        h.tourRows = h.tourRows.filter((t) => actor.kind === "user" && t.sponsorId === actor.userId);
      const orgRow = h.orgRows[0];
      if (!orgRow) throw new AppError("MEMBER_NOT_FOUND", "This person has no history here.");
      const name = await nameOf(userId);
      return {
        ...entry(h, orgRow),
        person: { id: userId, displayName: name },
        departures: h.departureRows.map((d) => departureDto(d, name)),
      };
    },
  };

  async function nameOf(userId: string): Promise<string> {
    const [row] = await db
      .select({ name: profiles.displayName })
      .from(profiles)
      .where(eq(profiles.userId, userId));
    return row?.name ?? "";
  }
}

export type AffiliationsService = ReturnType<typeof createAffiliationsService>;
