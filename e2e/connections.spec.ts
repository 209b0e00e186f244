import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiPerson, apiSignUp } from "./support/api.ts";
import { browserAvailable, launchBrowser } from "./support/browser.ts";
import { expectFitsAndLabelled, PHONE, signInWithForm } from "./support/page-checks.ts";
import { type RunningApp, startApp } from "./support/server.ts";

// Two people on phones, each in their own browser: Ada asks Ben to connect from his profile, Ben accepts from
// his requests, Ada records how much she trusts Ben (which Ben never sees), Ben hides his connection list and
// Ada is told so calmly, and Ada imports her LinkedIn export, finds Ben in it (already connected) and
// chooses to ask Cy, the one person she may ask.

const run = browserAvailable();
let app: RunningApp;
let browser: Browser;
let ada: ApiPerson;
let ben: ApiPerson;
let cy: ApiPerson;
let adaPage: Page;
let benPage: Page;
const PASSWORD = "connections journey 1";

/** LinkedIn's Connections.csv as it comes: a "Notes:" preamble, then the header, then one row per person. */
function linkedInExport(rows: string[][]): string {
  return [
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address."',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ...rows.map((r) => r.join(",")),
  ].join("\n");
}

beforeAll(async () => {
  if (!run) return;
  app = await startApp();
  ada = await apiSignUp(app, "Ada Lovelace", "ada@connections.test", PASSWORD);
  ben = await apiSignUp(app, "Ben Bridge", "ben@connections.test", PASSWORD);
  cy = await apiSignUp(app, "Cy Young", "cy@connections.test", PASSWORD);
  browser = await launchBrowser();
  adaPage = (await signInWithForm(browser, app, ada, PHONE)).page;
  benPage = (await signInWithForm(browser, app, ben, PHONE)).page;
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.skipIf(!run)("connecting with a colleague", () => {
  it("Ada asks Ben to connect from his profile", async () => {
    await adaPage.goto(`${app.url}/people/${ben.userId}`);
    const panel = adaPage.getByRole("region", { name: "Connection", exact: true });
    await panel.getByText("You and Ben Bridge aren't connected yet.").waitFor();
    await panel.getByRole("button", { name: "Connect" }).click();
    const message = panel.getByLabel("Message (optional)");
    expect(await message.evaluate((el) => el === document.activeElement)).toBe(true);
    await message.fill("We met at the onboarding guild last spring.");
    await expectFitsAndLabelled(adaPage);
    await panel.getByRole("button", { name: "Send request" }).click();
    await panel.getByText("Request sent to Ben Bridge.", { exact: false }).waitFor();
    await panel.getByText("Waiting for Ben Bridge to answer.").waitFor();

    // Blocking waits behind a quieter menu, with what it does said first.
    await panel.getByText("More actions").click();
    await panel.getByText("They aren't told", { exact: false }).waitFor();

    await adaPage.reload();
    await adaPage
      .getByRole("region", { name: "Connection", exact: true })
      .getByText("Request sent")
      .first()
      .waitFor();
  });

  it("Ben sees the request waiting and accepts it in his own browser", async () => {
    await benPage.goto(`${app.url}/`);
    await benPage.getByRole("button", { name: "Menu" }).click();
    const waiting = benPage.getByTestId("connection-requests-waiting");
    await waiting.waitFor();
    expect(await waiting.textContent()).toBe("1");
    await benPage
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: /^Connections/ })
      .click();
    await benPage
      .getByRole("navigation", { name: "Connections sections" })
      .getByRole("link", { name: /^Requests/ })
      .click();
    expect(new URL(benPage.url()).pathname).toBe("/connections/requests");

    const incoming = benPage.getByRole("region", { name: /Asked of you/ });
    await incoming.getByText("We met at the onboarding guild last spring.").waitFor();
    await expectFitsAndLabelled(benPage);
    await incoming.getByRole("button", { name: "Accept" }).click();
    await incoming.getByText("You're now connected with Ada Lovelace.").waitFor();
    await incoming.getByText("Nobody is waiting for your answer").waitFor();
  });

  it("Ada sets a private trust level for Ben", async () => {
    await adaPage.goto(`${app.url}/connections`);
    const row = adaPage.getByRole("list", { name: "My connections" }).getByRole("listitem").filter({
      hasText: "Ben Bridge",
    });
    const trust = row.getByLabel("Your trust in Ben Bridge");
    await trust.selectOption("would_vouch_for");
    await row.getByText("Saved. Only you see this.").waitFor();
    await expectFitsAndLabelled(adaPage);

    await adaPage.reload();
    expect(await adaPage.getByLabel("Your trust in Ben Bridge").inputValue()).toBe("would_vouch_for");
  });

  it("Ben never sees Ada's trust level, only his own (not set)", async () => {
    await benPage.goto(`${app.url}/connections`);
    const trust = benPage.getByLabel("Your trust in Ada Lovelace");
    await trust.waitFor();
    expect(await trust.inputValue()).toBe("");
    // The API agrees: Ben's connection to Ada carries Ben's trust (none), never Ada's.
    const mine = await ben.call<{ items: { person: { id: string }; trust: string | null }[] }>(
      "GET",
      "/api/v1/connections",
    );
    expect(mine.items.find((c) => c.person.id === ada.userId)?.trust).toBeNull();
    await expectFitsAndLabelled(benPage);
  });

  it("Ben keeps his list to himself and Ada is told calmly", async () => {
    const settings = benPage.getByRole("region", { name: "Who can see my connections" });
    await settings.getByRole("radio", { name: "Only me" }).check();
    await settings.getByRole("button", { name: "Save" }).click();
    await settings.getByText("Saved.", { exact: false }).waitFor();

    await adaPage.goto(`${app.url}/people/${ben.userId}`);
    await adaPage
      .getByRole("region", { name: "Connection", exact: true })
      .getByText("Connected", { exact: true })
      .waitFor();
    await adaPage.getByText("Ben Bridge keeps their connection list private from you.").waitFor();
    await expectFitsAndLabelled(adaPage);
  });

  it("Ada imports her LinkedIn export and finds Ben, already connected", async () => {
    await adaPage.goto(`${app.url}/connections/import`);
    await adaPage.getByRole("heading", { name: "1. Export your connections from LinkedIn" }).waitFor();
    await adaPage.getByLabel("LinkedIn's Connections.csv").setInputFiles({
      name: "Connections.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        linkedInExport([
          ["Ben", "Bridge", "https://www.linkedin.com/in/ben", ben.email, "Acme", "Engineer", "01 Jan 2024"],
          [
            "Nobody",
            "Here",
            "https://www.linkedin.com/in/nobody",
            "nobody@nowhere.test",
            "Else",
            "CEO",
            "02 Jan 2024",
          ],
          ["No", "Email", "https://www.linkedin.com/in/no-email", "", "Quiet Co", "CTO", "03 Jan 2024"],
          [
            "Cy",
            "Young",
            "https://www.linkedin.com/in/cy",
            cy.email.toUpperCase(),
            "Basalt",
            "Designer",
            "04 Jan 2024",
          ],
        ]),
      ),
    });
    await adaPage.getByRole("button", { name: "Find my connections on Alliance" }).click();
    await adaPage.getByRole("heading", { name: "3. Choose whom to ask" }).waitFor();
    expect(await adaPage.getByTestId("import-rows").textContent()).toBe("4");
    expect(await adaPage.getByTestId("import-withEmail").textContent()).toBe("3");
    expect(await adaPage.getByTestId("import-matched").textContent()).toBe("2");
    expect(await adaPage.getByTestId("import-unmatched").textContent()).toBe("1");
    const match = adaPage.getByRole("list", { name: "Matches" }).getByRole("listitem").filter({
      hasText: "Ben Bridge",
    });
    await match.getByText("Already connected").waitFor();
    await match.getByText("Engineer · Acme (from your file)").waitFor();
    // Nobody already connected can be picked, and nobody is picked for her.
    expect(await match.getByRole("checkbox").count()).toBe(0);
    const cyBox = adaPage.getByRole("checkbox", { name: "Cy Young" });
    expect(await cyBox.isChecked()).toBe(false);
    await expectFitsAndLabelled(adaPage);
  });

  it("Ada asks only the person she ticks, with one explicit click", async () => {
    await adaPage.getByRole("button", { name: "Send requests (nobody chosen yet)" }).click();
    await adaPage.getByText("Tick at least one person to ask.").waitFor();
    await adaPage.getByRole("checkbox", { name: "Cy Young" }).check();
    await adaPage.getByRole("button", { name: "Send 1 request" }).click();
    await adaPage.getByText("Sent: 1 · Connected at once: 0 · Not sent: 0").waitFor();
    const row = adaPage
      .getByRole("list", { name: "Matches" })
      .getByRole("listitem")
      .filter({ hasText: "Cy Young" });
    await row.getByText("Request sent").waitFor();
    const outgoing = await ada.call<{ items: { person: { id: string }; source: string }[] }>(
      "GET",
      "/api/v1/connections/requests?box=outgoing",
    );
    expect(outgoing.items.map((r) => [r.person.id, r.source])).toEqual([[cy.userId, "import"]]);
    await expectFitsAndLabelled(adaPage);
  });

  it("explains a file that is not LinkedIn's export", async () => {
    await adaPage.getByLabel("LinkedIn's Connections.csv").setInputFiles({
      name: "contacts.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("name,phone\nAda,123\n"),
    });
    await adaPage.getByRole("button", { name: "Find my connections on Alliance" }).click();
    await adaPage.getByText("This doesn't look like LinkedIn's Connections.csv", { exact: false }).waitFor();
  });
});
