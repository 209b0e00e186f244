import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreeTour, draftTour, type TourCast, today } from "./features/tours/tours.test-helpers.ts";
import { buildTestApp, type TestApp, type TestClient } from "./test/app.ts";
import { addMember, createOrg } from "./test/factories.ts";

// Every lifecycle route, called by every kind of actor, against one organization. Each cell is the
// status the actor must get; whoever is refused must also never see the canary planted in the data.

const DAY = 24 * 60 * 60 * 1000;
const CANARY = `canary-${Date.now().toString(36)}`;
const ACTORS = [
  "anonymous",
  "outsider",
  "member",
  "manager",
  "sponsor",
  "person",
  "admin",
  "owner",
  "alumnus",
  "removed",
] as const;
type ActorName = (typeof ACTORS)[number];

let t: TestApp;
let clients: Record<ActorName, TestClient>;
let slug: string;
let tourId: string;
let personId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const owner = await t.signUp("Owen Owner");
  const admin = await t.signUp("Ada Admin");
  const sponsor = await t.signUp("Sam Sponsor");
  const manager = await t.signUp("Mo Manager");
  const person = await t.signUp("Pat Person");
  const member = await t.signUp("Mel Member");
  const alumnus = await t.signUp("Al Alumnus");
  const removed = await t.signUp("Rex Removed");
  const outsider = await t.signUp("Otis Outsider");
  slug = await createOrg(owner, "Matrix Org", { values: ["Trust"] });
  await createOrg(outsider, "Other Org");
  await addMember(t, owner, slug, admin, "admin");
  await addMember(t, owner, slug, sponsor, "manager");
  await addMember(t, owner, slug, manager, "manager");
  for (const p of [person, member, alumnus, removed]) await addMember(t, owner, slug, p);

  const cast: TourCast = { slug, owner, manager: sponsor, person, colleague: member, outsider };
  const tour = await agreeTour(cast, await draftTour(cast, { title: `Tour ${CANARY}` }));
  tourId = tour.id;
  personId = person.userId;
  await person.patch("/api/v1/people/me", { values: [CANARY], visibility: { values: "only_me" } });
  await admin.post(`/api/v1/orgs/${slug}/departures`, {
    userId: alumnus.userId,
    lastDay: today(),
    reasonCategory: "personal",
    goodStanding: true,
  });
  await admin.delete(`/api/v1/orgs/${slug}/members/${removed.userId}`);
  t.advanceClock(DAY); // the alumnus's last day is behind them
  clients = {
    anonymous: t.anonymous(),
    outsider,
    member,
    manager,
    sponsor,
    person,
    admin,
    owner,
    alumnus,
    removed,
  };
});
afterAll(async () => {
  t.advanceClock(-DAY);
  await t.close();
});

type Row = [
  method: "GET" | "POST",
  path: () => string,
  body: (() => unknown) | null,
  expected: Record<ActorName, number>,
];
const all = (
  status: number,
  overrides: Partial<Record<ActorName, number>> = {},
): Record<ActorName, number> => ({
  ...(Object.fromEntries(ACTORS.map((a) => [a, status])) as Record<ActorName, number>),
  anonymous: 401,
  ...overrides,
});

