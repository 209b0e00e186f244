import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export interface Percentiles {
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  n: number;
}

/** Nearest-rank percentiles of per-query times in milliseconds. */
export function percentiles(times: ArrayLike<number>): Percentiles {
  const sorted = Float64Array.from(times).sort();
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
  return { p50_ms: round(at(0.5)), p95_ms: round(at(0.95)), p99_ms: round(at(0.99)), n: sorted.length };
}

/** Times each call with process.hrtime.bigint(); returns milliseconds and the answers. */
export function timeEach<T>(count: number, run: (i: number) => T): { ms: Float64Array; answers: T[] } {
  const ms = new Float64Array(count);
  const answers: T[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const t0 = process.hrtime.bigint();
    answers[i] = run(i);
    ms[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  return { ms, answers };
}

export async function timeEachAsync<T>(
  count: number,
  run: (i: number) => Promise<T>,
): Promise<{ ms: Float64Array; answers: T[] }> {
  const ms = new Float64Array(count);
  const answers: T[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const t0 = process.hrtime.bigint();
    answers[i] = await run(i);
    ms[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  return { ms, answers };
}

let gcFn: (() => void) | undefined;
/** Heap in use after a full collection (exposes gc at run time, so the npm script needs no flag). */
export function heapAfterGc(): number {
  if (gcFn === undefined) {
    setFlagsFromString("--expose-gc");
    gcFn = runInNewContext("gc") as () => void;
  }
  gcFn();
  gcFn();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** mulberry32 pairs, viewers and targets over dense nodes 0..n−1, the same for every engine. */
export function sampleWorkload(nodeCount: number, count: number, seed: number, targetsPerViewer = 50) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const node = () => Math.floor(next() * nodeCount);
  const pairs = Array.from({ length: count }, () => [node(), node()] as [number, number]);
  const viewers = Array.from({ length: count }, node);
  const targets = viewers.map(() => Uint32Array.from({ length: targetsPerViewer }, node));
  return { pairs, viewers, targets };
}

export type Workload = ReturnType<typeof sampleWorkload>;
