import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "./test/app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe("OpenAPI document", () => {
  it("is valid OpenAPI 3.1 according to an independent validator", async () => {
    const res = await t.anonymous().get("/api/openapi.json");
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeTruthy();
  });

  it("gives every API operation a summary, tags and a success response", async () => {
    const doc = (await t.anonymous().get("/api/openapi.json")).json();
    const operations = Object.entries(
      doc.paths as Record<string, Record<string, Record<string, unknown>>>,
    ).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ id: `${method} ${path}`, op })),
    );
    expect(operations.length).toBeGreaterThan(20);
    for (const { id, op } of operations) {
      expect(op.summary, id).toBeTruthy();
      expect((op.tags as string[] | undefined)?.length, id).toBeGreaterThan(0);
      expect(
        Object.keys(op.responses as object).some((s) => s.startsWith("2")),
        id,
      ).toBe(true);
    }
  });

  it("serves a reference page", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/docs/" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/text\/html/);
  });
});

describe("health and errors", () => {
  it("reports the database as up", async () => {
    const res = await t.anonymous().get("/api/health");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "ok", database: { status: "up" } });
  });

  it("answers unknown API routes with the error model", async () => {
    const res = await t.anonymous().get("/api/v1/nope");
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("NOT_FOUND");
  });

  it("answers an oversized body with 413 and the error model", async () => {
    const person = await t.signUp("Big Body");
    const res = await person.patch("/api/v1/people/me", { bio: "x".repeat(300 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("real faults", () => {
  it("become 500 with a request id and no internals, and health reports the database down", async () => {
    const broken = await buildTestApp();
    const person = await broken.signUp("Fault Finder");
    await broken.database.handle.close();
    const res = await person.get("/api/v1/people/me");
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body.error.code).toBe("INTERNAL");
    expect(body.error.details.requestId).toMatch(/[0-9a-f-]{36}/);
    expect(res.body).not.toMatch(/pool|pg|\.ts|stack/i);
    const health = await broken.anonymous().get("/api/health");
    expect(health.statusCode).toBe(503);
    expect(health.json().database.status).toBe("down");
    await broken.app.close();
    await broken.database.drop().catch(() => {});
  });
});
