import type {
  Audience,
  OwnProfile,
  ProfileView,
  UpdateProfileInput,
} from "../../../shared/people/schemas.ts";
import { type Clock, isoDay } from "../../clock.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import type { Database } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { Actor, UserActor } from "../accounts/actor.ts";
import {
  canEditProfile,
  canSearchPeople,
  relationForAudience,
  type StoredProfile,
  toProfileView,
} from "./people.policy.ts";
import {
  createProfileFor,
  findProfile,
  relationBetween,
  renameAccount,
  searchProfiles,
  updateProfile,
} from "./people.repo.ts";

export function createPeopleService({ db, clock }: { db: Database; clock: Clock }) {
  /** The caller's profile. Accounts get one at sign-up; one made any other way gets it on first read. */
  async function own(actor: UserActor): Promise<StoredProfile> {
    const profile = await findProfile(db, actor.userId);
    if (profile) return profile;
    await createProfileFor(db, actor.userId, actor.name);
    const created = await findProfile(db, actor.userId);
    if (!created) throw new AppError("PERSON_NOT_FOUND", "Your profile was not found.");
    return created;
  }

  return {
    async getOwn(actor: UserActor): Promise<OwnProfile> {
      return toOwnProfile(await own(actor), actor.email);
    },

    async updateOwn(actor: UserActor, input: UpdateProfileInput): Promise<OwnProfile> {
      const current = await own(actor);
      if (!canEditProfile(actor, current.userId))
        throw new AppError("FORBIDDEN", "You can only edit your own profile.");
      const { visibility, ...fields } = input;
      const updated = await db.transaction(async (tx) => {
        // The account name is what sessions and mail use; it follows the display name.
        if (fields.displayName && fields.displayName !== current.displayName) {
          await renameAccount(tx, actor.userId, fields.displayName);
        }
        return updateProfile(tx, actor.userId, {
          ...fields,
          ...(visibility ? { visibility: { ...current.visibility, ...visibility } } : {}),
        });
      });
      if (!updated) throw new AppError("PERSON_NOT_FOUND", "Your profile was not found.");
      return toOwnProfile(updated, actor.email);
    },

    /** "View as": the owner's profile exactly as one audience would receive it. */
    async preview(actor: UserActor, audience: Audience): Promise<ProfileView> {
      return toProfileView(await own(actor), relationForAudience(audience));
    },

    /** Anyone may ask; what comes back depends on the caller's relation to the person. */
    async view(actor: Actor, personId: string): Promise<ProfileView> {
      const profile = await findProfile(db, personId);
      if (!profile) throw new AppError("PERSON_NOT_FOUND", "Person not found.");
      const relation = await relationBetween(
        db,
        actor.kind === "user" ? actor.userId : null,
        personId,
        isoDay(clock()),
      );
      return toProfileView(profile, relation);
    },

    async search(actor: Actor, q: string, cursor: string | undefined, limit: number) {
      if (!canSearchPeople(actor) || actor.kind !== "user")
        throw new AppError("UNAUTHENTICATED", "Sign in to search people.");
      const after = decodeCursor(cursor, ["key", "id"]);
      const rows = await searchProfiles(db, actor.userId, q, isoDay(clock()), after, limit + 1);
      const pageRows = rows.slice(0, limit);
      const last = pageRows.at(-1);
      return {
        items: pageRows.map((r) => toProfileView(r.profile, r.relation)),
        nextCursor:
          rows.length > limit && last ? encodeCursor({ key: last.sortKey, id: last.profile.userId }) : null,
      };
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;

function toOwnProfile({ userId, ...fields }: StoredProfile, email: string): OwnProfile {
  return { id: userId, email, ...fields };
}
