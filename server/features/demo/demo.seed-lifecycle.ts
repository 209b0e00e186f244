import { randomUUID } from "node:crypto";
import type { DbOrTx } from "../../db/client.ts";
import { affiliations, departures } from "../affiliations/affiliations.tables.ts";
import { checkInPrivateNotes, checkIns } from "../checkins/checkins.tables.ts";
import { notifications } from "../notifications/notifications.tables.ts";
import { tourSignatures, tours, tourVersions } from "../tours/tours.tables.ts";
import type { DemoNetwork } from "./demo.generator.ts";

/** Rows per INSERT: far below PostgreSQL's 65,535 parameters however large a demo is asked for. */
const BATCH = 500;

export function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

const instant = (iso: string) => new Date(iso);
const maybeInstant = (iso: string | null) => (iso ? new Date(iso) : null);

/**
 * Inserts the lifecycle part of the demo (stages, departures, tours with versions and signatures,
 * check-ins with private notes, notifications) inside the seeder's transaction. Tours and check-ins get
 * fresh uuids here; the generator refers to them by key.
 */
export async function insertLifecycle(
  tx: DbOrTx,
  network: DemoNetwork,
  orgId: (demoSlug: string) => string,
): Promise<void> {
  const tourIds = new Map(network.tours.map((t) => [t.key, randomUUID()]));
  const checkInIds = new Map(network.checkIns.map((c) => [c.key, randomUUID()]));
  const tourId = (key: string) => tourIds.get(key) as string;

  for (const rows of batches(network.affiliations)) {
    await tx.insert(affiliations).values(
      rows.map(({ personId, companySlug, ...a }) => ({
        ...a,
        orgId: orgId(companySlug),
        userId: personId,
      })),
    );
  }
  for (const rows of batches(network.departures)) {
    await tx.insert(departures).values(
      rows.map(({ personId, companySlug, confirmedAt, createdAt, ...d }) => ({
        ...d,
        orgId: orgId(companySlug),
        userId: personId,
        confirmedAt: maybeInstant(confirmedAt),
        createdAt: instant(createdAt),
      })),
    );
  }
  for (const rows of batches(network.tours)) {
    await tx.insert(tours).values(
      rows.map(({ key, companySlug, previousTourKey, ...t }) => ({
        ...t,
        id: tourId(key),
        orgId: orgId(companySlug),
        previousTourId: previousTourKey ? tourId(previousTourKey) : null,
        proposedAt: maybeInstant(t.proposedAt),
        agreedAt: maybeInstant(t.agreedAt),
        createdAt: instant(t.createdAt),
        updatedAt: instant(t.updatedAt),
      })),
    );
  }
  for (const rows of batches(network.tourVersions)) {
    await tx.insert(tourVersions).values(
      rows.map(({ tourKey, ...v }) => ({
        ...v,
        tourId: tourId(tourKey),
        createdAt: instant(v.createdAt),
        agreedAt: maybeInstant(v.agreedAt),
      })),
    );
  }
  for (const rows of batches(network.tourSignatures)) {
    await tx
      .insert(tourSignatures)
      .values(
        rows.map(({ tourKey, ...s }) => ({ ...s, tourId: tourId(tourKey), signedAt: instant(s.signedAt) })),
      );
  }
  for (const rows of batches(network.checkIns)) {
    await tx.insert(checkIns).values(
      rows.map(({ key, tourKey, ...c }) => ({
        ...c,
        id: checkInIds.get(key) as string,
        tourId: tourId(tourKey),
        createdAt: instant(c.createdAt),
      })),
    );
  }
  for (const rows of batches(network.privateNotes)) {
    await tx.insert(checkInPrivateNotes).values(
      rows.map(({ checkInKey, ...n }) => ({
        ...n,
        checkInId: checkInIds.get(checkInKey) as string,
        updatedAt: instant(n.updatedAt),
      })),
    );
  }
  // The app's own dedupe keys, so the reminder job sees these as raised; no email for demo addresses.
  for (const rows of batches(network.notifications)) {
    await tx.insert(notifications).values(
      rows.map(({ tourKey, keySuffix, createdAt, readAt, ...n }) => ({
        ...n,
        link: `/tours/${tourId(tourKey)}`,
        dedupeKey: `${n.kind}:${tourId(tourKey)}:${keySuffix}`,
        createdAt: instant(createdAt),
        readAt: maybeInstant(readAt),
        emailState: "none" as const,
      })),
    );
  }
}
