import { createHash, randomBytes } from "node:crypto";
import { type Clock, isoDay } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { UserActor } from "../accounts/actor.ts";
import { displayNames, orgsByIds } from "../checkins/checkins.repo.ts";
import { myTours } from "../checkins/my-tours.ts";
import { renderFeed } from "./calendar.ics.ts";
import * as repo from "./calendar.repo.ts";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const feedNotFound = () => new AppError("FEED_NOT_FOUND", "Calendar feed not found.");

interface Deps {
  db: Database;
  clock: Clock;
  baseUrl: string;
}

export function createCalendarService({ db, clock, baseUrl }: Deps) {
  return {
    /**
     * A new secret feed URL for the caller, replacing any earlier one. The token is returned once and only
     * its SHA-256 is stored.
     */
    async createFeed(actor: UserActor): Promise<{ url: string; createdAt: string }> {
      const token = randomBytes(32).toString("base64url");
      const now = clock();
      const feed = await db.transaction(async (tx) => {
        await repo.lockFeedsOf(tx, actor.userId);
        await repo.revokeActiveFeeds(tx, actor.userId, now);
        return repo.insertFeed(tx, { userId: actor.userId, tokenHash: hashToken(token), createdAt: now });
      });
      return { url: `${baseUrl}/api/v1/calendar/${token}.ics`, createdAt: feed.createdAt.toISOString() };
    },

    /** Whether the caller has a feed, never its token (which is not stored). */
    async feedStatus(actor: UserActor): Promise<{ active: boolean; createdAt: string | null }> {
      const feed = await repo.findActiveFeedOf(db, actor.userId);
      return { active: !!feed, createdAt: feed?.createdAt.toISOString() ?? null };
    },

    /** Old URLs stop working at once. Revoking when there is no feed is harmless. */
    async revokeFeed(actor: UserActor): Promise<void> {
      await db.transaction(async (tx) => {
        await repo.lockFeedsOf(tx, actor.userId);
        await repo.revokeActiveFeeds(tx, actor.userId, clock());
      });
    },

    /**
     * The calendar behind a feed token, built as its owner would see their tours today. Unknown and
     * revoked tokens get the same 404.
     */
    async render(token: string): Promise<string> {
      const owner = await repo.findActiveFeedOwner(db, hashToken(token));
      if (!owner) throw feedNotFound();
      const tours = await myTours(db, owner, isoDay(clock()));
      const [names, orgs] = await Promise.all([
        displayNames(
          db,
          tours.map((t) => t.tour.personId),
        ),
        orgsByIds(
          db,
          tours.map((t) => t.tour.orgId),
        ),
      ]);
      return renderFeed(
        tours.map((t) => ({
          ...t,
          orgName: orgs.get(t.tour.orgId)?.name ?? "",
          personName: names.get(t.tour.personId) ?? "",
        })),
        baseUrl,
      );
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
