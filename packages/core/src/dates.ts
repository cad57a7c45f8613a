/** ISO calendar dates (YYYY-MM-DD) as plain strings; arithmetic in UTC days, no clock. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number since 1970-01-01 for a valid ISO date, else undefined. */
export function toDayNumber(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t / 86_400_000;
}

export function isIsoDate(value: unknown): value is string {
  return toDayNumber(value) !== undefined;
}

export function fromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const day = toDayNumber(date);
  if (day === undefined) throw new RangeError(`not an ISO date: ${date}`);
  return fromDayNumber(day + days);
}

/** Same calendar date `years` later; 29 February falls back to 28 February. */
export function addYears(date: string, years: number): string {
  const m = ISO_DATE.exec(date);
  if (!m || !isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  const y = Number(m[1]) + years;
  const candidate = `${String(y).padStart(4, '0')}-${m[2]}-${m[3]}`;
  return isIsoDate(candidate) ? candidate : `${String(y).padStart(4, '0')}-${m[2]}-28`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (a === undefined || b === undefined) throw new RangeError(`not ISO dates: ${from}, ${to}`);
  return b - a;
}

/** Today's date in China Standard Time (UTC+8), the default "today" for rules. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
