import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser } from "./support/browser.ts";
import { type RunningApp, startApp } from "./support/server.ts";

// The foundation journey, as two people would live it in a real browser against the real app:
// sign up, create an organization, invite a colleague who accepts from the mailbox, the colleague
// hides a profile field, the first person no longer sees it, and the UI switches to Japanese.

const run = browserAvailable();
let app: RunningApp;
let browser: Browser;
const PASSWORD = "journey password 1";
const ORG = "Journey Partners";
const HEADLINE = "Builds bridges between teams";

beforeAll(async () => {
  if (!run) return;
  app = await startApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPerson(): Promise<Page> {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

/** Opens the dev mailbox and follows the newest link to `path` in mail sent to `email`. */
async function followMailLink(page: Page, email: string, path: string): Promise<void> {
  await page.goto(`${app.url}/dev/mailbox`);
  const mail = page.locator("article", { hasText: `To ${email}` }).first();
  await mail.getByRole("link", { name: new RegExp(path.replace("/", "\\/")) }).click();
}

async function signUp(page: Page, name: string, email: string): Promise<void> {
  const main = page.getByRole("main");
  await main.getByLabel("Name", { exact: true }).fill(name);
  await main.getByLabel("Email", { exact: true }).fill(email);
  await main.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await main.getByRole("button", { name: "Sign up" }).click();
  await page.getByRole("heading", { name: "Check your email" }).waitFor();
  await followMailLink(page, email, "/verify-email");
}

describe.skipIf(!run)("inviting a colleague", () => {
  let ada: Page;
  let ben: Page;
  let benProfileUrl: string;

  it("1. Ada signs up and confirms her email", async () => {
    ada = await newPerson();
    await ada.goto(`${app.url}/sign-up`);
    await signUp(ada, "Ada Lovelace", "ada@journey.test");
    await ada.getByTestId("signed-in-as").waitFor();
    expect(await ada.getByTestId("signed-in-as").textContent()).toContain("Ada Lovelace");
  });

  it("2. Ada creates an organization", async () => {
    await ada.getByRole("link", { name: "New organization" }).first().click();
    await ada.getByLabel("Organization name").fill(ORG);
    await ada.getByLabel("Mission").fill("Turn employees into allies");
    await ada.getByRole("button", { name: "Create organization" }).click();
    await ada.getByRole("heading", { name: ORG }).waitFor();
    expect(new URL(ada.url()).pathname).toBe("/orgs/journey-partners");
  });

  it("3. Ada invites Ben, who reads the mailbox, signs up and accepts", async () => {
    await ada.getByRole("link", { name: "Invitations" }).click();
    await ada.getByRole("main").getByLabel("Email", { exact: true }).fill("ben@journey.test");
    await ada.getByRole("button", { name: "Send invitation" }).click();
    await ada.getByText("Invitation sent to ben@journey.test.").waitFor();

    ben = await newPerson();
    await ben.goto(`${app.url}/`);
    await followMailLink(ben, "ben@journey.test", "/invitations/accept");
    await ben
      .getByRole("main")
      .getByRole("link", { name: /sign up|create/i })
      .first()
      .click();
    await signUp(ben, "Ben Franklin", "ben@journey.test");
    // After confirming, Ben comes back to the invitation.
    await ben.getByRole("button", { name: "Accept invitation" }).click();
    await ben.getByRole("heading", { name: ORG }).waitFor();

    await ada.getByRole("link", { name: "Members" }).click();
    await ada.getByRole("link", { name: "Ben Franklin" }).waitFor();
  });

  it("4. Ben shows, then hides, his headline", async () => {
    await ben.goto(`${app.url}/profile`);
    await ben.getByRole("textbox", { name: "Headline", exact: true }).fill(HEADLINE);
    await ben.getByLabel("Who can see headline").selectOption("public");
    await ben.getByRole("button", { name: "Save profile" }).click();
    await ben.getByText("Your profile has been saved.").waitFor();

    await ada.getByRole("link", { name: "Ben Franklin" }).click();
    await ada.getByText(HEADLINE).waitFor();
    benProfileUrl = ada.url();

    await ben.getByLabel("Who can see headline").selectOption("only_me");
    await ben.getByRole("button", { name: "Save profile" }).click();
    await ben.getByText("Your profile has been saved.").waitFor();
    await ben.getByLabel("View as").selectOption("organizations");
    await ben.getByTestId("profile-preview").getByText("Ben Franklin").waitFor();
    expect(await ben.getByTestId("profile-preview").textContent()).not.toContain(HEADLINE);
  });

  it("5. Ada can no longer see it", async () => {
    await ada.goto(benProfileUrl);
    await ada.getByRole("heading", { name: "Ben Franklin" }).waitFor();
    expect(await ada.getByRole("main").textContent()).not.toContain(HEADLINE);
    const api = await ada.evaluate(
      async (url) => (await fetch(url)).text(),
      benProfileUrl.replace("/people/", "/api/v1/people/"),
    );
    expect(api).not.toContain(HEADLINE);
  });

  it("6. Ada switches the interface to Japanese", async () => {
    await ada.getByLabel("Language").first().selectOption("ja");
    await ada.getByRole("link", { name: "マイプロフィール" }).first().waitFor();
    expect(await ada.locator("html").getAttribute("lang")).toBe("ja");
    await ada.reload();
    await ada.getByRole("link", { name: "マイプロフィール" }).first().waitFor();
  });
});
