import type { MailMessage } from "./mailer.ts";

/** Plain, accessible transactional mail: a sentence, a link, and what to do if it was not you. */
function message(
  to: string,
  subject: string,
  lines: string[],
  link: { label: string; url: string },
): MailMessage {
  const text = `${lines.join("\n\n")}\n\n${link.label}: ${link.url}\n\nIf you did not expect this email, you can ignore it.\n— Alliance`;
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${lines
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join("")}<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>
<p style="color:#666">If you did not expect this email, you can ignore it.<br>— Alliance</p></body></html>`;
  return { to, subject, text, html };
}

export const verifyEmailMail = (to: string, url: string) =>
  message(
    to,
    "Confirm your email for Alliance",
    ["Welcome to Alliance. Confirm your email address to finish signing up."],
    {
      label: "Confirm my email",
      url,
    },
  );

export const existingAccountMail = (to: string, url: string) =>
  message(
    to,
    "You already have an Alliance account",
    [
      "Someone tried to sign up to Alliance with this email address, which already has an account.",
      "If it was you, sign in instead, or reset your password.",
    ],
    { label: "Reset my password", url },
  );

export const resetPasswordMail = (to: string, url: string) =>
  message(
    to,
    "Reset your Alliance password",
    ["We received a request to reset your password. The link works once and expires in one hour."],
    {
      label: "Choose a new password",
      url,
    },
  );

export const invitationMail = (to: string, orgName: string, inviterName: string, role: string, url: string) =>
  message(
    to,
    `${inviterName} invited you to ${orgName} on Alliance`,
    [
      `${inviterName} invited you to join ${orgName} on Alliance as ${role}.`,
      "The invitation works once, for this email address, and expires in 7 days.",
    ],
    { label: "Accept the invitation", url },
  );

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}
