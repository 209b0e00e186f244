import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_VISIBILITY } from "../../../shared/people/constants.ts";
import type { TourStatus, TourTerms } from "../../../shared/tours/constants.ts";
import { connectDatabase, type DatabaseHandle } from "../../db/client.ts";
import { createTestDatabase, type TestDatabase } from "../../test/db.ts";
import { users } from "../accounts/accounts.tables.ts";
import { checkIns } from "../checkins/checkins.tables.ts";
import { memberships, organizations } from "../organizations/organizations.tables.ts";
import { profiles } from "../people/people.tables.ts";
import { moveStatusIfUnchanged } from "../tours/tours.repo.ts";
import { tours } from "../tours/tours.tables.ts";
import { notifications } from "./notifications.tables.ts";
import { createReminderScheduler } from "./reminders.ts";

let t: TestDatabase;
let other: DatabaseHandle;
let now = new Date("2026-06-15T09:00:00Z");
const clock = () => now;
const ids: Record<string, string> = {};

const terms = (over: Partial<TourTerms>): TourTerms => ({
  type: "rotational",
  title: "Untitled",
  missionObjective: "Ship the new onboarding",
  companyGets: "A faster first week for every hire",
  personGets: { skills: "Product design", experience: "Leading a launch", network: "Sales", reputation: "" },
  successMeasures: "Time to first commit under two days",
  startDate: "2026-01-01",
  plannedEndDate: "2028-01-01",
  sponsorId: "sponsor",
  checkInCadenceMonths: 3,
  personFirstConversation: true,
  companyFirstConversation: true,
  servesOrgValues: ["Craft"],
  servesPersonValues: ["Learning"],
  workWorthDoing: "People stay because they grow",
  ...over,
});

async function tour(key: string, status: TourStatus, over: Partial<TourTerms>, personId = "person") {
  const [row] = await t.db
    .insert(tours)
    .values({ orgId: ids.org as string, personId, sponsorId: "sponsor", status, terms: terms(over) })
    .returning({ id: tours.id });
  ids[key] = row?.id as string;
}

const stored = async () =>
  (await t.db.select().from(notifications)).map((n) => `${n.kind} ${n.dedupeKey.split(":")[1]} ${n.userId}`);
const statusOf = async (key: string) =>
  (
    await t.db
      .select()
      .from(tours)
      .where(eq(tours.id, ids[key] as string))
  )[0];
const keyOf = (kind: string, key: string, user: string) => `${kind} ${ids[key]} ${user}`;

beforeAll(async () => {
  t = await createTestDatabase();
  other = connectDatabase(t.url, { max: 2 });
  const people = ["person", "sponsor", "leaver"];
  await t.db.insert(users).values(people.map((id) => ({ id, name: id, email: `${id}@example.test` })));
  await t.db
    .insert(profiles)
    .values(people.map((id) => ({ userId: id, displayName: `${id} name`, visibility: DEFAULT_VISIBILITY })));
  const [org] = await t.db.insert(organizations).values({ name: "Acme", slug: "acme" }).returning();
  ids.org = org?.id as string;
  await t.db.insert(memberships).values([
    { orgId: ids.org, userId: "person", role: "member" },
    { orgId: ids.org, userId: "sponsor", role: "manager" },
    { orgId: ids.org, userId: "leaver", role: "manager", status: "former", endedOn: "2026-03-31" },
  ]);

  // Today is 2026-06-15.
  await tour("starts", "agreed", { title: "Starts", startDate: "2026-06-01", plannedEndDate: "2028-06-01" });
  await tour("future", "agreed", { title: "Future", startDate: "2026-08-01", plannedEndDate: "2028-08-01" });
  // Review window opened on 2026-03-10; last check-in 2026-03-20, so the next is due 2026-06-20.
  await tour("reviews", "active", {
    title: "Reviews",
    startDate: "2024-01-10",
    plannedEndDate: "2026-09-10",
  });
  // Open-ended, no check-in ever: due 2025-04-01, long overdue. Its sponsor has left.
  await tour("overdue", "active", {
    title: "Overdue",
    type: "foundational",
    startDate: "2025-01-01",
    plannedEndDate: null,
  });
  await t.db
    .update(tours)
    .set({ sponsorId: "leaver" })
    .where(eq(tours.id, ids.overdue as string));
  await tour("draft", "draft", { title: "Draft", startDate: "2025-01-01" });
  await tour("done", "completed", { title: "Done", startDate: "2024-01-01", plannedEndDate: "2026-01-01" });
  await t.db.insert(checkIns).values({ tourId: ids.reviews as string, heldOn: "2026-03-20" });
});
afterAll(async () => {
  await other.close();
  await t.drop();
});

