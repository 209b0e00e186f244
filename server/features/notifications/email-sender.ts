import { and, asc, eq, notInArray, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { users } from "../accounts/accounts.tables.ts";
import type { Mailer } from "../mail/mailer.ts";
import { notificationMail } from "./notification-mail.ts";
import { notifications } from "./notifications.tables.ts";

/** The web page where a person chooses which notifications they get by email. */
const SETTINGS_PATH = "/settings/notifications";

/** After this many failed sends an email is given up (`failed`); before, it stays `pending` for a retry. */
export const MAX_EMAIL_ATTEMPTS = 5;

export interface SendResult {
  /** Emails the mailer accepted in this run. */
  sent: number;
  /** Send errors in this run, whether the email stays pending for a retry or was given up. */
  failed: number;
}

/** Where a send error is reported; pino's `warn` (app.log) fits. */
export interface SendLogger {
  warn(details: object, message: string): void;
}

/**
 * Delivers the email outbox: notifications whose `emailState` is `pending`.
 *
 * Each email is claimed, sent and marked in its own short transaction: the row is locked with
 * `FOR UPDATE SKIP LOCKED`, so a second sender (another server) skips it and takes the next one, and
 * it is marked `sent` before the lock is released, so nobody picks it up again. The table has no
 * intermediate "sending" state to claim a batch with, and a lock held for one SMTP send ties up one
 * connection per sender for a few hundred milliseconds, which is cheap. The one gap is a crash between
 * the SMTP server accepting the message and the commit: the row is still pending and is sent again.
 */
export function createEmailSender({
  db,
  mailer,
  baseUrl,
  logger,
}: {
  db: Database;
  mailer: Mailer;
  baseUrl: string;
  logger?: SendLogger;
}) {
  const root = baseUrl.replace(/\/$/, "");

  /** Claims and sends the oldest pending email not yet tried in this run; null when none is left. */
  async function sendOne(tried: string[]): Promise<"sent" | "failed" | null> {
    return db.transaction(async (tx) => {
      const [row] = await tx
        .select({
          id: notifications.id,
          kind: notifications.kind,
          data: notifications.data,
          link: notifications.link,
          attempts: notifications.emailAttempts,
          to: users.email,
        })
        .from(notifications)
        .innerJoin(users, eq(users.id, notifications.userId))
        .where(
          and(
            eq(notifications.emailState, "pending"),
            tried.length ? notInArray(notifications.id, tried) : undefined,
          ),
        )
        .orderBy(asc(notifications.createdAt))
        .limit(1)
        .for("update", { of: notifications, skipLocked: true });
      if (!row) return null;
      tried.push(row.id);

      const link = row.link.startsWith("/") ? row.link : "/";
      try {
        await mailer.send(
          notificationMail(row.to, row.kind, row.data, {
            url: `${root}${link}`,
            settingsUrl: `${root}${SETTINGS_PATH}`,
          }),
        );
      } catch (err) {
        const attempts = row.attempts + 1;
        const state = attempts >= MAX_EMAIL_ATTEMPTS ? "failed" : "pending";
        await tx
          .update(notifications)
          .set({ emailAttempts: attempts, emailState: state })
          .where(eq(notifications.id, row.id));
        logger?.warn({ err, notificationId: row.id, attempts }, "notification email not sent");
        return "failed";
      }
      await tx
        .update(notifications)
        .set({ emailState: "sent", emailSentAt: sql`now()` })
        .where(eq(notifications.id, row.id));
      return "sent";
    });
  }

  return {
    /**
     * Sends up to `limit` pending emails, oldest first. Safe to run on several servers at once: each
     * email goes out once. A failing email is tried at most once per run, so retries wait for the next.
     */
    async sendPending(limit = 50): Promise<SendResult> {
      const result: SendResult = { sent: 0, failed: 0 };
      const tried: string[] = [];
      for (let i = 0; i < limit; i++) {
        const outcome = await sendOne(tried);
        if (outcome === null) break;
        result[outcome]++;
      }
      return result;
    },
  };
}

export type EmailSender = ReturnType<typeof createEmailSender>;
