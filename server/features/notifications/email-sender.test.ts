import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseHandle } from "../../db/client.ts";
import { createTestDatabase, type TestDatabase } from "../../test/db.ts";
import { createCapturingMailer } from "../../test/mailbox.ts";
import { users } from "../accounts/accounts.tables.ts";
import type { Mailer } from "../mail/mailer.ts";
import { createEmailSender, MAX_EMAIL_ATTEMPTS } from "./email-sender.ts";
import { notifications } from "./notifications.tables.ts";
import { notify } from "./notifier.ts";

const BASE = "https://alliance.example";
let t: TestDatabase;
// A second pool stands for a second server: its own connections, the same database.
let other: DatabaseHandle;

beforeAll(async () => {
  t = await createTestDatabase();
  other = connectDatabase(t.url, { max: 2 });
  await t.db.insert(users).values([
    { id: "u-ann", name: "Ann", email: "ann@example.test" },
    { id: "u-bob", name: "Bob", email: "bob@example.test" },
  ]);
});
afterAll(async () => {
  await other.close();
  await t.drop();
});
beforeEach(async () => {
  await t.db.delete(notifications);
});

const slowMailer = () => {
  const mail = createCapturingMailer();
  const send = mail.send;
  mail.send = async (m) => {
    await new Promise((r) => setTimeout(r, 5));
    await send(m);
  };
  return mail;
};

async function queue(n: number, userId = "u-ann") {
  for (let i = 0; i < n; i++) {
    await notify(t.db, {
      userId,
      kind: "check_in_due",
      data: { tourTitle: `Tour ${i}`, orgName: "Acme", dueOn: "2026-07-01" },
      link: `/tours/${i}`,
      dedupeKey: `due:${userId}:${i}`,
    });
  }
}

describe("sendPending", () => {
  it("renders each kind's email from the stored facts, with an escaped link to the app", async () => {
    await notify(t.db, {
      userId: "u-bob",
      kind: "review_window_open",
      data: { tourTitle: "Data <platform>", orgName: "Acme & Co", plannedEndDate: "2026-12-31" },
      link: "/tours/abc",
      dedupeKey: "review:1",
    });
    const mail = createCapturingMailer();
    expect(await createEmailSender({ db: t.db, mailer: mail, baseUrl: `${BASE}/` }).sendPending()).toEqual({
      sent: 1,
      failed: 0,
    });
    const [m] = mail.messages;
    expect(m?.to).toBe("bob@example.test");
    expect(m?.subject).toBe("Time to talk about what comes next: Data <platform>");
    expect(m?.text).toContain(
      'The tour of duty "Data <platform>" at Acme & Co is planned to end on 31 December 2026.',
    );
    expect(m?.text).toContain(`${BASE}/tours/abc`);
    expect(m?.text).toContain(`${BASE}/settings/notifications`);
    expect(m?.html).toContain("Data &lt;platform&gt;");
    expect(m?.html).toContain("Acme &amp; Co");
    expect(m?.html).not.toContain("<platform>");
    const [row] = await t.db.select().from(notifications);
    expect(row).toMatchObject({ emailState: "sent", emailAttempts: 0 });
    expect(row?.emailSentAt).toBeInstanceOf(Date);
  });

  it("leaves emails that are not pending alone and respects the limit", async () => {
    await queue(5);
    await t.db
      .update(notifications)
      .set({ emailState: "none" })
      .where(eq(notifications.dedupeKey, "due:u-ann:0"));
    const mail = createCapturingMailer();
    const sender = createEmailSender({ db: t.db, mailer: mail, baseUrl: BASE });
    expect(await sender.sendPending(3)).toEqual({ sent: 3, failed: 0 });
    expect(await sender.sendPending(3)).toEqual({ sent: 1, failed: 0 });
    expect(await sender.sendPending(3)).toEqual({ sent: 0, failed: 0 });
    expect(mail.messages.map((m) => m.subject)).not.toContain("Check-in due by 1 July 2026: Tour 0");
  });

  it("sends each email exactly once when two servers send at the same time", async () => {
    await queue(30);
    const mailA = slowMailer();
    const mailB = slowMailer();
    const a = createEmailSender({ db: t.db, mailer: mailA, baseUrl: BASE });
    const b = createEmailSender({ db: other.db, mailer: mailB, baseUrl: BASE });
    const [ra, rb] = await Promise.all([a.sendPending(), b.sendPending()]);

    expect(ra.sent + rb.sent).toBe(30);
    // Both really worked at once, each skipping the rows the other held.
    expect(ra.sent).toBeGreaterThan(0);
    expect(rb.sent).toBeGreaterThan(0);
    const links = [...mailA.messages, ...mailB.messages].map((m) => m.text.match(/\/tours\/(\d+)/)?.[1]);
    expect(links).toHaveLength(30);
    expect(new Set(links).size).toBe(30);
    const states = await t.db.select({ s: notifications.emailState }).from(notifications);
    expect(states.every((r) => r.s === "sent")).toBe(true);
  });
});

describe("failures", () => {
  const failing: Mailer = {
    async send() {
      throw new Error("SMTP 451 try again later");
    },
    async close() {},
  };

  it("keep the email pending with a count, and give up after five attempts", async () => {
    await queue(2);
    const warnings: object[] = [];
    const sender = createEmailSender({
      db: t.db,
      mailer: failing,
      baseUrl: BASE,
      logger: { warn: (details) => warnings.push(details) },
    });
    for (let run = 1; run < MAX_EMAIL_ATTEMPTS; run++) {
      // Each email is tried once per run, not five times in a row.
      expect(await sender.sendPending()).toEqual({ sent: 0, failed: 2 });
      const rows = await t.db.select().from(notifications);
      expect(rows.every((r) => r.emailState === "pending" && r.emailAttempts === run)).toBe(true);
    }
    expect(await sender.sendPending()).toEqual({ sent: 0, failed: 2 });
    const rows = await t.db.select().from(notifications);
    expect(rows.every((r) => r.emailState === "failed" && r.emailAttempts === MAX_EMAIL_ATTEMPTS)).toBe(true);
    expect(await sender.sendPending()).toEqual({ sent: 0, failed: 0 });
    expect(warnings).toHaveLength(2 * MAX_EMAIL_ATTEMPTS);
  });

  it("send on a later run once the mail server recovers, and one bad email does not block the rest", async () => {
    await queue(3);
    const mail = createCapturingMailer();
    let calls = 0;
    const flaky: Mailer = {
      async send(m) {
        if (++calls === 1) throw new Error("connection reset");
        await mail.send(m);
      },
      async close() {},
    };
    const sender = createEmailSender({ db: t.db, mailer: flaky, baseUrl: BASE });
    expect(await sender.sendPending()).toEqual({ sent: 2, failed: 1 });
    expect(await sender.sendPending()).toEqual({ sent: 1, failed: 0 });
    const rows = await t.db
      .select()
      .from(notifications)
      .where(inArray(notifications.emailState, ["sent"]));
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.dedupeKey === "due:u-ann:0")?.emailAttempts).toBe(1);
  });
});
