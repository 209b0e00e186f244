import SwaggerParser from "@apidevtools/swagger-parser";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NotificationKind } from "../../../shared/notifications/constants.ts";
import { NOTIFICATION_KINDS } from "../../../shared/notifications/constants.ts";
import { buildTestApp, type TestApp, type TestClient } from "../../test/app.ts";
import { notifications } from "./notifications.tables.ts";
import { notify } from "./notifier.ts";

type Person = TestClient & { userId: string; email: string };
let t: TestApp;
let ann: Person;
let bob: Person;
let seq = 0;

/** Raises a notification for `userId` the way features do, and returns its id. */
async function raise(userId: string, kind: NotificationKind = "tour_proposed", title = "Platform rebuild") {
  const dedupeKey = `test:${++seq}`;
  await notify(t.database.db, {
    userId,
    kind,
    data: { tourTitle: title, orgName: "Acme" },
    link: "/tours/x",
    dedupeKey,
  });
  const [row] = await t.database.db
    .select()
    .from(notifications)
    .where(eq(notifications.dedupeKey, dedupeKey));
  if (!row) throw new Error("not stored");
  return row;
}

beforeAll(async () => {
  t = await buildTestApp();
  ann = await t.signUp("Ann Recipient");
  bob = await t.signUp("Bob Other");
});
afterAll(() => t.close());

describe("listing and counting", () => {
  it("lists only my own notifications, newest first, with the public fields only", async () => {
    const mine = await raise(ann.userId, "tour_proposed", "First");
    await raise(bob.userId, "tour_agreed", "Bob's");
    const res = await ann.get("/api/v1/notifications");
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items).toEqual([
      {
        id: mine.id,
        kind: "tour_proposed",
        data: { tourTitle: "First", orgName: "Acme" },
        link: "/tours/x",
        createdAt: mine.createdAt.toISOString(),
        readAt: null,
      },
    ]);
    expect((await bob.get("/api/v1/notifications")).json().items).toHaveLength(1);
  });

  it("pages with a cursor without skipping or repeating rows created in the same instant", async () => {
    const carol = await t.signUp("Carol Pager");
    // All within one millisecond, two at the very same microsecond: only exact cursors page them right.
    const micros = [100, 200, 200, 300, 400];
    await t.database.db.insert(notifications).values(
      micros.map((us, i) => ({
        userId: carol.userId,
        kind: "check_in_due" as const,
        data: { tourTitle: `T${i}` },
        dedupeKey: `page:${carol.userId}:${i}`,
        createdAt: sql`${`2026-01-01 00:00:00.000${us}+00`}::timestamptz`,
      })),
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/notifications?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const body = (await carol.get(url)).json();
      seen.push(...body.items.map((n: { data: { tourTitle: string } }) => n.data.tourTitle));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(["T0", "T1", "T2", "T3", "T4"]);
    expect((await carol.get("/api/v1/notifications?cursor=garbage")).statusCode).toBe(400);
  });

  it("counts unread ones and filters them with unread=true", async () => {
    const dave = await t.signUp("Dave Reader");
    const a = await raise(dave.userId);
    await raise(dave.userId);
    expect((await dave.get("/api/v1/notifications/unread-count")).json()).toEqual({ count: 2 });
    await dave.post(`/api/v1/notifications/${a.id}/read`);
    expect((await dave.get("/api/v1/notifications/unread-count")).json()).toEqual({ count: 1 });
    expect((await dave.get("/api/v1/notifications?unread=true")).json().items).toHaveLength(1);
    expect((await dave.get("/api/v1/notifications")).json().items).toHaveLength(2);
  });
});

