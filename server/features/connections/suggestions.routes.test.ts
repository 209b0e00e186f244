import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoDay } from "../../clock.ts";
import { buildTestApp, type TestApp, type TestClient } from "../../test/app.ts";
import { createOrg } from "../../test/factories.ts";
import type { AffiliationStage } from "../affiliations/affiliations.tables.ts";
import { affiliations } from "../affiliations/affiliations.tables.ts";
import { organizations } from "../organizations/organizations.tables.ts";
import { befriend } from "./connections.test-helpers.ts";

type Person = TestClient & { userId: string; email: string };
let t: TestApp;
let mia: Person;
let olga: Person;
let nat: Person;
let ola: Person;
let pam: Person;
let ray: Person;
let sue: Person;
let ted: Person;
let uli: Person;
let vin: Person;
let wes: Person;
let xan: Person;
let rockets: string;
let labs: string;

const URL = "/api/v1/connections/suggestions";

async function stint(
  who: Person,
  orgId: string,
  startedOn: string,
  endedOn: string | null,
  stage: AffiliationStage = "employee",
) {
  await t.database.db.insert(affiliations).values({ orgId, userId: who.userId, stage, startedOn, endedOn });
}

const names = (items: { person: { displayName: string } }[]) => items.map((i) => i.person.displayName);

beforeAll(async () => {
  t = await buildTestApp();
  const up = (name: string) => t.signUp(name);
  [mia, olga, nat, ola, pam, ray, sue, ted, uli, vin, wes, xan] = await Promise.all([
    up("Mia Me"),
    up("Olga Owner"),
    up("Nat Long"),
    up("Ola Short"),
    up("Pam Current"),
    up("Ray Alum"),
    up("Sue Before"),
    up("Ted Friend"),
    up("Uli Asked"),
    up("Vin Blocker"),
    up("Wes Dismissed"),
    up("Xan Declined"),
  ]);
  const orgId = async (name: string) => {
    const slug = await createOrg(olga, name);
    const [row] = await t.database.db.select().from(organizations).where(eq(organizations.slug, slug));
    return (row as { id: string }).id;
  };
  rockets = await orgId("Rockets Inc");
  labs = await orgId("Labs Co");

  await stint(mia, rockets, "2018-01-01", "2021-06-30");
  await stint(mia, labs, "2022-01-01", null, "contractor");
  // Two stints at one organization make one reason.
  await stint(nat, rockets, "2019-03-01", "2019-12-31");
  await stint(nat, rockets, "2020-01-01", "2020-12-31", "contractor");
  await stint(ola, rockets, "2021-01-01", "2023-01-31");
  await stint(pam, labs, "2023-05-01", null);
  await stint(pam, rockets, "2020-06-01", "2020-08-31", "advisor");
  await stint(ray, rockets, "2018-01-01", "2021-06-30", "alumni");
  await stint(sue, rockets, "2010-01-01", "2012-12-31");
  for (const p of [ted, uli, vin, wes, xan]) await stint(p, rockets, "2019-01-01", "2019-12-31");

  await befriend(mia, ted);
  await befriend(ted, nat);
  expect((await mia.post("/api/v1/connections/requests", { toUserId: uli.userId })).statusCode).toBe(201);
  expect((await vin.put(`/api/v1/blocks/${mia.userId}`)).statusCode).toBe(204);
  const declined = (await xan.post("/api/v1/connections/requests", { toUserId: mia.userId })).json();
  expect((await mia.post(`/api/v1/connections/requests/${declined.request.id}/decline`)).statusCode).toBe(
    204,
  );
});
afterAll(() => t.close());

describe("suggestions", () => {
  it("suggests people whose stints overlapped mine, longest and most recent time together first", async () => {
    const res = await mia.get(URL);
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(names(items)).toEqual(["Pam Current", "Nat Long", "Wes Dismissed", "Ola Short", "Olga Owner"]);
    const year = Number(isoDay(t.now()).slice(0, 4));
    const byName = (n: string) =>
      items.find((i: { person: { displayName: string } }) => i.person.displayName === n);
    expect(byName("Pam Current").reasons).toEqual([
      { org: expect.objectContaining({ id: labs, name: "Labs Co" }), fromYear: 2023, toYear: year },
      { org: expect.objectContaining({ id: rockets, name: "Rockets Inc" }), fromYear: 2020, toYear: 2020 },
    ]);
    expect(byName("Nat Long").reasons).toEqual([
      { org: expect.objectContaining({ id: rockets }), fromYear: 2019, toYear: 2020 },
    ]);
    expect(byName("Ola Short").reasons).toEqual([
      { org: expect.objectContaining({ id: rockets }), fromYear: 2021, toYear: 2021 },
    ]);
    // Olga founded both organizations today: one day together.
    expect(byName("Olga Owner").reasons.map((r: { fromYear: number }) => r.fromYear)).toEqual([year]);
    // Nat is a friend of my friend Ted.
    expect(byName("Nat Long").degree).toBe(2);
    expect(byName("Ola Short").degree).toBeNull();
    expect(byName("Pam Current").person).toEqual({
      id: pam.userId,
      displayName: "Pam Current",
      headline: "",
    });
  });

  it("leaves out connections, open and declined requests, blocks, alumni stages and no overlap", async () => {
    const listed = names((await mia.get(URL)).json().items);
    for (const n of [
      "Ted Friend",
      "Uli Asked",
      "Xan Declined",
      "Vin Blocker",
      "Ray Alum",
      "Sue Before",
      "Mia Me",
    ]) {
      expect(listed).not.toContain(n);
    }
    // The blocker does not get me either.
    expect(names((await vin.get(URL)).json().items)).not.toContain("Mia Me");
    // Never connects anyone by itself.
    expect((await pam.get("/api/v1/connections")).json().items).toEqual([]);
  });

  it("takes a limit and stops suggesting someone once dismissed", async () => {
    expect(names((await mia.get(`${URL}?limit=1`)).json().items)).toEqual(["Pam Current"]);
    expect((await mia.post(`${URL}/${wes.userId}/dismiss`)).statusCode).toBe(204);
    expect((await mia.post(`${URL}/${wes.userId}/dismiss`)).statusCode).toBe(204);
    expect(names((await mia.get(URL)).json().items)).not.toContain("Wes Dismissed");
    // Only for me: Wes still sees me.
    expect(names((await wes.get(URL)).json().items)).toContain("Mia Me");
  });

  it("refuses bad input", async () => {
    for (const q of ["?limit=0", "?limit=51", "?limit=x"])
      expect((await mia.get(`${URL}${q}`)).statusCode).toBe(400);
    expect((await mia.post(`${URL}/nobody/dismiss`)).statusCode).toBe(404);
    expect((await mia.post(`${URL}/${mia.userId}/dismiss`)).statusCode).toBe(400);
    expect((await t.anonymous().get(URL)).statusCode).toBe(401);
    expect((await t.anonymous().post(`${URL}/${wes.userId}/dismiss`)).statusCode).toBe(401);
  });
});
