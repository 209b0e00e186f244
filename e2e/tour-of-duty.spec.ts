import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiPerson, apiSignUp, tokenFromMailbox } from "./support/api.ts";
import { browserAvailable, launchBrowser } from "./support/browser.ts";
import { DESKTOP, signInWithForm } from "./support/page-checks.ts";
import { type RunningApp, startApp } from "./support/server.ts";

// The alliance lifecycle as a manager and an employee live it: a transformational tour is proposed and
// signed by both, a check-in is recorded, the calendar reaches the end-of-tour review (the app's clock is
// moved, nobody sleeps), the person leaves on good terms and becomes an alumnus.

const run = browserAvailable();
const DAY = 24 * 60 * 60 * 1000;
const PASSWORD = "journey password 2";
const TITLE = "Open the Osaka studio";
let app: RunningApp;
let browser: Browser;
let maria: ApiPerson;
let emil: ApiPerson;
let managerPage: Page;
let employeePage: Page;
let tourUrl: string;

const status = (page: Page) => page.getByTestId("tour-status");

beforeAll(async () => {
  if (!run) return;
  app = await startApp();
  browser = await launchBrowser();
  // The stage: Maria runs Voyage Labs; Emil has joined it from her invitation.
  maria = await apiSignUp(app, "Maria Sato", "maria@voyage.test", PASSWORD);
  emil = await apiSignUp(app, "Emil Novak", "emil@voyage.test", PASSWORD);
  await maria.call("POST", "/api/v1/orgs", { name: "Voyage Labs", mission: "Make travel work for everyone" });
  await maria.call("POST", "/api/v1/orgs/voyage-labs/invitations", { email: emil.email, role: "member" });
  await emil.call("POST", "/api/v1/invitations/accept", {
    token: await tokenFromMailbox(app, emil.email, "/invitations/accept"),
  });
  managerPage = (await signInWithForm(browser, app, maria, DESKTOP)).page;
  employeePage = (await signInWithForm(browser, app, emil, DESKTOP)).page;
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.skipIf(!run)("a tour of duty from proposal to alumni", () => {
  it("1. the manager drafts and proposes a transformational tour", async () => {
    const page = managerPage;
    await page.goto(`${app.url}/orgs/voyage-labs`);
    await page.getByRole("link", { name: "Tours" }).click();
    await page.getByRole("link", { name: "New tour" }).click();
    await page.getByLabel("Transformational").check();
    await page.getByLabel("Title").fill(TITLE);
    await page.getByLabel("Person", { exact: true }).selectOption({ label: "Emil Novak" });
    await page.getByLabel("Mission objective").fill("A studio of ten, shipping for Japanese customers");
    await page.getByLabel("What the company gets").fill("A foothold in Japan");
    await page.getByLabel("Skills", { exact: true }).fill("Hiring and leading a team");
    await page.getByRole("button", { name: "Save draft" }).click();
    await status(page).filter({ hasText: "Draft" }).waitFor();
    await page.getByRole("button", { name: "Propose" }).click();
    await status(page).filter({ hasText: "Proposed" }).waitFor();
    tourUrl = page.url();
    expect(new URL(tourUrl).pathname).toMatch(/^\/tours\/[0-9a-f-]{36}$/);
  });

  it("2. the employee signs, and so does the manager", async () => {
    await employeePage.goto(tourUrl);
    await employeePage.getByRole("button", { name: /^Sign for/ }).click();
    await employeePage.getByText("Signed.").waitFor();
    await managerPage.reload();
    await managerPage.getByRole("button", { name: /^Sign for/ }).click();
    await status(managerPage).filter({ hasText: "Active" }).waitFor();
  });

  it("3. the employee records a check-in, which the manager sees", async () => {
    const page = employeePage;
    await page.reload();
    await page.getByRole("button", { name: "Record check-in" }).click();
    await page.getByLabel("Progress on the mission").fill("Lease signed, first two hires made");
    await page.getByLabel("Private note").fill("Nervous about the visa timeline");
    await page.getByRole("button", { name: "Record check-in" }).click();
    await page.getByTestId("check-in-list").getByText("Lease signed").waitFor();
    await managerPage.reload();
    await managerPage.getByTestId("check-in-list").getByText("Lease signed").waitFor();
    expect(await managerPage.getByText("Nervous about the visa timeline").count()).toBe(0);
  });

  it("4. when the review window opens, the tour is in review", async () => {
    const tour = await maria.call<{ reviewOpensOn: string }>(
      "GET",
      `/api/v1/tours/${tourUrl.split("/").pop()}`,
    );
    const days = Math.ceil((Date.parse(tour.reviewOpensOn) - app.now().getTime()) / DAY);
    app.advanceClock(days * DAY);
    await managerPage.reload();
    await status(managerPage).filter({ hasText: "In review" }).waitFor();
  });

  it("5. the outcome is 'leaving on good terms', and the departure is recorded", async () => {
    const page = managerPage;
    const lastDay = app.now().toISOString().slice(0, 10);
    await page.getByRole("button", { name: "Complete tour" }).click();
    await page.getByLabel("Leaving on good terms").check();
    await page.getByLabel("Last day").fill(lastDay);
    await page.getByRole("button", { name: "Complete tour" }).last().click();
    await status(page).filter({ hasText: "Completed" }).waitFor();
    // On the last day itself the person is still a member.
    expect(
      (await emil.call<{ items: unknown[] }>("GET", "/api/v1/orgs/voyage-labs/members")).items.length,
    ).toBe(2);
    const departures = await maria.call<{ items: { userId: string; goodStanding: boolean }[] }>(
      "GET",
      "/api/v1/orgs/voyage-labs/departures",
    );
    expect(departures.items).toEqual([expect.objectContaining({ userId: emil.userId, goodStanding: true })]);
  });

  it("6. the day after, the person sees the alumni area and their history, but not the member list", async () => {
    app.advanceClock(DAY);
    const page = employeePage;
    await page.goto(`${app.url}/orgs/voyage-labs/alumni-area`);
    await page.getByRole("heading", { name: "Alumni area" }).waitFor();
    await page.getByText("Alumni directory").waitFor();
    await page.goto(`${app.url}/timeline`);
    await page.getByRole("heading", { name: "My timeline" }).waitFor();
    await page.getByText(TITLE).first().waitFor();
    await page.goto(tourUrl);
    await status(page).filter({ hasText: "Completed" }).waitFor();
    await page.goto(`${app.url}/orgs/voyage-labs/members`);
    await page.getByText("Only members can see who is in this organization.").waitFor();
    expect(await page.getByText("Maria Sato").count()).toBe(0);
  });
});
