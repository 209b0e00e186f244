import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import type { SendLogger } from "../features/notifications/email-sender.ts";
import { type JobLogger, startJobs } from "./jobs.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await sleep(5);
  expect(done()).toBe(true);
};

function recordingLogger() {
  const lines: string[] = [];
  const logger: JobLogger = {
    info: (_details, message) => lines.push(`info ${message}`),
    error: (_details, message) => lines.push(`error ${message}`),
  };
  return { lines, logger };
}

describe("startJobs", () => {
  it("runs the tick and then the outbox at once and again after each interval", async () => {
    const calls: string[] = [];
    const jobs = startJobs({
      scheduler: {
        async tick() {
          calls.push("tick");
          return { advanced: 0, notified: 0 };
        },
      },
      sender: {
        async sendPending() {
          calls.push("send");
          return { sent: 0, failed: 0 };
        },
      },
      intervalMs: 10,
      logger: recordingLogger().logger,
    });
    await until(() => calls.length >= 6);
    await jobs.stop();
    expect(calls.slice(0, 6)).toEqual(["tick", "send", "tick", "send", "tick", "send"]);
  });

  it("never overlaps itself, even when a run takes longer than the interval", async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const jobs = startJobs({
      scheduler: {
        async tick() {
          most = Math.max(most, ++active);
          await sleep(30);
          active--;
          runs++;
          return {};
        },
      },
      sender: { sendPending: async () => ({ sent: 0, failed: 0 }) },
      intervalMs: 1,
      logger: recordingLogger().logger,
    });
    await until(() => runs >= 3);
    await jobs.stop();
    expect(most).toBe(1);
  });

  it("logs a failing job and carries on with the other and with later runs", async () => {
    const { lines, logger } = recordingLogger();
    let sends = 0;
    const jobs = startJobs({
      scheduler: {
        async tick() {
          throw new Error("database restarting");
        },
      },
      sender: {
        async sendPending() {
          sends++;
          return { sent: 0, failed: 0 };
        },
      },
      intervalMs: 5,
      logger,
    });
    await until(() => sends >= 2);
    await jobs.stop();
    expect(lines.filter((l) => l === "error reminder tick failed").length).toBeGreaterThanOrEqual(2);
  });

  it("drains a backlog batch after batch in one run, and stops at the first short batch", async () => {
    const backlog = [3, 3, 2, 0];
    const jobs = startJobs({
      scheduler: { tick: async () => ({}) },
      sender: {
        sendPending: async (limit = 50) => ({ sent: Math.min(limit, backlog.shift() ?? 0), failed: 0 }),
      },
      emailBatch: 3,
      intervalMs: 60_000,
      logger: recordingLogger().logger,
    });
    await until(() => backlog.length === 1);
    await jobs.stop();
    expect(backlog).toEqual([0]);
  });

  it("waits for a run in progress when stopped, and starts no more", async () => {
    let finished = false;
    let ticks = 0;
    const jobs = startJobs({
      scheduler: {
        async tick() {
          ticks++;
          await sleep(30);
          finished = true;
          return {};
        },
      },
      sender: { sendPending: async () => ({ sent: 0, failed: 0 }) },
      intervalMs: 1,
      logger: recordingLogger().logger,
    });
    await until(() => ticks === 1);
    await jobs.stop();
    expect(finished).toBe(true);
    await sleep(20);
    expect(ticks).toBe(1);
  });

  it("accepts Fastify's logger", async () => {
    const app = Fastify({ logger: false });
    const jobLogger: JobLogger = app.log;
    const sendLogger: SendLogger = app.log;
    expect(jobLogger && sendLogger).toBeTruthy();
    await app.close();
  });
});
