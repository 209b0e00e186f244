import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("config", () => {
  it("has defaults for the embedded setup", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, host: "127.0.0.1", env: "development", databaseUrl: undefined });
    expect(c.baseUrl).toBe("http://localhost:3000");
    expect(c.dataDir).toBe(path.resolve("data"));
  });

  it("follows PORT in the default base URL and trims a trailing slash from an explicit one", () => {
    expect(loadConfig({ PORT: "4000" }).baseUrl).toBe("http://localhost:4000");
    expect(loadConfig({ ALLIANCE_BASE_URL: "https://alliance.example/" }).baseUrl).toBe(
      "https://alliance.example",
    );
  });

  it("names every bad variable in one readable error", () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: "eighty",
        DATABASE_URL: "not a url",
        ALLIANCE_SECRET: "short",
        NODE_ENV: "staging",
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ["PORT", "DATABASE_URL", "ALLIANCE_SECRET", "NODE_ENV"])
      expect(message).toContain(name);
    expect(message).toContain("at least 32 characters");
  });
});
