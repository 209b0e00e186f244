import { canOnTour, type TourViewer } from "../tours/tours.policy.ts";

export type CheckInAction = "list" | "create" | "edit" | "keepPrivateNote";

/**
 * Who may do what with a tour's check-ins, on top of the tour policy. Everyone who reads the tour reads
 * its check-ins and may keep a private note on them; recording one needs a side (the person, the sponsor
 * or an admin, as current members); only its author edits a check-in, and only while they have a side.
 */
export function canOnCheckIn(
  v: TourViewer,
  action: CheckInAction,
  checkIn: { authorId: string | null } | null = null,
): boolean {
  switch (action) {
    case "list":
    case "keepPrivateNote":
      return canOnTour(v, "checkIn.read");
    case "create":
      return canOnTour(v, "checkIn.create");
    case "edit":
      return (
        canOnTour(v, "checkIn.create") &&
        v.actor.kind === "user" &&
        checkIn !== null &&
        checkIn.authorId === v.actor.userId
      );
  }
}

/**
 * A private note is for its author alone: not the other side, not admins, not the person whose tour it
 * is. Losing access to the tour hides even one's own notes.
 */
export function canReadPrivateNote(v: TourViewer, note: { authorId: string }): boolean {
  return v.actor.kind === "user" && note.authorId === v.actor.userId && canOnTour(v, "checkIn.read");
}
