import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../server/features/demo/demo.seed.ts";
import { browserAvailable, launchBrowser } from "./support/browser.ts";
import { expectFitsAndLabelled, PHONE, signInWithForm } from "./support/page-checks.ts";
import { type RunningApp, startApp } from "./support/server.ts";

// A person of the demo network, on a phone, finds their way through their trust network: degree badges on
// the people they see, how they are connected to a 2nd-degree colleague, an introduction request along the
// strongest path (and the clear refusal of a second one), then who can introduce them to an organization.

const run = browserAvailable();
let app: RunningApp;
let browser: Browser;
let page: Page;

/** A GET with the browser's session, for choosing whom to visit. */
const apiGet = <T>(path: string) =>
  page.evaluate(
    async (p) => (await fetch(p, { headers: { accept: "application/json" } })).json(),
    path,
  ) as Promise<T>;

beforeAll(async () => {
  if (!run) return;
  app = await startApp();
  const login = await seedDemo(app.database.db);
  browser = await launchBrowser();
  page = (await signInWithForm(browser, app, login, PHONE)).page;
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.skipIf(!run)("finding an introduction through the network", () => {
  let secondDegree: { id: string; displayName: string };

  it("shows degree badges on the people search", async () => {
    await page.goto(`${app.url}/people`);
    const results = page.getByRole("list", { name: "Search results" });
    await results.waitFor();
    await results.getByText("1st-degree connection").first().waitFor();
    await results.getByText("2nd-degree connection").first().waitFor();
    await expectFitsAndLabelled(page);

    const people = await apiGet<{ items: { id: string; displayName: string }[] }>("/api/v1/people?limit=100");
    const ids = people.items.map((p) => p.id).join(",");
    const { degrees } = await apiGet<{ degrees: Record<string, number | null> }>(
      `/api/v1/network/degrees?ids=${ids}`,
    );
    const found = people.items.find((p) => degrees[p.id] === 2);
    if (!found) throw new Error("the demo network has no 2nd-degree person");
    secondDegree = found;
  });

  it("shows how you're connected to a 2nd-degree person and asks for an introduction", async () => {
    await page.goto(`${app.url}/people/${secondDegree.id}`);
    const section = page.getByRole("region", { name: "How you're connected" });
    await section.waitFor();
    await section.getByText("Strongest links").first().waitFor();
    // The chain starts with you and ends with the person, every other name a link to their profile.
    const chain = section.getByRole("list", { name: /^Path 1/ });
    await chain.getByText("You", { exact: true }).waitFor();
    await chain.getByRole("link", { name: secondDegree.displayName }).waitFor();

    await section.getByRole("button", { name: "Ask for an introduction" }).click();
    const reason = section.getByLabel("Why do you want to be introduced?");
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await section.getByRole("button", { name: "Send request" }).click();
    await section.getByText("This field is required.").waitFor();
    await reason.fill("Too short");
    await section.getByRole("button", { name: "Send request" }).click();
    await section.getByText(/Write at least 10 characters/).waitFor();
    await expectFitsAndLabelled(page);

    await reason.fill("I'm starting a customer onboarding guild and would love to compare notes.");
    await section.getByRole("button", { name: "Send request" }).click();
    await section.getByText(`Your request to meet ${secondDegree.displayName} is on its way.`).waitFor();
    await section.getByRole("link", { name: "See your introductions" }).waitFor();
  });

  it("says clearly that a request is already open", async () => {
    await page.reload();
    const section = page.getByRole("region", { name: "How you're connected" });
    const ask = section.getByRole("button", { name: "Ask for an introduction" });
    // Cancelling puts focus back on the button that opened the form.
    await ask.click();
    await section.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => ask.evaluate((el) => el === document.activeElement)).toBe(true);
    await ask.click();
    await section.getByLabel("Why do you want to be introduced?").fill("Asking a second time, by mistake.");
    await section.getByRole("button", { name: "Send request" }).click();
    await section.getByText(/You already have an open introduction request/).waitFor();
  });

  it("finds who can introduce you to an organization, with the choice in the address", async () => {
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("link", { name: "Network" }).click();
    await page.getByRole("heading", { name: "Find an introduction" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/network/introductions/find");

    await page.getByRole("searchbox", { name: "Organization name" }).fill("Basalt");
    await page
      .getByRole("list", { name: "Matching organizations" })
      .getByRole("button", { name: /Basalt Energy/ })
      .click();
    const heading = page.getByRole("heading", { name: "Who can introduce you to Basalt Energy" });
    await heading.waitFor();
    expect(new URL(page.url()).searchParams.get("org")).toBe("basalt-energy");
    await expectFitsAndLabelled(page);

    // The address alone brings the same list back (shared, bookmarked, reloaded).
    await page.reload();
    await heading.waitFor();
    expect(
      (await page.getByRole("link", { name: "They're your connection: ask them directly" }).count()) +
        (await page.getByRole("button", { name: "Ask for an introduction" }).count()),
    ).toBeGreaterThan(0);
  });

  it("teaches what to do when nobody has a skill", async () => {
    await page.getByRole("radio", { name: "Someone with a skill" }).check();
    await page.getByRole("searchbox", { name: "Skill" }).fill("Underwater basket weaving");
    await page.getByRole("button", { name: "Find", exact: true }).click();
    await page
      .getByRole("heading", { name: "Nobody within two steps of you lists “Underwater basket weaving”." })
      .waitFor();
    await page
      .getByText("Connect with more colleagues, or ask the people you know.", { exact: false })
      .waitFor();
    await expectFitsAndLabelled(page);
  });
});