describe("marking read", () => {
  it("marks one read and keeps the first read time", async () => {
    const n = await raise(ann.userId);
    const first = await ann.post(`/api/v1/notifications/${n.id}/read`);
    expect(first.statusCode).toBe(200);
    expect(first.json().readAt).not.toBeNull();
    t.advanceClock(60_000);
    const again = await ann.post(`/api/v1/notifications/${n.id}/read`);
    expect(again.json().readAt).toBe(first.json().readAt);
  });

  it("marks all of mine read and nobody else's", async () => {
    await raise(ann.userId);
    const bobs = await raise(bob.userId);
    expect((await ann.post("/api/v1/notifications/read-all")).statusCode).toBe(204);
    expect((await ann.get("/api/v1/notifications/unread-count")).json()).toEqual({ count: 0 });
    const [row] = await t.database.db.select().from(notifications).where(eq(notifications.id, bobs.id));
    expect(row?.readAt).toBeNull();
  });

  it("never lets another user read or mark my notifications", async () => {
    const n = await raise(ann.userId);
    const res = await bob.post(`/api/v1/notifications/${n.id}/read`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("NOTIFICATION_NOT_FOUND");
    const unknown = await bob.post(`/api/v1/notifications/${crypto.randomUUID()}/read`);
    expect(unknown.json().error.code).toBe("NOTIFICATION_NOT_FOUND");
    expect(
      (await bob.get("/api/v1/notifications")).json().items.map((i: { id: string }) => i.id),
    ).not.toContain(n.id);
    const [row] = await t.database.db.select().from(notifications).where(eq(notifications.id, n.id));
    expect(row?.readAt).toBeNull();
  });

  it("answers 400 for an id that is not a uuid", async () => {
    expect((await ann.post("/api/v1/notifications/not-a-uuid/read")).statusCode).toBe(400);
  });
});

describe("email preferences", () => {
  it("start with every kind on", async () => {
    const res = await ann.get("/api/v1/me/notification-preferences");
    expect(res.statusCode).toBe(200);
    expect(Object.values(res.json().email).every((v) => v === true)).toBe(true);
    expect(Object.keys(res.json().email).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it("change only the kinds sent, and turn emails of those kinds off", async () => {
    const off = await ann.put("/api/v1/me/notification-preferences", {
      email: { check_in_due: false, check_in_overdue: false },
    });
    expect(off.statusCode).toBe(200);
    const back = await ann.put("/api/v1/me/notification-preferences", {
      email: { check_in_overdue: true, tour_agreed: false },
    });
    expect(back.json().email).toMatchObject({
      check_in_due: false,
      check_in_overdue: true,
      tour_agreed: false,
      tour_proposed: true,
    });
    expect((await ann.get("/api/v1/me/notification-preferences")).json()).toEqual(back.json());

    expect((await raise(ann.userId, "check_in_due")).emailState).toBe("none");
    expect((await raise(ann.userId, "check_in_overdue")).emailState).toBe("pending");
    // Bob's preferences are his own.
    expect((await raise(bob.userId, "check_in_due")).emailState).toBe("pending");
  });

  it("refuse unknown kinds and non-boolean values", async () => {
    const unknown = await ann.put("/api/v1/me/notification-preferences", { email: { newsletter: false } });
    expect(unknown.statusCode).toBe(400);
    const notBool = await ann.put("/api/v1/me/notification-preferences", { email: { tour_agreed: "no" } });
    expect(notBool.statusCode).toBe(400);
  });
});

describe("access", () => {
  it("asks anonymous callers to sign in on every route", async () => {
    const anon = t.anonymous();
    const n = await raise(ann.userId);
    const calls = [
      anon.get("/api/v1/notifications"),
      anon.get("/api/v1/notifications/unread-count"),
      anon.post(`/api/v1/notifications/${n.id}/read`),
      anon.post("/api/v1/notifications/read-all"),
      anon.get("/api/v1/me/notification-preferences"),
      anon.request("PUT", "/api/v1/me/notification-preferences", { email: {} }),
    ];
    for (const res of await Promise.all(calls)) expect(res.statusCode).toBe(401);
  });

  it("documents every route in a valid OpenAPI document", async () => {
    const doc = (await t.anonymous().get("/api/openapi.json")).json();
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeTruthy();
    expect(doc.paths["/api/v1/notifications/{id}/read"].post.tags).toEqual(["notifications"]);
    expect(Object.keys(doc.paths).filter((p) => p.includes("notification"))).toHaveLength(5);
  });
});
