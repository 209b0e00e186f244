import type { Tour, TourSummary } from "../../../shared/tours/schemas.ts";
import { commandAllowed, reviewOpensOn, type TourCommand } from "./tours.lifecycle.ts";
import { canOnTour, sideOf, type TourAction, type TourViewer } from "./tours.policy.ts";
import type { SignatureRow, TourRow, TourVersionRow } from "./tours.repo.ts";

type Parties = Pick<Tour, "org" | "person" | "sponsor">;

const signatureDto = (s: SignatureRow) => ({
  side: s.side,
  userId: s.userId,
  signerName: s.signerName,
  signedAt: s.signedAt.toISOString(),
});

/** What leaves the server for one tour, including what this caller may do next. */
export function toTourDto(
  tour: TourRow,
  parties: Parties,
  pending: TourVersionRow | undefined,
  pendingSignatures: SignatureRow[],
  viewer: TourViewer,
  nextTourId: string | null,
): Tour {
  const side = sideOf(viewer);
  const may = (action: TourAction, command?: TourCommand) =>
    canOnTour(viewer, action) && (!command || commandAllowed(command, tour.status));
  const signedByMySide = pendingSignatures.some((s) => s.side === side);
  return {
    id: tour.id,
    ...parties,
    status: tour.status,
    terms: { ...tour.terms },
    version: tour.rowVersion,
    agreedVersion: tour.agreedVersion,
    pendingVersion: pending?.version ?? null,
    signatures: pendingSignatures.map(signatureDto),
    reviewOpensOn: reviewOpensOn(tour.terms),
    outcome: tour.outcome,
    outcomeNote: tour.outcomeNote,
    endedEarlyReason: tour.endedEarlyReason,
    endedOn: tour.endedOn,
    previousTourId: tour.previousTourId,
    nextTourId,
    mySide: side,
    can: {
      edit: may("edit", "edit"),
      propose: may("propose", "propose"),
      withdraw: may("withdraw", "withdraw") || (!!pending && tour.agreedVersion > 0 && may("amend")),
      sign: !!pending && !signedByMySide && may("sign", "sign"),
      amend: !pending && may("amend", "amend"),
      endEarly: may("endEarly", "endEarly"),
      complete: may("complete", "complete"),
      checkIn: may("checkIn.create") && (tour.status === "active" || tour.status === "in_review"),
    },
    createdAt: tour.createdAt.toISOString(),
    updatedAt: tour.updatedAt.toISOString(),
  };
}

export function toTourSummary(tour: TourRow, parties: Parties): TourSummary {
  return {
    id: tour.id,
    ...parties,
    status: tour.status,
    reviewOpensOn: reviewOpensOn(tour.terms),
    version: tour.rowVersion,
    title: tour.terms.title,
    type: tour.terms.type,
    startDate: tour.terms.startDate,
    plannedEndDate: tour.terms.plannedEndDate,
  };
}

export const versionDto = (v: TourVersionRow, signatures: SignatureRow[]) => ({
  version: v.version,
  status: v.status,
  summary: v.summary,
  terms: { ...v.terms },
  signatures: signatures.filter((s) => s.version === v.version).map(signatureDto),
  createdAt: v.createdAt.toISOString(),
  agreedAt: v.agreedAt?.toISOString() ?? null,
});
