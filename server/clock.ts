/** The app's notion of now. Injected everywhere time matters, so tests move it instead of sleeping. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** The calendar day of an instant, as YYYY-MM-DD in UTC: the unit of last days, start dates and due dates. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

/** Adds calendar months to a YYYY-MM-DD date, clamping to the month's last day (Jan 31 + 1 month = Feb 28). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return isoDay(target);
}

/** Whole months between two YYYY-MM-DD dates, rounded down. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** The later of two YYYY-MM-DD dates (they compare correctly as text). */
export function laterDay(a: string, b: string): string {
  return a > b ? a : b;
}
