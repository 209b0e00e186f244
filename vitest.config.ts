import { defineConfig } from "vitest/config";

const unitAndRouteTests = ["server/**/*.test.ts", "shared/**/*.test.ts", "web/**/*.test.ts"];
const withServerDb = !!process.env.TEST_DATABASE_URL;

// The same suite runs against the embedded PostgreSQL and, when TEST_DATABASE_URL is set, against that
// server too. Each test file gets its own database cloned from a migrated template.
export default defineConfig({
  test: {
    reporters: ["default", "./server/test/summary-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true as const,
        test: {
          name: "embedded",
          include: unitAndRouteTests,
          globalSetup: ["server/test/global-setup.ts"],
          env: { ALLIANCE_TEST_TARGET: "embedded" },
        },
      },
      ...(withServerDb
        ? [
            {
              extends: true as const,
              test: {
                name: "pg-server",
                include: unitAndRouteTests,
                globalSetup: ["server/test/global-setup.ts"],
                env: { ALLIANCE_TEST_TARGET: "server" },
              },
            },
          ]
        : []),
      {
        extends: true as const,
        test: {
          name: "e2e",
          include: ["e2e/**/*.spec.ts"],
          globalSetup: ["server/test/global-setup.ts", "e2e/support/global-build.ts"],
          env: { ALLIANCE_TEST_TARGET: "embedded" },
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
