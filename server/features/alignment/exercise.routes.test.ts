import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp, TestClient } from "../../test/app.ts";
import { buildTestApp } from "../../test/app.ts";

type Person = TestClient & { userId: string; email: string };
let t: TestApp;
let member: Person;
let colleague: Person;

const exerciseOf = (...people: [string, string[]][]) => ({
  people: people.map(([name, values]) => ({
    name,
    qualities: values.map((value, i) => ({ quality: `quality ${i + 1} of ${name}`, value })),
  })),
});

beforeAll(async () => {
  t = await buildTestApp();
  member = await t.signUp("Milo Member");
  colleague = await t.signUp("Cleo Colleague");
});
afterAll(() => t.close());

describe("the admired-people exercise", () => {
  it("starts empty", async () => {
    const res = await member.get("/api/v1/alignment/exercise");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ people: [], proposedValues: [] });
  });

  it("saves the exercise and proposes values by how often they were named", async () => {
    const body = exerciseOf(
      ["Grace Hopper", ["Curiosity", "Courage", "Craft"]],
      ["Atticus Finch", ["courage", "Integrity", "Kindness"]],
      ["My grandmother", ["Kindness", "Courage", "Service"]],
    );
    const res = await member.request("PUT", "/api/v1/alignment/exercise", body);
    expect(res.statusCode).toBe(200);
    expect(res.json().proposedValues).toEqual(["Courage", "Kindness", "Curiosity", "Craft", "Integrity"]);
    expect((await member.get("/api/v1/alignment/exercise")).json()).toEqual(res.json());
  });

  it("keeps each person's exercise to themself", async () => {
    expect((await colleague.get("/api/v1/alignment/exercise")).json()).toEqual({
      people: [],
      proposedValues: [],
    });
  });

  it("proposes values the profile accepts as they are", async () => {
    const { proposedValues } = (await member.get("/api/v1/alignment/exercise")).json();
    const applied = await colleague.patch("/api/v1/people/me", { values: proposedValues });
    expect(applied.statusCode).toBe(200);
    expect(applied.json().values).toEqual(proposedValues);
  });

  it("takes three qualities per person and at most three people", async () => {
    const put = (body: unknown) => member.request("PUT", "/api/v1/alignment/exercise", body);
    expect((await put(exerciseOf(["Two only", ["Trust", "Craft"]]))).statusCode).toBe(400);
    const trio = ["Trust", "Craft", "Impact"];
    const four = exerciseOf(["A", trio], ["B", trio], ["C", trio], ["D", trio]);
    expect((await put(four)).statusCode).toBe(400);
    expect((await put(exerciseOf(["Blank", ["Trust", "", "Craft"]]))).statusCode).toBe(400);
    expect((await member.get("/api/v1/alignment/exercise")).json().people).toHaveLength(3);
  });

  it("needs an account", async () => {
    expect((await t.anonymous().get("/api/v1/alignment/exercise")).statusCode).toBe(401);
    expect(
      (await t.anonymous().request("PUT", "/api/v1/alignment/exercise", { people: [] })).statusCode,
    ).toBe(401);
  });
});
