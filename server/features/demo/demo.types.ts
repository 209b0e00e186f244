import type { DepartureReasonCategory } from "../../../shared/affiliations/constants.ts";
import type { RequestSource, RequestStatus } from "../../../shared/connections/constants.ts";
import type { IntroductionStatus, Outcome, StepStatus } from "../../../shared/introductions/constants.ts";
import type { NotificationKind } from "../../../shared/notifications/constants.ts";
import type { Side, TourOutcome, TourStatus, TourTerms } from "../../../shared/tours/constants.ts";

/**
 * The lifecycle part of the demo network: history (stages and departures), tours of duty with their
 * versions and signatures, check-ins and notifications. Rows refer to people by id, to companies by slug
 * and to each other by a `key` ("tour-001", "checkin-0001"); the seeder maps keys to fresh uuids.
 * Timestamps are ISO strings so the generator stays plain data.
 */

/** One stage of a person's relationship with a company, as `affiliations` stores it. */
export interface DemoAffiliation {
  personId: string;
  companySlug: string;
  stage: "employee" | "alumni";
  startedOn: string;
  endedOn: string | null;
  boomerang: boolean;
  createdBy: string | null;
}

export interface DemoDeparture {
  personId: string;
  companySlug: string;
  lastDay: string;
  reasonCategory: DepartureReasonCategory | null;
  /** null: self-reported and still waiting for the company to confirm. */
  goodStanding: boolean | null;
  selfReported: boolean;
  recordedBy: string;
  confirmedBy: string | null;
  confirmedAt: string | null;
  createdAt: string;
}

export interface DemoTour {
  key: string;
  personId: string;
  companySlug: string;
  sponsorId: string;
  /** The terms in force: the latest agreed version's, or the working copy of a draft or proposal. */
  terms: TourTerms;
  status: TourStatus;
  agreedVersion: number;
  createdBy: string;
  createdAt: string;
  proposedBy: string | null;
  proposedAt: string | null;
  agreedAt: string | null;
  outcome: TourOutcome | null;
  outcomeNote: string | null;
  endedEarlyBy: string | null;
  endedEarlyReason: string | null;
  endedOn: string | null;
  previousTourKey: string | null;
  rowVersion: number;
  updatedAt: string;
}

export interface DemoTourVersion {
  tourKey: string;
  version: number;
  terms: TourTerms;
  status: "pending" | "agreed";
  summary: string;
  proposedBy: string;
  createdAt: string;
  agreedAt: string | null;
}

export interface DemoSignature {
  tourKey: string;
  version: number;
  side: Side;
  userId: string;
  signerName: string;
  signedAt: string;
}

export interface DemoCheckIn {
  key: string;
  tourKey: string;
  authorId: string;
  heldOn: string;
  progress: string;
  companyDelivered: string;
  personDelivered: string;
  blockers: string;
  nextSteps: string;
  sharedNotes: string;
  createdAt: string;
}

export interface DemoPrivateNote {
  checkInKey: string;
  authorId: string;
  note: string;
  updatedAt: string;
}

/**
 * An in-app notification about a tour. The dedupe key is `${kind}:${tourId}:${keySuffix}`, the format
 * the app itself writes, so the reminder job does not raise the same reminder again after seeding.
 */
export interface DemoNotification {
  userId: string;
  kind: NotificationKind;
  tourKey: string;
  keySuffix: string;
  data: Record<string, string>;
  createdAt: string;
  readAt: string | null;
}

/**
 * The trust network around the connections: requests to connect, introductions along paths of
 * connections, and the thanks that follow a made introduction. Organizations are referred to by slug,
 * introductions by key ("intro-001"); the seeder maps both to ids.
 */
export interface DemoConnectionRequest {
  fromUser: string;
  toUser: string;
  message: string;
  contextOrgSlug: string | null;
  since: string | null;
  source: RequestSource;
  status: RequestStatus;
  createdAt: string;
  respondedAt: string | null;
}

export interface DemoIntroduction {
  key: string;
  requesterId: string;
  targetId: string;
  reason: string;
  status: IntroductionStatus;
  /** The position of the step waiting for an answer (or, once closed, the step it stopped on). */
  currentStep: number;
  outcome: Outcome | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/**
 * One person asked, in path order: the intermediaries, then the target. A reached step has the due date
 * it was given when it started waiting (kept after the answer, as the app does); a step never reached
 * has neither a due date nor an answer.
 */
export interface DemoIntroductionStep {
  introductionKey: string;
  position: number;
  personId: string;
  status: StepStatus;
  note: string;
  dueAt: string | null;
  decidedAt: string | null;
}

/** The requester thanking an intermediary for a made introduction. */
export interface DemoThanks {
  fromUser: string;
  toUser: string;
  introductionKey: string;
  message: string;
  createdAt: string;
}
