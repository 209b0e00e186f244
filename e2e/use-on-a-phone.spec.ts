import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../server/features/demo/demo.seed.ts";
import { browserAvailable, launchBrowser } from "./support/browser.ts";
import { expectFitsAndLabelled, PHONE, watchCspViolations } from "./support/page-checks.ts";
import { type RunningApp, startApp } from "./support/server.ts";

// A person on a phone-width screen, using the keyboard: the menu folds, nothing scrolls sideways, and
// every form control on the main pages has a label.

const run = browserAvailable();
let app: RunningApp;
let browser: Browser;
let page: Page;
let login: { email: string; password: string };

beforeAll(async () => {
  if (!run) return;
  app = await startApp();
  login = await seedDemo(app.database.db);
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: PHONE,
    locale: "en-US",
    hasTouch: true,
  });
  await watchCspViolations(context);
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.skipIf(!run)("using Alliance on a phone with a keyboard", () => {
  it("signs in with the keyboard alone", async () => {
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    // Navigation moves focus to the main content, so the first Tab reaches the first field.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("autocomplete"))).toBe("email");
    await page.keyboard.type(login.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(login.password);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: /Welcome/ }).waitFor();
  });

  it("folds the navigation behind a menu button", async () => {
    const menu = page.getByRole("button", { name: "Menu" });
    await menu.waitFor();
    await menu.click();
    await page.getByRole("link", { name: "My profile" }).click();
    await page.getByRole("heading", { name: "My profile" }).waitFor();
  });

  for (const path of [
    "/",
    "/profile",
    "/people",
    "/orgs/new",
    "/orgs/sakura-studio/members",
    "/orgs/sakura-studio/invitations",
  ]) {
    it(`shows ${path} without sideways scrolling and with every control labelled`, async () => {
      await page.goto(`${app.url}${path}`);
      await page.getByRole("main").locator("h1").first().waitFor();
      await page.waitForLoadState("networkidle");
      expect(new URL(page.url()).pathname).toBe(path);
      await expectFitsAndLabelled(page);
    });
  }
});
