import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Whether browser journeys can run. Without Chromium they are skipped with a message, unless
 * ALLIANCE_REQUIRE_BROWSER=1 (set by CI), which turns the skip into a failure.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.ALLIANCE_REQUIRE_BROWSER === "1") {
    throw new Error(`Chromium is required (ALLIANCE_REQUIRE_BROWSER=1) but ${CHROMIUM_PATH} is missing.`);
  }
  console.warn(`Skipping browser journeys: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium).`);
  return false;
}

/**
 * Debian's headless Chromium. Playwright gives the browser a fresh temporary profile; each person in a
 * journey gets their own context, so their cookies never mix.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}
