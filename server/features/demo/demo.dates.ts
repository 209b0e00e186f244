import { addDays, addMonths } from "../../clock.ts";

/** Calendar helpers for the demo generator. Days are YYYY-MM-DD strings, which sort as dates. */

export { addDays, addMonths };

/** The earliest and latest of some days (or ISO timestamps: both sort as strings). */
export const minDay = (...days: string[]): string => [...days].sort()[0] as string;
export const maxDay = (...days: string[]): string => [...days].sort().at(-1) as string;

/** The first of the month `months` after the month of `day` (negative: before). */
export function monthStart(day: string, months = 0): string {
  return addMonths(`${day.slice(0, 8)}01`, months);
}

/** An instant on `day` at `hour`:`minute` UTC, as an ISO timestamp. */
export function at(day: string, hour: number, minute = 0): string {
  const hh = String(hour).padStart(2, "0");
  const mm = String(minute).padStart(2, "0");
  return `${day}T${hh}:${mm}:00.000Z`;
}

/** The calendar day of an ISO timestamp. */
export const dayOf = (timestamp: string): string => timestamp.slice(0, 10);

/** Derives an independent PRNG seed per part of the demo, so adding draws to one part leaves the others as they were. */
export function streamSeed(seed: number, stream: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + Math.imul(stream, 0x632be5ab)) >>> 0;
}

/** An ISO timestamp `minutes` after another (negative: before). */
export function later(timestamp: string, minutes: number): string {
  return new Date(Date.parse(timestamp) + minutes * 60_000).toISOString();
}
