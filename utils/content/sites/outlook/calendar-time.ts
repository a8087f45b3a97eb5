import { collapseSpace } from '../common';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * "Tue 4/14/2026 9:00 AM - 9:30 AM" (the peek's time line, English US) → the start, as ISO-8601. The
 * wall-clock time is read in the browser's time zone, as the page shows it.
 *
 * Only that format is read: an English weekday, month/day/year and a 12-hour clock with AM or PM.
 * The weekday must be the date's own, so a day/month date is not taken for month/day. Anything else
 * (other locales, an all-day event with no time) leaves the start unknown rather than guessed.
 * Pure: it never reads the current time.
 */
export function parseOutlookStart(text: string | null | undefined): string | undefined {
  const m =
    /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*\.?,? (\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2}):(\d{2}) ?(AM|PM)\b/.exec(
      collapseSpace(text),
    );
  if (!m) return undefined;
  const [, weekday, month, day, year, hour, minute, half] = m;
  const y = Number(year);
  const mo = Number(month) - 1;
  const d = Number(day);
  const h = Number(hour);
  const min = Number(minute);
  if (h < 1 || h > 12 || min > 59) return undefined;
  const date = new Date(Date.UTC(y, mo, d));
  // 2/30 rolls over to March; a weekday that is not the date's means the date was not month/day.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo || date.getUTCDate() !== d) return undefined;
  if (WEEKDAYS[date.getUTCDay()] !== weekday) return undefined;
  const start = new Date(y, mo, d, (h % 12) + (half === 'PM' ? 12 : 0), min);
  return Number.isNaN(start.getTime()) ? undefined : start.toISOString();
}

/** The start's local calendar day, `YYYY-MM-DD`, as the grid's `data-column-date` writes it. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Tue 4/14/2026 9:00 AM - 9:30 AM" → "9:00 AM", the start as the grid tiles' labels write it (English). */
export function startClockText(text: string | null | undefined): string | undefined {
  const m = /\d\/\d{4},? (\d{1,2}:\d{2}) ?([AP]M)\b/.exec(collapseSpace(text));
  return m ? `${m[1]} ${m[2]}` : undefined;
}
