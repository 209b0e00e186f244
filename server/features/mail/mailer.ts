import nodemailer from "nodemailer";
import type { Database } from "../../db/client.ts";
import { devMailbox } from "./mail.tables.ts";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Resolves once the message is accepted by the SMTP server or stored in the dev mailbox. */
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

/** Sends over SMTP; `SMTP_URL` carries host, port, credentials and TLS choice (smtps:// for implicit TLS). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    async close() {
      transport.close();
    },
  };
}

/** Keeps mail in the database so a developer can open links at /dev/mailbox without an SMTP server. */
export function createDevMailboxMailer(db: Database): Mailer {
  return {
    async send(message) {
      await db.insert(devMailbox).values(message);
    },
    async close() {},
  };
}
