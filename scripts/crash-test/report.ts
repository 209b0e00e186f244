import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ApiReadBack, Verification } from "./verify.ts";
import type { WriteStats } from "./writers.ts";

export interface CycleRecord {
  cycle: number;
  /** How long the writers ran before the SIGKILL. */
  killAfterMs: number;
  acknowledged: number;
  /** Processes the SIGKILL hit (app, esbuild, postmaster and its children). */
  killedProcesses: number;
  /** From the SIGKILL to the first healthy /api/health of the restarted app. */
  restartMs: number;
  /** From spawning the new app to healthy. */
  startMs: number;
}

export interface Report {
  label: string;
  target: "embedded" | "server";
  control: boolean;
  seed: number;
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  postgres: { version: string; synchronousCommit: string; walWriterDelay: string; walBuffers: string };
  writers: number;
  cycles: number;
  firstStartMs: number;
  writes: WriteStats;
  verification: Verification;
  apiReadBack: ApiReadBack;
  restartMs: { median: number; max: number; min: number };
  writeSeconds: number;
  writesPerSecond: number;
  everyRestartHealthy: boolean;
  perCycle: CycleRecord[];
  pass: boolean;
  verdict: string;
}

export function machine(): Report["machine"] {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

export function stats(values: number[]): { median: number; max: number; min: number } {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { median: 0, max: 0, min: 0 };
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, max: sorted[sorted.length - 1] ?? 0, min: sorted[0] ?? 0 };
}

export function printReport(r: Report): void {
  const v = r.verification;
  const failures = Object.entries(r.writes.failures)
    .map(([k, n]) => `${k}: ${n}`)
    .join(", ");
  const lines = [
    "",
    `Crash test (${r.label}) — seed ${r.seed}, ${r.date}`,
    `  machine          ${r.machine.cpus} cores, ${r.machine.cpuModel}, node ${r.machine.node}`,
    `  database         ${r.target === "embedded" ? "embedded" : "external"} PostgreSQL ${r.postgres.version}, synchronous_commit=${r.postgres.synchronousCommit}, wal_writer_delay=${r.postgres.walWriterDelay}, wal_buffers=${r.postgres.walBuffers}`,
    `  cycles           ${r.cycles} SIGKILLs of ${r.target === "embedded" ? "the app and its PostgreSQL" : "the app (server kept running)"}, ${r.writers} writers`,
    `  attempts         ${r.writes.attempts} (failed: ${failures || "none"})`,
    `  acknowledged     ${v.acknowledged}`,
    `  lost             ${v.lost}${v.lostSample.length ? `  e.g. ${v.lostSample.slice(0, 5).join(", ")}` : ""}`,
    ...(v.lost > 0
      ? [
          `  lost per cycle   ${Object.entries(v.lostByCycle)
            .map(([c, n]) => `#${c}: ${n}/${r.perCycle[Number(c) - 1]?.acknowledged ?? "?"}`)
            .join(", ")}`,
        ]
      : []),
    `  committed, unacknowledged  ${v.committedUnacknowledged}`,
    `  restart→healthy  median ${r.restartMs.median} ms, max ${r.restartMs.max} ms, min ${r.restartMs.min} ms (limit 60 s; first start ${r.firstStartMs} ms)`,
    `  throughput       ${r.writesPerSecond.toFixed(1)} acknowledged writes/s over ${r.writeSeconds.toFixed(1)} s of writing`,
    `  API read-back    sign-in ${r.apiReadBack.signIn}, ${r.apiReadBack.found}/${r.apiReadBack.checked} sampled organizations found`,
    "",
    `${r.pass ? "PASS" : "FAIL"}: ${r.verdict}`,
    "",
  ];
  process.stdout.write(lines.join("\n"));
}

export async function writeJsonReport(
  root: string,
  r: Report | { label: string; seed: number; date: string; pass: false; error: string },
): Promise<string> {
  const file = path.join(root, ".tmp", `crash-report-${r.label}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(r, null, 2)}\n`);
  return file;
}