const ROUTES: Row[] = [
  [
    "GET",
    () => `/api/v1/tours/${tourId}`,
    null,
    all(404, { person: 200, sponsor: 200, admin: 200, owner: 200 }),
  ],
  [
    "GET",
    () => `/api/v1/tours/${tourId}/versions`,
    null,
    all(404, { person: 200, sponsor: 200, admin: 200, owner: 200 }),
  ],
  [
    "GET",
    () => `/api/v1/tours/${tourId}/versions/1/diff`,
    null,
    all(404, { person: 200, sponsor: 200, admin: 200, owner: 200 }),
  ],
  ["GET", () => `/api/v1/orgs/${slug}/tours`, null, all(200)],
  ["GET", () => `/api/v1/orgs/${slug}/departures`, null, all(403, { admin: 200, owner: 200 })],
  ["GET", () => `/api/v1/orgs/${slug}/alumni`, null, all(403, { admin: 200, owner: 200 })],
  ["GET", () => `/api/v1/orgs/${slug}/alumni-area`, null, all(200, { outsider: 403, removed: 403 })],
  [
    "GET",
    () => `/api/v1/orgs/${slug}/members`,
    null,
    all(200, { outsider: 403, alumnus: 403, removed: 403 }),
  ],
  [
    "GET",
    () => `/api/v1/orgs/${slug}/people/${personId}/history`,
    null,
    all(403, { manager: 200, sponsor: 200, admin: 200, owner: 200 }),
  ],
  [
    "GET",
    () => `/api/v1/orgs/${slug}/alignment?personId=${personId}`,
    null,
    all(403, { person: 200, manager: 200, sponsor: 200, admin: 200, owner: 200 }),
  ],
  ["GET", () => "/api/v1/me/timeline", null, all(200)],
  [
    "GET",
    () => `/api/v1/tours/${tourId}/check-ins`,
    null,
    all(404, { person: 200, sponsor: 200, admin: 200, owner: 200 }),
  ],
  [
    "POST",
    () => `/api/v1/tours/${tourId}/check-ins`,
    () => ({ heldOn: today(), progress: "Steady" }),
    all(404, { person: 201, sponsor: 201, admin: 201, owner: 201 }),
  ],
  ["GET", () => "/api/v1/me/alliance", null, all(200)],
  ["GET", () => "/api/v1/me/calendar-feed", null, all(200)],
  ["GET", () => "/api/v1/notifications", null, all(200)],
  ["GET", () => "/api/v1/me/notification-preferences", null, all(200)],
  ["GET", () => `/api/v1/values?orgSlug=${slug}`, null, all(200)],
  [
    "POST",
    () => `/api/v1/orgs/${slug}/tours`,
    () => ({ personId, type: "rotational", title: "Another", startDate: today() }),
    all(403, { person: 201, manager: 201, sponsor: 201, admin: 201, owner: 201 }),
  ],
  [
    "POST",
    () => `/api/v1/orgs/${slug}/values`,
    () => ({ name: `Value ${Math.random().toString(36).slice(2)}` }),
    all(403, { admin: 201, owner: 201 }),
  ],
  [
    "POST",
    () => `/api/v1/tours/${tourId}/end-early`,
    () => ({ version: 1, reason: "x" }),
    // Readers who may act get past the policy and stop at the stale version; the rest never get that far.
    all(404, { person: 409, sponsor: 409, admin: 409, owner: 409 }),
  ],
];

describe.each(ROUTES)("%s %s", (method, path, body, expected) => {
  it.each(ACTORS)("as %s", async (actor) => {
    const res = await clients[actor].request(
      method,
      path(),
      body ? body() : method === "POST" ? {} : undefined,
    );
    expect(res.statusCode, `${method} ${path()} as ${actor}: ${res.body.slice(0, 200)}`).toBe(
      expected[actor],
    );
    if (res.statusCode >= 400) expect(res.body).not.toContain(CANARY);
  });
});

describe("lists never carry the canary to those who may not read the tour", () => {
  it.each(["outsider", "member", "manager", "alumnus", "removed"] as const)("as %s", async (actor) => {
    for (const url of [
      `/api/v1/orgs/${slug}/tours?limit=100`,
      "/api/v1/me/timeline",
      `/api/v1/orgs/${slug}/alumni-area`,
    ]) {
      const res = await clients[actor].get(url);
      expect(res.body, url).not.toContain(CANARY);
    }
  });
});

describe("the person's hidden values stay hidden from every viewer of their alignment", () => {
  it.each(["manager", "sponsor", "admin", "owner"] as const)("as %s", async (actor) => {
    const res = await clients[actor].get(`/api/v1/orgs/${slug}/alignment?personId=${personId}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(CANARY);
    expect(res.json().personValuesHidden).toBe(true);
  });
});
