import { ALIGNMENT_FORMULA } from "../../../shared/alignment/constants.ts";
import type { AlignmentView, Exercise, ExerciseInput } from "../../../shared/alignment/schemas.ts";
import { type Clock, isoDay } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { UserActor } from "../accounts/actor.ts";
import { findOrgBySlug, membershipOf } from "../organizations/organizations.repo.ts";
import { toProfileView } from "../people/people.policy.ts";
import { findProfile, relationBetween } from "../people/people.repo.ts";
import { canViewAlignment } from "./alignment.policy.ts";
import * as repo from "./alignment.repo.ts";
import { alignmentScore, compareValues } from "./alignment-score.ts";
import { proposeValues } from "./propose-values.ts";

const toExercise = (people: Exercise["people"]): Exercise => ({
  people,
  proposedValues: proposeValues(people),
});

/** The admired-people exercise and the person-organization alignment view. */
export function createAlignmentService({ db, clock }: { db: Database; clock: Clock }) {
  return {
    /** The caller's saved exercise, or an empty one. */
    async getExercise(actor: UserActor): Promise<Exercise> {
      return toExercise((await repo.findExercise(db, actor.userId)) ?? []);
    },

    /** Saves the exercise and proposes values; the person applies them to their profile themself. */
    async saveExercise(actor: UserActor, input: ExerciseInput): Promise<Exercise> {
      await repo.saveExercise(db, actor.userId, input.people, clock());
      return toExercise(input.people);
    },

    /**
     * How a person's values meet an organization's. The person's fields go through the profile visibility
     * rule, and nothing is derived from values the caller may not see. Throws ORG_NOT_FOUND, FORBIDDEN.
     */
    async view(actor: UserActor, slug: string, personId: string | undefined): Promise<AlignmentView> {
      const org = await findOrgBySlug(db, slug);
      if (!org) throw new AppError("ORG_NOT_FOUND", "Organization not found.");
      const today = isoDay(clock());
      const subjectId = personId ?? actor.userId;
      const viewer = await membershipOf(db, org.id, actor.userId, today);
      const subject = subjectId === actor.userId ? viewer : await membershipOf(db, org.id, subjectId, today);
      // One answer for "no such person" and "not yours to see", so ids reveal nothing.
      if (!canViewAlignment(actor, viewer, { userId: subjectId, membership: subject }))
        throw new AppError("FORBIDDEN", "You cannot see this person's alignment.");
      const profile = await findProfile(db, subjectId);
      if (!profile) throw new AppError("PERSON_NOT_FOUND", "Person not found.");

      const person = toProfileView(profile, await relationBetween(db, actor.userId, subjectId, today));
      const values = person.values;
      return {
        person: {
          id: person.id,
          displayName: person.displayName,
          values,
          mission: person.mission,
          vision: person.vision,
        },
        personValuesHidden: values === undefined,
        org: { slug: org.slug, name: org.name, values: org.values, mission: org.mission, vision: org.vision },
        ...(values ? compareValues(values, org.values) : { shared: [], personOnly: [], orgOnly: [] }),
        score: values ? alignmentScore(values, org.values) : null,
        formula: ALIGNMENT_FORMULA,
      };
    },
  };
}

export type AlignmentService = ReturnType<typeof createAlignmentService>;
