import { randomUUID } from "node:crypto";
import type { DbOrTx } from "../../db/client.ts";
import { connectionRequests, connections } from "../connections/connections.tables.ts";
import { introductionSteps, introductions } from "../introductions/introductions.tables.ts";
import { thanks } from "../pay-forward/pay-forward.tables.ts";
import type { DemoNetwork } from "./demo.generator.ts";
import { batches } from "./demo.seed-lifecycle.ts";

const instant = (iso: string) => new Date(iso);
const maybeInstant = (iso: string | null) => (iso ? new Date(iso) : null);

/**
 * Inserts the trust network (connections with their context and trust, connection requests,
 * introductions with their steps, thanks) inside the seeder's transaction. Introductions get fresh uuids
 * here; the generator refers to them by key. Connection list visibility travels with the profiles.
 */
export async function insertTrustNetwork(
  tx: DbOrTx,
  network: DemoNetwork,
  orgId: (demoSlug: string) => string,
): Promise<void> {
  const maybeOrg = (slug: string | null) => (slug ? orgId(slug) : null);
  const introIds = new Map(network.introductions.map((i) => [i.key, randomUUID()]));
  const introId = (key: string) => introIds.get(key) as string;

  for (const rows of batches(network.connections)) {
    await tx.insert(connections).values(
      rows.map(({ contextOrgSlug, ...c }) => ({
        ...c,
        contextOrgId: maybeOrg(contextOrgSlug),
        // Connected when they started knowing each other, not when the demo was seeded.
        createdAt: new Date(`${c.since}T09:00:00Z`),
      })),
    );
  }
  for (const rows of batches(network.connectionRequests)) {
    await tx.insert(connectionRequests).values(
      rows.map(({ contextOrgSlug, createdAt, respondedAt, ...r }) => ({
        ...r,
        contextOrgId: maybeOrg(contextOrgSlug),
        createdAt: instant(createdAt),
        respondedAt: maybeInstant(respondedAt),
      })),
    );
  }
  for (const rows of batches(network.introductions)) {
    await tx.insert(introductions).values(
      rows.map(({ key, createdAt, updatedAt, closedAt, ...i }) => ({
        ...i,
        id: introId(key),
        createdAt: instant(createdAt),
        updatedAt: instant(updatedAt),
        closedAt: maybeInstant(closedAt),
      })),
    );
  }
  for (const rows of batches(network.introductionSteps)) {
    await tx.insert(introductionSteps).values(
      rows.map(({ introductionKey, dueAt, decidedAt, ...s }) => ({
        ...s,
        introductionId: introId(introductionKey),
        dueAt: maybeInstant(dueAt),
        decidedAt: maybeInstant(decidedAt),
      })),
    );
  }
  for (const rows of batches(network.thanks)) {
    await tx.insert(thanks).values(
      rows.map(({ introductionKey, createdAt, ...t }) => ({
        ...t,
        subjectKind: "introduction" as const,
        subjectId: introId(introductionKey),
        createdAt: instant(createdAt),
      })),
    );
  }
}
