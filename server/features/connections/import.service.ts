import { IMPORTS_PER_DAY, type ImportResult } from "../../../shared/connections/schemas.ts";
import { type Clock, isoDay } from "../../clock.ts";
import type { Database } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { UserActor } from "../accounts/actor.ts";
import * as repo from "./connections.repo.ts";
import * as imports from "./import.repo.ts";
import { createImportLimiter } from "./import-limiter.ts";
import { readLinkedInConnections } from "./linkedin-csv.ts";

/**
 * Reads a LinkedIn Connections.csv and finds who in it has an Alliance account: by email, lower-cased,
 * verified addresses only, leaving out the caller and anyone who blocks or is blocked by them. It sends
 * nothing and stores nothing. Every import that reaches the lookup counts against the caller's daily
 * limit, which bounds how many addresses one account can test.
 */
export function createImportService({ db, clock }: { db: Database; clock: Clock }) {
  const limiter = createImportLimiter(IMPORTS_PER_DAY, () => clock().getTime());

  return {
    async run(actor: UserActor, csv: string): Promise<ImportResult> {
      const wait = limiter.retryAfter(actor.userId);
      if (wait !== null) {
        throw new AppError(
          "RATE_LIMITED",
          `You can import ${IMPORTS_PER_DAY} files a day. Try again later.`,
          { retryAfterSeconds: wait },
          { "retry-after": String(wait) },
        );
      }
      const contacts = readLinkedInConnections(csv);
      if (!contacts) {
        throw new AppError("VALIDATION_FAILED", "This is not a LinkedIn connections export.", {
          fieldErrors: {
            csv: [
              "has no header row with First Name, Last Name and Email Address (LinkedIn's Connections.csv)",
            ],
          },
        });
      }
      limiter.record(actor.userId);

      const withEmail = contacts.filter((c) => c.email !== null);
      const byEmail = new Map<string, (typeof contacts)[number]>();
      for (const c of withEmail) if (!byEmail.has(c.email as string)) byEmail.set(c.email as string, c);
      const found = await imports.matchVerifiedEmails(db, actor.userId, [...byEmail.keys()]);
      const ids = found.map((f) => f.userId);
      const [people, statuses] = await Promise.all([
        repo.summaries(db, actor.userId, ids, isoDay(clock())),
        repo.pairStatuses(db, actor.userId, ids),
      ]);
      const matchedEmails = new Set(found.map((f) => f.email));
      const matches = found
        .flatMap((f) => {
          const person = people.get(f.userId);
          const row = byEmail.get(f.email);
          if (!person || !row) return [];
          return [
            {
              userId: f.userId,
              displayName: person.displayName,
              ...(person.headline !== undefined ? { headline: person.headline } : {}),
              company: row.company,
              position: row.position,
              status: statuses.get(f.userId) ?? ("can_request" as const),
            },
          ];
        })
        .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.userId.localeCompare(b.userId));
      return {
        rows: contacts.length,
        withEmail: withEmail.length,
        matches,
        unmatched: withEmail.filter((c) => !matchedEmails.has(c.email as string)).length,
      };
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
