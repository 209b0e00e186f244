import type { TourStatus } from "../../../shared/tours/constants.ts";
import { isoDay } from "../../clock.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import { AppError } from "../../errors.ts";
import type { Actor, UserActor } from "../accounts/actor.ts";
import { findOrgBySlug, membershipOf } from "../organizations/organizations.repo.ts";
import type { TourDeps } from "./operations/command.ts";
import { syncOrgToursWithTime, syncTourWithTime } from "./time-sync.ts";
import { loadTourFor } from "./tour-access.ts";
import { diffTerms } from "./tours.diff.ts";
import { toTourDto, toTourSummary, versionDto } from "./tours.dto.ts";
import { tourListScope } from "./tours.policy.ts";
import * as repo from "./tours.repo.ts";

/** Reading tours. Every read brings the tour's status up to date with the calendar first. */
export function createToursReader(deps: TourDeps) {
  const today = () => isoDay(deps.clock());

  async function dto(actor: Actor, tourId: string) {
    const { tour: loaded, viewer } = await loadTourFor(deps.db, actor, tourId, "read", today());
    const tour = await syncTourWithTime(deps.db, loaded, today());
    const pending = await repo.findPendingVersion(deps.db, tour.id);
    const [parties, signatures, nextTourId] = await Promise.all([
      repo.tourParties(deps.db, tour),
      pending ? repo.signaturesFor(deps.db, tour.id, [pending.version]) : Promise.resolve([]),
      repo.findNextTourId(deps.db, tour.id),
    ]);
    return toTourDto(tour, parties, pending, signatures, viewer, nextTourId);
  }

  return {
    get: dto,

    /** An organization's tours: all of them for admins, otherwise those where the caller is person or sponsor. */
    async list(
      actor: UserActor,
      slug: string,
      query: { status?: TourStatus; personId?: string; cursor?: string; limit: number },
    ) {
      const org = await findOrgBySlug(deps.db, slug);
      if (!org) throw new AppError("ORG_NOT_FOUND", "Organization not found.");
      const membership = await membershipOf(deps.db, org.id, actor.userId, today());
      const scope = tourListScope(actor, membership);
      if (scope === "none") throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
      const after = decodeCursor(query.cursor, ["at", "id"]);
      await syncOrgToursWithTime(deps.db, org.id, today());
      const rows = await repo.listOrgTours(
        deps.db,
        org.id,
        {
          status: query.status,
          personId: query.personId,
          onlyFor: scope === "mine" ? actor.userId : undefined,
        },
        after,
        query.limit + 1,
      );
      const page = rows.slice(0, query.limit);
      const items = await Promise.all(
        page.map(async (tour) => toTourSummary(tour, await repo.tourParties(deps.db, tour))),
      );
      const last = page.at(-1);
      return {
        items,
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ at: last.createdAt.toISOString(), id: last.id })
            : null,
      };
    },

    async versions(actor: Actor, tourId: string) {
      const { tour } = await loadTourFor(deps.db, actor, tourId, "read", today());
      const [versions, signatures] = await Promise.all([
        repo.listVersions(deps.db, tour.id),
        repo.signaturesFor(deps.db, tour.id),
      ]);
      return { items: versions.map((v) => versionDto(v, signatures)) };
    },

    /** What changed from the version before `version` (the original agreement compares with itself: no changes). */
    async diff(actor: Actor, tourId: string, version: number) {
      const { tour } = await loadTourFor(deps.db, actor, tourId, "read", today());
      const versions = await repo.listVersions(deps.db, tour.id);
      const target = versions.find((v) => v.version === version);
      if (!target) throw new AppError("NOT_FOUND", "No such version of this tour.");
      const previous = versions.filter((v) => v.version < version && v.status === "agreed").at(-1);
      return {
        from: previous?.version ?? version,
        to: version,
        changes: previous ? diffTerms(previous.terms, target.terms) : [],
      };
    },
  };
}

export type ToursReader = ReturnType<typeof createToursReader>;
