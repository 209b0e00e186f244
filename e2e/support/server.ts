import type { FastifyInstance } from "fastify";
import { buildApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { createDevMailboxMailer } from "../../server/features/mail/mailer.ts";
import { createTestDatabase, type TestDatabase } from "../../server/test/db.ts";
import { WEB_DIST } from "../../server/web-build.ts";

export interface RunningApp {
  url: string;
  app: FastifyInstance;
  database: TestDatabase;
  /** Moves the app's clock forward (or back) so a journey can reach a date without waiting for it. */
  advanceClock(ms: number): void;
  /** The app's current time, as moved by advanceClock. */
  now(): Date;
  stop(): Promise<void>;
}

/** The real app, as `npm start` serves it (built web app, dev mailbox), on a free port and a fresh database. */
export async function startApp(): Promise<RunningApp> {
  const database = await createTestDatabase();
  // Listen first on a free port, then build the app with the matching base URL for links and CSRF.
  const probe = (await import("node:net")).createServer();
  const port = await new Promise<number>((resolve) =>
    probe.listen(0, "127.0.0.1", () => {
      const a = probe.address();
      probe.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    }),
  );
  const url = `http://localhost:${port}`;
  const config = loadConfig({
    NODE_ENV: "development",
    PORT: String(port),
    ALLIANCE_BASE_URL: url,
    LOG_LEVEL: "warn",
  });
  let offset = 0;
  const clock = () => new Date(Date.now() + offset);
  const app = await buildApp(config, {
    clock,
    db: database.db,
    mailer: createDevMailboxMailer(database.db),
    secret: "e2e-secret-e2e-secret-e2e-secret-012345",
    webDir: WEB_DIST,
    devMailbox: true,
    logger: false,
  });
  await app.listen({ port, host: "127.0.0.1" });
  return {
    url,
    app,
    database,
    advanceClock: (ms) => {
      offset += ms;
    },
    now: clock,
    async stop() {
      await app.close();
      await database.drop();
    },
  };
}