describe("a tick", () => {
  it("on two servers at once moves each tour and raises each reminder exactly once", async () => {
    const a = createReminderScheduler({ db: t.db, clock });
    const b = createReminderScheduler({ db: other.db, clock });
    const [ra, rb] = await Promise.all([a.tick(), b.tick()]);

    expect(ra.advanced + rb.advanced).toBe(2);
    expect((await statusOf("starts"))?.status).toBe("active");
    expect((await statusOf("starts"))?.rowVersion).toBe(2);
    expect((await statusOf("reviews"))?.status).toBe("in_review");
    for (const key of ["future", "draft", "done", "overdue"])
      expect((await statusOf(key))?.rowVersion).toBe(1);

    const expected = [
      keyOf("review_window_open", "reviews", "person"),
      keyOf("review_window_open", "reviews", "sponsor"),
      keyOf("check_in_due", "reviews", "person"),
      keyOf("check_in_due", "reviews", "sponsor"),
      // The sponsor who left is not reminded; the person is.
      keyOf("check_in_overdue", "overdue", "person"),
    ];
    expect((await stored()).sort()).toEqual(expected.sort());
    expect(ra.notified + rb.notified).toBe(5);
  });

  it("builds the message facts and the link from the tour", async () => {
    const [due] = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.dedupeKey, `check_in_due:${ids.reviews}:2026-06-20:sponsor`));
    expect(due).toMatchObject({
      link: `/tours/${ids.reviews}`,
      data: { tourTitle: "Reviews", orgName: "Acme", personName: "person name", dueOn: "2026-06-20" },
      emailState: "pending",
    });
    const [review] = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.dedupeKey, `review_window_open:${ids.reviews}:person`));
    // The person is not told their own name.
    expect(review?.data).toEqual({ tourTitle: "Reviews", orgName: "Acme", plannedEndDate: "2026-09-10" });
  });

  it("changes nothing when repeated", async () => {
    const before = await stored();
    expect(await createReminderScheduler({ db: t.db, clock }).tick()).toEqual({ advanced: 0, notified: 0 });
    expect(await stored()).toEqual(before);
  });

  it("catches up the review notice of a tour moved elsewhere without one", async () => {
    // As if a request moved it to in_review and the process died before notifying.
    await tour("moved", "in_review", {
      title: "Moved",
      startDate: "2025-06-01",
      plannedEndDate: "2026-10-01",
    });
    await t.db.insert(checkIns).values({ tourId: ids.moved as string, heldOn: "2026-06-01" });
    expect(await createReminderScheduler({ db: t.db, clock }).tick()).toEqual({ advanced: 0, notified: 2 });
    expect(await stored()).toEqual(
      expect.arrayContaining([
        keyOf("review_window_open", "moved", "person"),
        keyOf("review_window_open", "moved", "sponsor"),
      ]),
    );
  });

  it("moves a tour only from the status it read, so a change made meanwhile wins", async () => {
    // As if a person completed the tour between the tick's read and its write.
    await tour("raced", "completed", { title: "Raced", startDate: "2026-06-01" });
    expect(await moveStatusIfUnchanged(t.db, ids.raced as string, "agreed", "active")).toBeUndefined();
    expect(await statusOf("raced")).toMatchObject({ status: "completed", rowVersion: 1 });
  });
});

describe("as the clock moves", () => {
  it("turns a due check-in overdue the day after it was due", async () => {
    now = new Date("2026-06-21T09:00:00Z");
    await createReminderScheduler({ db: t.db, clock }).tick();
    expect(await stored()).toContain(keyOf("check_in_overdue", "reviews", "sponsor"));
  });

  it("starts an agreed tour on its start date", async () => {
    now = new Date("2026-08-01T09:00:00Z");
    expect(await createReminderScheduler({ db: t.db, clock }).tick()).toMatchObject({ advanced: 1 });
    expect(await statusOf("future")).toMatchObject({ status: "active", rowVersion: 2 });
  });

  it("starts a new schedule after a check-in", async () => {
    const scheduler = createReminderScheduler({ db: t.db, clock });
    // The overdue tour finally meets on 2026-06-21: next due 2026-09-21, reminded from 2026-09-14.
    await t.db.insert(checkIns).values({ tourId: ids.overdue as string, heldOn: "2026-06-21" });
    now = new Date("2026-09-13T09:00:00Z");
    await scheduler.tick();
    expect((await stored()).filter((k) => k.includes(ids.overdue as string))).toHaveLength(1);
    now = new Date("2026-09-14T09:00:00Z");
    await scheduler.tick();
    const [fresh] = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.dedupeKey, `check_in_due:${ids.overdue}:2026-09-21:person`));
    expect(fresh).toBeDefined();
  });

  it("reminds about started tours once they run, and stops when a tour ends", async () => {
    const scheduler = createReminderScheduler({ db: t.db, clock });
    // "Starts" began 2026-06-01 with a 3-month cadence: due 2026-09-01.
    now = new Date("2026-09-14T09:00:00Z");
    await scheduler.tick();
    expect(await stored()).toContain(keyOf("check_in_overdue", "starts", "person"));
    await t.db
      .update(tours)
      .set({ status: "completed" })
      .where(eq(tours.id, ids.starts as string));
    const before = await stored();
    now = new Date("2027-01-01T09:00:00Z");
    await scheduler.tick();
    expect((await stored()).filter((k) => k.includes(ids.starts as string))).toEqual(
      before.filter((k) => k.includes(ids.starts as string)),
    );
  });
});
