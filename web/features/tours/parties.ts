import type { Member } from "../../../shared/organizations/schemas.ts";
import { useAlignment } from "../alignment/queries.ts";
import type { Party } from "./TourTermsForm.tsx";

/** Sponsors are the organization's managers, admins and owners, other than the person on the tour. */
export function sponsorsFrom(members: Member[] | undefined, personId: string): Party[] | undefined {
  return members
    ?.filter((m) => m.role !== "member" && m.userId !== personId)
    .map((m) => ({ id: m.userId, name: m.displayName }));
}

/**
 * The person's ranked values as this viewer may see them, to pick which ones a tour serves. Null when they
 * are hidden or cannot be read (the viewer then keeps what was chosen before, without a list to add from).
 */
export function usePersonValues(slug: string, personId: string): string[] | null {
  const alignment = useAlignment(slug, personId || undefined, Boolean(personId));
  if (!personId || !alignment.data || alignment.data.personValuesHidden) return null;
  return alignment.data.person.values ?? null;
}
