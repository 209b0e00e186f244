import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

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

/** A headless Chromium with a fresh profile, closed and deleted by the returned function. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), "alliance-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
    locale: "en-US",
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
