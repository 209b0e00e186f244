import { cpus, totalmem } from "node:os";
import { type Percentiles, percentiles, round } from "./bench-stats.ts";

export type Times = Record<string, Float64Array>;

export interface EngineReport {
  [op: string]: Percentiles | number | string | undefined;
}

/** The JSON part for one engine: percentiles per operation plus scalar facts. */
export function engineReport(times: Times, facts: Record<string, number | string>): EngineReport {
  const out: EngineReport = {};
  for (const [op, ms] of Object.entries(times)) out[op] = percentiles(ms);
  for (const [k, v] of Object.entries(facts)) out[k] = typeof v === "number" ? round(v, 3) : v;
  return out;
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} vCPU (${cpu[0]?.model.trim() ?? "?"}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
}

const OPS = [
  "shortest",
  "weighted",
  "degrees50",
  "degrees50_cached",
  "write",
  "shortest_with_overlay",
] as const;

/** A plain-text table: p50/p95/p99 per operation per engine, and p50 ratios against the engine. */
export function printTable(reports: Record<string, EngineReport>, write: (s: string) => void): void {
  const names = Object.keys(reports);
  const cell = (p: Percentiles | undefined) =>
    p === undefined ? "—" : `${fmt(p.p50_ms)} / ${fmt(p.p95_ms)} / ${fmt(p.p99_ms)}`;
  const width = 30;
  write(`${"p50 / p95 / p99 ms".padEnd(22)}${names.map((n) => n.padEnd(width)).join("")}\n`);
  for (const op of OPS) {
    const row = names.map((n) => cell(reports[n]?.[op] as Percentiles | undefined).padEnd(width));
    if (row.every((c) => c.trim() === "—")) continue;
    write(`${op.padEnd(22)}${row.join("")}\n`);
  }
  for (const fact of ["load_ms", "bytes_per_edge", "heap_bytes_per_edge", "overlay_links", "compact_ms"]) {
    const row = names.map((n) => String(reports[n]?.[fact] ?? "—").padEnd(width));
    write(`${fact.padEnd(22)}${row.join("")}\n`);
  }
  const engine = reports.engine;
  if (!engine) return;
  for (const other of names.filter((n) => n !== "engine")) {
    const ratios = OPS.flatMap((op) => {
      const mine = engine[op] as Percentiles | undefined;
      const theirs = reports[other]?.[op] as Percentiles | undefined;
      if (!mine || !theirs) return [];
      const same = reports[other]?.[`ratio_${op}`];
      return [`${op} ${fmt(typeof same === "number" ? same : theirs.p50_ms / mine.p50_ms)}×`];
    });
    write(`engine vs ${other} (their p50 / engine p50 on the same pairs): ${ratios.join(", ")}\n`);
  }
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  if (x >= 1) return x.toFixed(2);
  return x.toFixed(4);
}
