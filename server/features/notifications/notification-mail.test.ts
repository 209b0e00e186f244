import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS, type NotificationFacts } from "../../../shared/notifications/constants.ts";
import { notificationMail } from "./notification-mail.ts";

const URL = "https://alliance.example/tours/1";
const links = { url: URL, settingsUrl: "https://alliance.example/settings/notifications" };
const full: NotificationFacts = {
  tourTitle: "Data platform",
  orgName: "Acme",
  actorName: "Ann Lee",
  personName: "Bo Chen",
  dueOn: "2026-07-01",
  plannedEndDate: "2027-01-31",
  lastDay: "2026-09-30",
};

describe("notificationMail", () => {
  for (const kind of NOTIFICATION_KINDS) {
    for (const [name, facts] of [
      ["every fact", full],
      ["no facts at all", {}],
      ["empty facts", Object.fromEntries(Object.keys(full).map((k) => [k, ""]))],
    ] as const) {
      it(`writes a whole ${kind} email from ${name}`, () => {
        const m = notificationMail("to@example.test", kind, facts, links);
        expect(m.to).toBe("to@example.test");
        for (const part of [m.subject, m.text, m.html]) {
          expect(part).not.toMatch(/undefined|null| \.| {2}/);
        }
        expect(m.subject.length).toBeGreaterThan(10);
        expect(m.text).toContain(URL);
        expect(m.html).toContain(`href="${URL}"`);
        expect(m.text).toContain(links.settingsUrl);
      });
    }
  }

  it("writes dates as an English reader expects", () => {
    const m = notificationMail("to@example.test", "check_in_due", full, links);
    expect(m.subject).toBe("Check-in due by 1 July 2026: Data platform");
    expect(m.text).toContain(
      'A check-in on the tour of duty "Data platform" at Acme with Bo Chen is due by 1 July 2026.',
    );
  });

  it("keeps line breaks in the facts out of the subject", () => {
    const m = notificationMail(
      "to@example.test",
      "tour_agreed",
      { tourTitle: "A\r\nBcc: x@evil.test" },
      links,
    );
    expect(m.subject).toBe("Tour of duty agreed: A Bcc: x@evil.test");
  });
});
