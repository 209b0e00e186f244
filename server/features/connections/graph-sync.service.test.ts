import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.ts";
import { createTestDatabase, type TestDatabase } from "../../test/db.ts";
import { users } from "../accounts/accounts.tables.ts";
import type { UserActor } from "../accounts/actor.ts";
import { GraphService } from "../graph/graph-service.ts";
import { createProfileFor } from "../people/people.repo.ts";
import { createBlocksService } from "./blocks.service.ts";
import { createConnectionsService } from "./connections.service.ts";
import { connections } from "./connections.tables.ts";
import { createRequestsService } from "./requests.service.ts";

// The routes share the app's graph, which also follows NOTIFY and polling, so a route test cannot tell
// whether a write waited for the graph. Here the graph follows nothing by itself (no LISTEN, no useful
// poll, never stale): only GraphService.sync() moves it, so every degree below is visible only because
// the service synced after its transaction committed.

let database: TestDatabase;
let db: Database;
let graph: GraphService;
let service: ReturnType<typeof createConnectionsService>;
let blocks: ReturnType<typeof createBlocksService>;
let requests: ReturnType<typeof createRequestsService>;
const people: Record<string, UserActor> = {};

const actor = (name: string) => people[name] as UserActor;
const degree = async (viewer: string, other: string) =>
  (await graph.degrees(actor(viewer).userId, [actor(other).userId])).get(actor(other).userId);

async function befriend(from: string, to: string) {
  const sent = await requests.send(actor(from), {
    toUserId: actor(to).userId,
    message: "",
    source: "manual",
  });
  if (sent.outcome !== "requested") throw new Error("expected a request");
  await requests.accept(actor(to), sent.request.id);
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  for (const name of ["ana", "bo", "cy", "di"]) {
    const id = `sync-${name}`;
    await db.insert(users).values({ id, name, email: `${name}@sync.test`, emailVerified: true });
    await createProfileFor(db, id, name);
    people[name] = { kind: "user", userId: id, email: `${name}@sync.test`, name, emailVerified: true };
  }
  graph = await GraphService.start({ db, freshnessMs: 1e9, pollMs: 1e9 });
  service = createConnectionsService({ db, graph, clock: () => new Date() });
  blocks = createBlocksService({ db, graph, clock: () => new Date() });
  requests = createRequestsService({ db, graph, clock: () => new Date() });
});
afterAll(async () => {
  await graph.stop();
  await database.drop();
});

describe("the graph after each write", () => {
  it("does not see a write nobody synced (the control)", async () => {
    await db.insert(connections).values({ userA: "sync-cy", userB: "sync-di" });
    expect(await degree("cy", "di")).toBeNull();
  });

  it("sees an accepted connection, a removal, a block and a list made private at once", async () => {
    await befriend("ana", "bo");
    expect(await degree("ana", "bo")).toBe(1);
    expect(await degree("cy", "di")).toBe(1); // synced along with it

    await befriend("bo", "cy");
    expect(await degree("ana", "cy")).toBe(2);
    await service.remove(actor("cy"), actor("bo").userId);
    expect(await degree("ana", "cy")).toBeNull();

    await befriend("cy", "bo");
    expect(await degree("ana", "cy")).toBe(2);
    await blocks.block(actor("bo"), actor("cy").userId);
    expect(await degree("ana", "cy")).toBeNull();
    expect(await degree("bo", "cy")).toBeNull();
    await blocks.unblock(actor("bo"), actor("cy").userId);

    await befriend("bo", "cy");
    expect(await degree("ana", "cy")).toBe(2);
    await blocks.updateSettings(actor("bo"), "only_me");
    expect(await degree("ana", "cy")).toBeNull();
    await blocks.updateSettings(actor("bo"), "connections");
    expect(await degree("ana", "cy")).toBe(2);
  });

  it("sees a connection made by asking back", async () => {
    const sent = await requests.send(actor("di"), {
      toUserId: actor("ana").userId,
      message: "",
      source: "manual",
    });
    expect(sent.outcome).toBe("requested");
    // Only through cy, whose list ana may not see.
    expect(await degree("ana", "di")).toBeNull();
    const back = await requests.send(actor("ana"), {
      toUserId: actor("di").userId,
      message: "",
      source: "manual",
    });
    expect(back.outcome).toBe("connected");
    expect(await degree("ana", "di")).toBe(1);
  });
});
