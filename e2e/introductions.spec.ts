import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiPerson, apiSignUp, connectDirectly } from "./support/api.ts";
import { browserAvailable, launchBrowser } from "./support/browser.ts";
import { DESKTOP, expectFitsAndLabelled, PHONE, signInWithForm } from "./support/page-checks.ts";
import { type RunningApp, startApp } from "./support/server.ts";

// A double opt-in introduction as the three people live it, each in their own browser: Rita asks to meet
// Tom through Abe, whom both know; Abe passes it on with a note; Tom accepts; Rita sees Tom's email, says
// they met and thanks Abe; Abe finds the thanks on his pay-forward record. Rita is on a phone.

const run = browserAvailable();
const PASSWORD = "journey password 3";
const REASON = "I'm opening a studio in Osaka and would love Tom's advice on hiring there.";
const NOTE = "Rita is great to work with; worth half an hour.";
const THANKS = "Thank you, Abe! Tom was incredibly helpful.";
let app: RunningApp;
let browser: Browser;
let rita: ApiPerson;
let abe: ApiPerson;
let tom: ApiPerson;
let tess: ApiPerson;
let ritaPage: Page;
let ritaContext: BrowserContext;
let abePage: Page;
let tomPage: Page;
let introductionUrl: string;

const status = (page: Page) => page.getByTestId("introduction-status");

