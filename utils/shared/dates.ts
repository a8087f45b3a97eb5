import type { LocalDate, Timestamp } from './model';

/**
 * Date-only values are `YYYY-MM-DD` strings in local time. Arithmetic runs on
 * the calendar numbers through UTC, so daylight-saving days (23 or 25 hours)
 * never shift a count by one.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar date of an instant. */
export function toLocalDate(instant: Date | Timestamp): LocalDate {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function utcDayNumber(date: LocalDate): number {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return utcDayNumber(to) - utcDayNumber(from);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date((utcDayNumber(date) + days) * 86_400_000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Local midnight at the start of `date`, as an instant. */
export function startOfLocalDate(date: LocalDate): Date {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** `date` at `hour`:00 local time, as an ISO instant (a due time picked as a date). */
export function atLocalHour(date: LocalDate, hour: number): string {
  const start = startOfLocalDate(date);
  start.setHours(hour);
  return start.toISOString();
}

/** "12 Jan" or "12 Jan 2027" when the year differs from `today`'s. */
export function formatShortDate(date: LocalDate, today: LocalDate, locale?: string): string {
  const d = startOfLocalDate(date);
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  return d.toLocaleDateString(locale, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) });
}
