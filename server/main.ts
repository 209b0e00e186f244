import { buildApp } from "./app.ts";
import { systemClock } from "./clock.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createGraphLogPruner } from "./features/graph/graph-store.ts";
import { createIntroductionExpiry } from "./features/introductions/introductions.expiry.ts";
import { createEmailSender } from "./features/notifications/email-sender.ts";
import { createReminderScheduler } from "./features/notifications/reminders.ts";
import { startJobs } from "./jobs/jobs.ts";
import { startRuntime } from "./runtime.ts";
import { ensureWebBuild, WEB_DIST } from "./web-build.ts";

const log = (line: string) => process.stdout.write(`[alliance] ${line}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  const demo = process.argv.includes("--demo");
  if (config.env !== "test" && !process.argv.includes("--no-web")) ensureWebBuild(log);
  const runtime = await startRuntime(config, log);
  if (demo) {
    // Loaded only when asked for, so a normal start does not pay for the generator.
    const { seedDemo } = await import("./features/demo/demo.seed.ts");
    const login = await seedDemo(runtime.database.db);
    log(`demo network ready: sign in as ${login.email} / ${login.password}`);
  }
  const app = await buildApp(config, {
    db: runtime.database.db,
    mailer: runtime.mailer,
    secret: runtime.secret,
    webDir: WEB_DIST,
    devMailbox: config.env !== "production" && !config.smtpUrl,
    extraOrigins: config.env === "development" ? ["http://localhost:5173"] : [],
  });

  // Reminders and the email outbox; safe to run on every server (see docs/decisions/0009).
  const jobs =
    config.jobs.intervalSeconds > 0
      ? startJobs({
          scheduler: createReminderScheduler({ db: runtime.database.db, clock: systemClock }),
          sender: createEmailSender({
            db: runtime.database.db,
            mailer: runtime.mailer,
            baseUrl: config.baseUrl,
            logger: app.log,
          }),
          introductions: createIntroductionExpiry({ db: runtime.database.db, clock: systemClock }),
          graphLog: createGraphLogPruner({ db: runtime.database.db, clock: systemClock }),
          intervalMs: config.jobs.intervalSeconds * 1000,
          emailBatch: config.jobs.emailBatch,
          logger: app.log,
        })
      : null;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    await jobs?.stop();
    await app.close();
    await runtime.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ port: config.port, host: config.host });
  log(`Alliance is running at ${config.baseUrl}`);
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\nSee the README for every variable.\n`);
  } else {
    process.stderr.write(`Alliance could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exit(1);
});
