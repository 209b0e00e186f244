import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, PASSWORD, type TestApp } from "../../test/app.ts";
import { createSmtpMailer } from "./mailer.ts";

// A real SMTP server in this process: the app's mail goes over the wire and is parsed on arrival.
let smtp: SMTPServer;
let port: number;
const received: ParsedMail[] = [];
let t: TestApp;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  port = (smtp.server.address() as AddressInfo).port;
  t = await buildTestApp(
    {},
    { mailer: createSmtpMailer(`smtp://127.0.0.1:${port}`, "Alliance <no-reply@alliance.test>") },
  );
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const linkIn = (mail: ParsedMail, path: string) => {
  const match = mail.text?.match(new RegExp(`https?://\\S+${path}\\?token=(\\S+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in: ${mail.text}`);
  return decodeURIComponent(match[1]);
};

describe("mail over SMTP", () => {
  it("delivers the confirmation email, whose link signs the person in", async () => {
    const anon = t.anonymous();
    await anon.post("/api/v1/auth/sign-up", { name: "Sam Smtp", email: "sam@smtp.test", password: PASSWORD });
    const mail = received.find((m) => m.to && JSON.stringify(m.to).includes("sam@smtp.test"));
    expect(mail?.subject).toBe("Confirm your email for Alliance");
    expect(mail?.from?.text).toContain("no-reply@alliance.test");
    expect(mail?.html).toContain("<a href=");
    const res = await anon.post("/api/v1/auth/verify-email", {
      token: linkIn(mail as ParsedMail, "/verify-email"),
    });
    expect(res.statusCode).toBe(200);
    expect((await anon.get("/api/v1/auth/session")).json().user.email).toBe("sam@smtp.test");
  });

  it("delivers a password reset whose link works once", async () => {
    received.length = 0;
    await t.anonymous().post("/api/v1/auth/request-password-reset", { email: "sam@smtp.test" });
    expect(received).toHaveLength(1);
    const token = linkIn(received[0] as ParsedMail, "/reset-password");
    const ok = await t
      .anonymous()
      .post("/api/v1/auth/reset-password", { token, password: "new password 123" });
    expect(ok.statusCode).toBe(204);
    const again = await t
      .anonymous()
      .post("/api/v1/auth/reset-password", { token, password: "new password 456" });
    expect(again.statusCode).toBe(400);
  });

  it("sends nothing for an unknown address", async () => {
    received.length = 0;
    const res = await t
      .anonymous()
      .post("/api/v1/auth/request-password-reset", { email: "nobody@smtp.test" });
    expect(res.statusCode).toBe(202);
    expect(received).toHaveLength(0);
  });
});
