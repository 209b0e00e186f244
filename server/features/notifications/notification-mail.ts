import type { NotificationFacts, NotificationKind } from "../../../shared/notifications/constants.ts";
import { escapeHtml } from "../mail/mail.templates.ts";
import type { MailMessage } from "../mail/mailer.ts";

interface Draft {
  subject: string;
  lines: string[];
  label: string;
}

/** "15 June 2026" for a YYYY-MM-DD day; anything else is shown as given. */
function day(value: string | undefined): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value ?? "";
  return new Date(`${value}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/**
 * One sentence-builder per kind. Only `data` is used, never a database read, so the email says exactly
 * what the in-app notification says; a fact the caller left out makes the sentence plainer, not wrong.
 */
const drafts: Record<NotificationKind, (f: NotificationFacts) => Draft> = {
  tour_proposed: (f) => ({
    subject: `${f.actorName || "Someone"} proposed a tour of duty: ${title(f)}`,
    lines: [
      `${f.actorName || "Someone"} proposed ${tour(f)}${at(f)}.`,
      "Read the terms, suggest changes, or sign when you are ready.",
    ],
    label: "Read the proposal",
  }),
  signature_needed: (f) => ({
    subject: `Your signature is needed: ${title(f)}`,
    lines: [`${capital(tour(f))}${at(f)} is waiting for your signature.`],
    label: "Review and sign",
  }),
  tour_agreed: (f) => ({
    subject: `Tour of duty agreed: ${title(f)}`,
    lines: [
      `Both sides signed ${tour(f)}${at(f)}.`,
      "The signed terms are kept; only an amendment both sides sign changes them.",
    ],
    label: "Open the agreement",
  }),
  check_in_due: (f) => ({
    subject: `Check-in due${f.dueOn ? ` by ${day(f.dueOn)}` : ""}: ${title(f)}`,
    lines: [
      `A check-in on ${tour(f)}${at(f)}${f.personName ? ` with ${f.personName}` : ""} is due${f.dueOn ? ` by ${day(f.dueOn)}` : " soon"}.`,
      "Talk about progress, what each side delivered, what is in the way and what comes next.",
    ],
    label: "Prepare the check-in",
  }),
  check_in_overdue: (f) => ({
    subject: `Check-in overdue: ${title(f)}`,
    lines: [
      `The check-in on ${tour(f)}${at(f)}${f.personName ? ` with ${f.personName}` : ""} was due${f.dueOn ? ` on ${day(f.dueOn)}` : ""}.`,
      "Find a time to talk soon, and record it when you have.",
    ],
    label: "Record the check-in",
  }),
  review_window_open: (f) => ({
    subject: `Time to talk about what comes next: ${title(f)}`,
    lines: [
      `${capital(tour(f))}${at(f)}${f.plannedEndDate ? ` is planned to end on ${day(f.plannedEndDate)}` : " is nearing its end"}.`,
      "The end-of-tour conversation is open: a next tour, a new role here, or leaving on good terms.",
    ],
    label: "Start the conversation",
  }),
  amendment_proposed: (f) => ({
    subject: `${f.actorName || "Someone"} proposed a change to ${title(f)}`,
    lines: [
      `${f.actorName || "Someone"} proposed an amendment to ${tour(f)}${at(f)}.`,
      "The agreed terms stay in force until both sides sign the change.",
    ],
    label: "Review the change",
  }),
  // To the person who left (no personName), or to the organization about someone (with it).
  departure_recorded: (f) => ({
    subject: `Departure recorded${f.orgName ? ` at ${f.orgName}` : ""}`,
    lines: [
      f.personName
        ? `The departure of ${f.personName}${f.orgName ? ` from ${f.orgName}` : ""} was recorded${f.lastDay ? `, with ${day(f.lastDay)} as the last day` : ""}.`
        : `Your departure${f.orgName ? ` from ${f.orgName}` : ""} was recorded${f.lastDay ? `, with ${day(f.lastDay)} as your last day` : ""}.`,
    ],
    label: "See the details",
  }),
  connection_requested: (f) => ({
    subject: `${f.actorName || "Someone"} wants to connect`,
    lines: [`${f.actorName || "Someone"} asked to connect with you on Alliance.`],
    label: "Accept or decline",
  }),
  connection_accepted: (f) => ({
    subject: `${f.actorName || "Someone"} accepted your connection request`,
    lines: [`You and ${f.actorName || "a colleague"} are now connected.`],
    label: "See your connections",
  }),
  // To an intermediary or the target whose turn it is. Never says who declined anything.
  introduction_waiting: (f) => ({
    subject: `${f.requesterName || "Someone"} asked for an introduction`,
    lines: [
      f.targetName
        ? `${f.requesterName || "Someone"} would like to be introduced to ${f.targetName}, and you are the next person on the way.`
        : `${f.requesterName || "Someone"} would like to be introduced to you.`,
      "Read why, then accept or decline. Declining is private: nobody is told who declined.",
    ],
    label: "Read the request",
  }),
  introduction_accepted: (f) => ({
    subject: `Introduction made: ${f.targetName || "you are connected"}`,
    lines: [
      `The introduction${f.targetName ? ` with ${f.targetName}` : ""} was accepted at every step.`,
      "You can now see each other's contact details. Remember to thank the people who introduced you.",
    ],
    label: "Open the introduction",
  }),
  introduction_closed: (f) => ({
    subject: "An introduction did not go ahead",
    lines: [
      `The introduction${f.targetName ? ` to ${f.targetName}` : ""} did not go ahead this time.`,
      "People have many reasons to pass; nobody is told who did.",
    ],
    label: "See your introductions",
  }),
};

const title = (f: NotificationFacts) => f.tourTitle || "your tour of duty";
const tour = (f: NotificationFacts) =>
  f.tourTitle ? `the tour of duty "${f.tourTitle}"` : "your tour of duty";
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const at = (f: NotificationFacts) => (f.orgName ? ` at ${f.orgName}` : "");

/** The email for a notification: plain text and HTML with the same sentences, its link and a way out. */
export function notificationMail(
  to: string,
  kind: NotificationKind,
  data: NotificationFacts,
  links: { url: string; settingsUrl: string },
): MailMessage {
  const { subject, lines, label } = drafts[kind](data);
  const footer = "Choose which notifications also reach you by email";
  const text = `${lines.join("\n\n")}\n\n${label}: ${links.url}\n\n${footer}: ${links.settingsUrl}\n— Alliance`;
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${lines
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join("")}<p><a href="${escapeHtml(links.url)}">${escapeHtml(label)}</a></p>
<p style="color:#666"><a href="${escapeHtml(links.settingsUrl)}">${escapeHtml(footer)}</a><br>— Alliance</p></body></html>`;
  return { to, subject: subject.replace(/[\r\n]+/g, " "), text, html };
}
