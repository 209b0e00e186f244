import type { Mailer, MailMessage } from "../features/mail/mailer.ts";

/** A mailer that keeps what it sends, for route tests that follow emailed links. */
export interface CapturingMailer extends Mailer {
  messages: MailMessage[];
  /** The token of the newest link to `path` sent to `to`; throws when there is none. */
  tokenFrom(to: string, path: string): string;
}

export function createCapturingMailer(): CapturingMailer {
  const messages: MailMessage[] = [];
  return {
    messages,
    async send(message) {
      messages.push(message);
    },
    async close() {},
    tokenFrom(to, path) {
      for (const m of [...messages].reverse()) {
        if (m.to !== to) continue;
        const match = m.text.match(new RegExp(`${path.replace(/[/?]/g, "\\$&")}\\?token=([^\\s&]+)`));
        if (match?.[1]) return decodeURIComponent(match[1]);
      }
      throw new Error(`no ${path} link was sent to ${to}`);
    },
  };
}