beforeAll(async () => {
  if (!run) return;
  app = await startApp();
  browser = await launchBrowser();
  // The stage: Rita — Abe — Tom, and Tess, whom Abe also knows. Rita sees Abe's connections (he is hers).
  rita = await apiSignUp(app, "Rita Requester", "rita@intro.test", PASSWORD);
  abe = await apiSignUp(app, "Abe Intermediary", "abe@intro.test", PASSWORD);
  tom = await apiSignUp(app, "Tom Target", "tom@intro.test", PASSWORD);
  tess = await apiSignUp(app, "Tess Target", "tess@intro.test", PASSWORD);
  await connectDirectly(app, rita, abe);
  await connectDirectly(app, abe, tom);
  await connectDirectly(app, abe, tess);
  // The graph picks connections up from its change log within a second.
  for (let i = 0; ; i++) {
    const { degree } = await rita.call<{ degree: number | null }>(
      "GET",
      `/api/v1/people/${tom.userId}/how-connected`,
    );
    if (degree === 2) break;
    if (i === 50) throw new Error(`Tom is not 2nd degree to Rita (degree ${degree})`);
    await new Promise((r) => setTimeout(r, 200));
  }
  ({ context: ritaContext, page: ritaPage } = await signInWithForm(browser, app, rita, PHONE));
  abePage = (await signInWithForm(browser, app, abe, DESKTOP)).page;
  tomPage = (await signInWithForm(browser, app, tom, DESKTOP)).page;
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.skipIf(!run)("an introduction from request to thanks", () => {
  it("1. the requester asks to meet a 2nd-degree person through someone they know", async () => {
    const page = ritaPage;
    // Nothing yet: the empty list says where introductions come from.
    await page.goto(`${app.url}/introductions?box=sent`);
    await page.getByRole("heading", { name: "You haven't asked for an introduction yet" }).waitFor();
    await page.getByRole("link", { name: "Find an introduction" }).waitFor();
    await expectFitsAndLabelled(page);

    await page.goto(`${app.url}/people/${tom.userId}`);
    const section = page.getByRole("region", { name: "How you're connected" });
    await section.getByRole("button", { name: "Ask for an introduction" }).click();
    await section.getByLabel("Why do you want to be introduced?").fill(REASON);
    await section.getByRole("button", { name: "Send request" }).click();
    await section.getByText("Your request to meet Tom Target is on its way.").waitFor();
    await section.getByRole("link", { name: "See your introductions" }).click();

    await page.getByRole("heading", { name: "Introductions", level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get("box")).toBe("sent");
    const list = page.getByRole("list", { name: "I asked" });
    const item = list.getByRole("listitem").filter({ hasText: "Tom Target" });
    await item.getByText("In progress").waitFor();
    await expectFitsAndLabelled(page);
    await item.getByRole("link", { name: "Your introduction to Tom Target" }).click();
    await page.getByRole("heading", { name: "Introduction to Tom Target" }).waitFor();
    introductionUrl = page.url();
    expect(new URL(introductionUrl).pathname).toMatch(/^\/introductions\/[0-9a-f-]{36}$/);
    // The whole path, but nobody's answer before the introduction is made.
    const chain = page.getByRole("list", { name: /^Path:/ });
    await chain.getByText("You", { exact: true }).waitFor();
    await chain.getByRole("link", { name: "Abe Intermediary" }).waitFor();
    await chain.getByRole("link", { name: "Tom Target" }).waitFor();
    expect(await chain.getByText("accepted").count()).toBe(0);
    await page.getByRole("button", { name: "Withdraw request" }).waitFor();
    await expectFitsAndLabelled(page);
  });

  it("2. the intermediary finds it waiting on them and passes it on with a note", async () => {
    const page = abePage;
    await page.goto(`${app.url}/`);
    // The menu says how many introductions wait on them.
    await page.getByRole("link", { name: "Introductions 1 waiting on you" }).click();
    const inbox = page.getByRole("list", { name: "Waiting on me" });
    const item = inbox.getByRole("listitem").filter({ hasText: "Rita Requester" });
    await item.getByText(/^Answer by /).waitFor();
    await item.getByRole("link", { name: "Introduction of Rita Requester to Tom Target" }).click();

    await page.getByRole("heading", { name: "Rita Requester would like to meet Tom Target" }).waitFor();
    await page.getByText(REASON).waitFor();
    await page
      .getByText(/nobody is told who declined|never who declined/)
      .first()
      .waitFor();
    await page.getByLabel("Note (optional)").fill(NOTE);
    await page.getByRole("button", { name: "Accept and pass it on" }).click();
    await page.getByText("You accepted. The request has been passed on to the next person.").waitFor();
    await page.getByRole("heading", { name: "Your answer" }).waitFor();
    await page.getByText("You accepted", { exact: true }).waitFor();
    await status(page).filter({ hasText: "In progress" }).waitFor();
  });

  it("3. the target reads the intermediary's note and accepts", async () => {
    const page = tomPage;
    await page.goto(`${app.url}/introductions`);
    await page
      .getByRole("list", { name: "Waiting on me" })
      .getByRole("link", { name: "Introduction of Rita Requester to you" })
      .click();
    await page.getByRole("heading", { name: "Rita Requester would like to meet you" }).waitFor();
    await page.getByText("Abe Intermediary wrote:").waitFor();
    await page.getByText(NOTE).waitFor();
    await page.getByRole("button", { name: "Accept the introduction" }).click();
    await page.getByText("You accepted: the introduction is made.", { exact: false }).waitFor();
    await status(page).filter({ hasText: "Made" }).waitFor();
    await page.getByRole("link", { name: rita.email }).waitFor();
  });

  it("4. the requester sees the contact details, records the outcome and thanks the intermediary", async () => {
    const page = ritaPage;
    await page.goto(introductionUrl);
    await status(page).filter({ hasText: "Made" }).waitFor();
    const email = page.getByRole("link", { name: tom.email });
    expect(await email.getAttribute("href")).toBe(`mailto:${tom.email}`);
    // Once made, everyone's answer and note show.
    await page
      .getByRole("list", { name: /^Path:/ })
      .getByText("accepted")
      .first()
      .waitFor();
    await page.getByText(NOTE).waitFor();

    await page.getByRole("radio", { name: "We met" }).check();
    await page.getByRole("button", { name: "Save outcome" }).click();
    await page.getByText("Saved.").waitFor();
    await expectFitsAndLabelled(page);

    // A second tab, left open from before the thanks, to try thanking twice.
    const staleTab = await ritaContext.newPage();
    await staleTab.goto(introductionUrl);
    await staleTab.getByRole("button", { name: "Thank Abe Intermediary" }).waitFor();

    await page.bringToFront();
    await page.getByRole("button", { name: "Thank Abe Intermediary" }).click();
    await page.getByLabel("Message to Abe Intermediary (optional)").fill(THANKS);
    await expectFitsAndLabelled(page);
    await page.getByRole("button", { name: "Send thanks" }).click();
    await page.getByText("Your thanks to Abe Intermediary has been sent.").waitFor();
    await page.getByText("Thanked", { exact: true }).waitFor();
    expect(await page.getByRole("button", { name: "Thank Abe Intermediary" }).count()).toBe(0);

    // Thanking again from the stale tab is answered kindly, not as an error.
    await staleTab.bringToFront();
    await staleTab.getByRole("button", { name: "Thank Abe Intermediary" }).click();
    await staleTab.getByRole("button", { name: "Send thanks" }).click();
    await staleTab.getByText("You had already thanked Abe Intermediary.").waitFor();
    await staleTab.getByText("Thanked", { exact: true }).waitFor();
    await staleTab.close();
    await page.bringToFront();

    // The outcome stays recorded.
    await page.reload();
    expect(await page.getByRole("radio", { name: "We met" }).isChecked()).toBe(true);
  });

  it("5. the intermediary sees what they gave and the thanks on their pay-forward record", async () => {
    const page = abePage;
    await page.getByRole("link", { name: "Pay it forward" }).click();
    await page.getByRole("heading", { name: "Pay it forward", level: 1 }).waitFor();
    const given = page.getByRole("list", { name: "What I gave" });
    await given.getByRole("link", { name: "Introduction of Rita Requester to Tom Target" }).waitFor();
    await given.getByText("Rita Requester thanked you", { exact: false }).waitFor();
    const received = page.getByRole("list", { name: "Thanks I received" });
    await received.getByText("From Rita Requester").waitFor();
    await received.getByText(THANKS).waitFor();
    await received.getByRole("link", { name: "See the introduction" }).click();
    await status(page).filter({ hasText: "Made" }).waitFor();
    // An intermediary never sees the contact details or the outcome of the two people introduced.
    expect(await page.getByRole("heading", { name: "Contact details" }).count()).toBe(0);
    expect(await page.getByRole("radio", { name: "We met" }).count()).toBe(0);
  });

  it("6. an answer to a request withdrawn meanwhile is refused with the current state shown", async () => {
    const { id } = await rita.call<{ id: string }>("POST", "/api/v1/introductions", {
      targetId: tess.userId,
      reason: "I'd like to learn how Tess runs her design critiques.",
    });
    const page = abePage;
    await page.goto(`${app.url}/introductions/${id}`);
    await page.getByRole("button", { name: "Accept and pass it on" }).waitFor();
    await rita.call("POST", `/api/v1/introductions/${id}/withdraw`);
    await page.getByRole("button", { name: "Accept and pass it on" }).click();
    await page.getByText(/This introduction has moved on/).waitFor();
    await page.getByText("We've loaded its current state below.", { exact: false }).waitFor();
    await status(page).filter({ hasText: "Withdrawn" }).waitFor();
    await page.getByText("Rita Requester withdrew this request", { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: "Accept and pass it on" }).count()).toBe(0);
  });
});
