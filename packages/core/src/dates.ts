/**
 * ISO calendar dates (YYYY-MM-DD) as plain strings; arithmetic in UTC days, no clock.
 * Input dates have four-digit years; computed deadlines may run past 9999 (five digits), so
 * dates are compared by day number (compareDates), never as text.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const COMPUTED_DATE = /^(\d{4,6})-(\d{2})-(\d{2})$/;

/**
 * Day numbers already worked out: the rules and the timeline read the same few dates many times
 * per dossier (a summary of 1,000 dossiers asks hundreds of thousands of times). Bounded, so
 * hostile input cannot grow it.
 */
const dayNumbers = new Map<string, number | undefined>();
const MAX_REMEMBERED_DAYS = 10_000;

/** Day number since 1970-01-01 for a valid date (computed deadlines included), else undefined. */
export function toDayNumber(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const known = dayNumbers.get(value);
  if (known !== undefined || dayNumbers.has(value)) return known;
  const day = computeDayNumber(value);
  if (dayNumbers.size < MAX_REMEMBERED_DAYS) dayNumbers.set(value, day);
  return day;
}

function computeDayNumber(value: string): number | undefined {
  const m = COMPUTED_DATE.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t / 86_400_000;
}

/** A valid YYYY-MM-DD date as users type it (four-digit year). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && toDayNumber(value) !== undefined;
}

export function fromDayNumber(day: number): string {
  const d = new Date(day * 86_400_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}

/** Negative, zero or positive as date `a` is before, on or after date `b`. */
export function compareDates(a: string, b: string): number {
  const x = toDayNumber(a);
  const y = toDayNumber(b);
  if (x === undefined || y === undefined) throw new RangeError(`not dates: ${a}, ${b}`);
  return x - y;
}

export function addDays(date: string, days: number): string {
  const day = toDayNumber(date);
  if (day === undefined) throw new RangeError(`not an ISO date: ${date}`);
  return fromDayNumber(day + days);
}

/** Same calendar date `years` later; 29 February falls back to 28 February. */
export function addYears(date: string, years: number): string {
  const m = COMPUTED_DATE.exec(date);
  if (!m || toDayNumber(date) === undefined) throw new RangeError(`not an ISO date: ${date}`);
  const y = String(Number(m[1]) + years).padStart(4, '0');
  const candidate = `${y}-${m[2]}-${m[3]}`;
  return toDayNumber(candidate) !== undefined ? candidate : `${y}-${m[2]}-28`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (a === undefined || b === undefined) throw new RangeError(`not ISO dates: ${from}, ${to}`);
  return b - a;
}

/** The date and time in China Standard Time (UTC+8, no daylight saving), whatever the machine's zone: "2026-11-29T11:02:03". */
export function chinaDateTime(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 19);
}

/** Today's date in China Standard Time (UTC+8), the default "today" for rules. */
export function todayInChina(now: Date = new Date()): string {
  return chinaDateTime(now).slice(0, 10);
}
