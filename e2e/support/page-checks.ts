import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import type { RunningApp } from "./server.ts";

/** A phone-width screen, the narrowest the app is designed for. */
export const PHONE = { width: 375, height: 800 };
/** A laptop screen. */
export const DESKTOP = { width: 1280, height: 900 };

/** How many pixels the page is wider than the screen (0 or less: nothing scrolls sideways). */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Form controls that a screen reader could not name. */
export const unlabelledControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("input, select, textarea")]
      .filter((el) => (el as HTMLInputElement).type !== "hidden")
      .filter((el) => {
        const c = el as HTMLInputElement;
        return !(c.labels?.length || c.getAttribute("aria-label") || c.getAttribute("aria-labelledby"));
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );

/**
 * Records every Content-Security-Policy violation in the context's pages (window.__cspViolations), so
 * a journey notices when the app needs something the policy forbids, such as an inline style.
 */
export async function watchCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

/**
 * The page fits the screen without sideways scrolling, every form control on it has a label, and
 * (in contexts watched with watchCspViolations) nothing on it broke the Content-Security-Policy.
 */
export async function expectFitsAndLabelled(page: Page): Promise<void> {
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await unlabelledControls(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
}

/**
 * Signs a person in through the sign-in form, in a browser context of their own (English, the given
 * screen), and waits until the app shows them signed in.
 */
export async function signInWithForm(
  browser: Browser,
  app: RunningApp,
  person: { email: string; password: string },
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "en-US", viewport });
  await watchCspViolations(context);
  const page = await context.newPage();
  await page.goto(`${app.url}/sign-in`);
  const main = page.getByRole("main");
  await main.getByLabel("Email", { exact: true }).fill(person.email);
  await main.getByLabel("Password", { exact: true }).fill(person.password);
  await main.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("signed-in-as").waitFor({ state: "attached" });
  return { context, page };
}
