/** Where job errors and activity are reported; Fastify's `app.log` (pino) fits. */
export interface JobLogger {
  info(details: object, message: string): void;
  error(details: { err: unknown }, message: string): void;
}

export interface JobsDeps {
  /** Time-driven changes and reminders (createReminderScheduler). */
  scheduler: { tick(): Promise<object> };
  /** The email outbox (createEmailSender). */
  sender: { sendPending(limit?: number): Promise<{ sent: number; failed: number }> };
  /**
   * Introductions whose waiting step ran out (createIntroductionExpiry). Runs after the reminder tick and
   * before the outbox, so the requester's notice goes out in the same run.
   */
  introductions?: { expireDue(): Promise<{ expired: number }> };
  /** Drops graph change-log rows every server has long applied (createGraphLogPruner). */
  graphLog?: { prune(): Promise<{ pruned: number }> };
  /** Pause between the end of one run and the start of the next. */
  intervalMs?: number;
  /** Emails claimed per sendPending call; a run keeps calling while whole batches go out. */
  emailBatch?: number;
  logger?: JobLogger;
}

export interface Jobs {
  /** Stops scheduling runs and resolves once a run in progress has finished. */
  stop(): Promise<void>;
}

/** Plain lines in the style of main.ts, for when no logger is passed. */
const plainLogger: JobLogger = {
  info: (details, message) => process.stdout.write(`[alliance] ${message} ${JSON.stringify(details)}\n`),
  error: ({ err }, message) =>
    process.stderr.write(`[alliance] ${message}: ${err instanceof Error ? err.stack : String(err)}\n`),
};

/**
 * Runs the reminder tick, the expiry of introductions (when given) and then the email outbox at once and
 * every `intervalMs` after (60 s by default). The next run is scheduled only when the previous one ends,
 * so runs never overlap in this process; other servers may run theirs at the same time, which the
 * scheduler, the expiry and the sender are built for.
 * A failing job is logged and the loop carries on.
 */
export function startJobs({
  scheduler,
  sender,
  introductions,
  graphLog,
  intervalMs = 60_000,
  emailBatch = 50,
  logger = plainLogger,
}: JobsDeps): Jobs {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  async function runOnce(): Promise<void> {
    try {
      const tick = await scheduler.tick();
      if (Object.values(tick).some((n) => n)) logger.info(tick, "reminders");
    } catch (err) {
      logger.error({ err }, "reminder tick failed");
    }
    if (introductions) {
      try {
        // Conditional on each introduction's status and version, so several servers may run it at once.
        const result = await introductions.expireDue();
        if (result.expired) logger.info(result, "introductions expired");
      } catch (err) {
        logger.error({ err }, "expiring introductions failed");
      }
    }
    if (graphLog) {
      try {
        const result = await graphLog.prune();
        if (result.pruned) logger.info(result, "graph change log pruned");
      } catch (err) {
        logger.error({ err }, "pruning the graph change log failed");
      }
    }
    try {
      // A burst (a whole organization notified at once) drains in one run instead of one batch a minute;
      // any failure ends the run, so a broken mail server is not hammered.
      let result: { sent: number; failed: number };
      do {
        result = await sender.sendPending(emailBatch);
        if (result.sent || result.failed) logger.info(result, "notification emails");
      } while (!stopped && result.sent === emailBatch);
    } catch (err) {
      logger.error({ err }, "sending notification emails failed");
    }
  }

  function schedule(delay: number): void {
    timer = setTimeout(() => {
      running = runOnce().finally(() => {
        running = undefined;
        if (!stopped) schedule(intervalMs);
      });
    }, delay);
  }

  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
