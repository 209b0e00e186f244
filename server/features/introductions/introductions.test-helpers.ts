import { and, eq } from "drizzle-orm";
import { expect } from "vitest";
import { buildTestApp, type TestApp, type TestClient } from "../../test/app.ts";
import { connect } from "../../test/factories.ts";
import { connections, userBlocks } from "../connections/connections.tables.ts";
import { notifications } from "../notifications/notifications.tables.ts";
import { profiles } from "../people/people.tables.ts";

export type Person = TestClient & { userId: string; email: string };

export const DAY = 24 * 60 * 60 * 1000;
export const REASON = "We both build tools for alliances and should compare notes.";

/**
 * The cast of most introduction tests: requester R, intermediaries A and B, target T, in a chain
 * R — A — B — T, and S, a stranger connected to R. B's connection list is public, so R may route
 * through B (R sees A's list as A's connection).
 */
export interface Cast {
  r: Person;
  a: Person;
  b: Person;
  target: Person;
  s: Person;
}

export async function castForIntroductions(t: TestApp, tag = ""): Promise<Cast> {
  const [r, a, b, target, s] = await Promise.all([
    t.signUp(`Rita Requester${tag}`),
    t.signUp(`Abe Intermediary${tag}`),
    t.signUp(`Bea Intermediary${tag}`),
    t.signUp(`Tom Target${tag}`),
    t.signUp(`Sid Stranger${tag}`),
  ]);
  await connect(t, r.userId, a.userId);
  await connect(t, a.userId, b.userId);
  await connect(t, b.userId, target.userId);
  await connect(t, r.userId, s.userId);
  await makeListPublic(t, b.userId);
  return { r, a, b, target, s };
}

/** A fresh test app with the cast of introduction tests, for a test file to share. */
export async function appWithCast(): Promise<{ t: TestApp; c: Cast }> {
  const t = await buildTestApp();
  return { t, c: await castForIntroductions(t) };
}

export async function makeListPublic(t: TestApp, userId: string): Promise<void> {
  await t.database.db
    .update(profiles)
    .set({ connectionListVisibility: "public" })
    .where(eq(profiles.userId, userId));
}

export async function block(t: TestApp, blocker: string, blocked: string): Promise<void> {
  await t.database.db.insert(userBlocks).values({ blocker, blocked });
}

export async function interactions(t: TestApp, x: string, y: string): Promise<number> {
  const [userA, userB] = x < y ? [x, y] : [y, x];
  const [row] = await t.database.db
    .select({ n: connections.interactions })
    .from(connections)
    .where(and(eq(connections.userA, userA), eq(connections.userB, userB)));
  return row?.n ?? -1;
}

export async function notificationsOf(t: TestApp, userId: string) {
  return t.database.db.select().from(notifications).where(eq(notifications.userId, userId));
}

/** Asks for an introduction and expects it to be created; returns its id. */
export async function ask(requester: Person, target: Person, extra: Record<string, unknown> = {}) {
  const res = await requester.post("/api/v1/introductions", {
    targetId: target.userId,
    reason: REASON,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** Answers as `who`, reading the version first. */
export async function answer(who: Person, id: string, decision: "accept" | "decline", note = "") {
  const read = await who.get(`/api/v1/introductions/${id}`);
  expect(read.statusCode, read.body).toBe(200);
  return who.post(`/api/v1/introductions/${id}/respond`, { decision, note, version: read.json().version });
}

export async function accept(who: Person, id: string, note = "") {
  const res = await answer(who, id, "accept", note);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** An introduction R asked for and A, B and the target all accepted (A and B with the notes given); its id. */
export async function madeIntroduction(c: Cast, notes: { a?: string; b?: string } = {}): Promise<string> {
  const id = await ask(c.r, c.target);
  await accept(c.a, id, notes.a);
  await accept(c.b, id, notes.b);
  await accept(c.target, id);
  return id;
}
