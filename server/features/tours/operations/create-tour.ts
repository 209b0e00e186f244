import type { CreateTourInput } from "../../../../shared/tours/schemas.ts";
import { isoDay } from "../../../clock.ts";
import { AppError } from "../../../errors.ts";
import type { UserActor } from "../../accounts/actor.ts";
import { findOrgBySlug, membershipOf } from "../../organizations/organizations.repo.ts";
import { defaultPlannedEnd } from "../tours.lifecycle.ts";
import { canCreateTour } from "../tours.policy.ts";
import { insertTour, type TourRow } from "../tours.repo.ts";
import type { TourDeps } from "./command.ts";
import { mergeTerms } from "./terms.ts";

const fieldError = (field: string, message: string) =>
  new AppError("VALIDATION_FAILED", "Some fields are not valid.", { fieldErrors: { [field]: [message] } });

/**
 * Drafts a tour in an organization. A manager or admin drafting for someone becomes the sponsor unless
 * another is named; a person drafting their own names their sponsor. Both parties must be current
 * members, and the sponsor must be a manager, admin or owner.
 */
export async function createTour(
  deps: TourDeps,
  actor: UserActor,
  slug: string,
  input: CreateTourInput,
): Promise<TourRow> {
  const today = isoDay(deps.clock());
  const org = await findOrgBySlug(deps.db, slug);
  if (!org) throw new AppError("ORG_NOT_FOUND", "Organization not found.");
  const mine = await membershipOf(deps.db, org.id, actor.userId, today);
  if (!canCreateTour(actor, mine, input.personId)) {
    throw new AppError("FORBIDDEN", "You cannot draft a tour for this person here.");
  }
  const person = await membershipOf(deps.db, org.id, input.personId, today);
  if (person?.standing !== "member")
    throw fieldError("personId", "must be a current member of the organization");

  const creatorIsCompany = actor.userId !== input.personId;
  const sponsorId = input.sponsorId !== undefined ? input.sponsorId : creatorIsCompany ? actor.userId : null;
  if (sponsorId) {
    if (sponsorId === input.personId) throw fieldError("sponsorId", "cannot be the person on the tour");
    const sponsor = await membershipOf(deps.db, org.id, sponsorId, today);
    if (sponsor?.standing !== "member" || sponsor.role === "member") {
      throw fieldError("sponsorId", "must be a manager, admin or owner of the organization");
    }
  }

  const { personId, plannedEndDate, sponsorId: _ignored, ...rest } = input;
  const terms = mergeTerms(
    {
      ...rest,
      sponsorId,
      plannedEndDate:
        plannedEndDate === undefined ? defaultPlannedEnd(input.type, input.startDate) : plannedEndDate,
    },
    {},
  );
  return insertTour(deps.db, { orgId: org.id, personId, sponsorId, terms, createdBy: actor.userId });
}
