import { textLines } from '../common';
import { findFirst } from '../selectors';
import { DATE_WORDS, pageLanguage, parseJapaneseDate, parseWordDate, type LineDate } from '../local-dates';
import { CALENDAR_HEADER } from './selectors';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:(sun|mon|tue|wed|thu|fri|sat)[a-z]*\\.?,? )?';
/** "Thursday, November 26", "Thu, Nov 26, 2026", or day first: "Thursday, 26 November" (English only). */
const DATE_MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH} (\\d{1,2})(?:,? (\\d{4}))?$`, 'i');
const DATE_DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2}) ${MONTH}(?:,? (\\d{4}))?$`, 'i');
/**
 * "3:00 – 4:00pm", "11:30am – 12:30pm", "3 – 4pm", "15:00 – 16:00", "15:00～16:00": the start, and the end's
 * am/pm for a start without one.
 */
const TIME_RANGE = /^(\d{1,2})(?::(\d{2}))? ?([ap]m)?(?: ?[–—~～-] ?(\d{1,2})(?::\d{2})? ?([ap]m)?)?(?: |$)/i;
/** Japanese writes the half of the day before the time: 午前 (am), 午後 (pm). */
const JAPANESE_MERIDIEM: Record<string, string> = { 午前: 'am', 午後: 'pm' };

/**
 * The start of the event in the popup, from its date and time line
 * (`#xDetDlgWhen`), e.g. "Thursday, November 26 · 3:00 – 4:00pm · Weekly on
 * Thursday". The text is the user's local time, so the instant is made with a
 * local-time `Date`. A line with a date and no time (an all-day event) starts
 * at local midnight. The line is read in the page's own language (its `lang`):
 * English, German, French, Spanish and Japanese; anything else (another
 * language, a multi-day range) leaves the start unknown rather than guess.
 *
 * The line has no year. The adapter is pure (no clock), so the year comes from
 * the page: the date Calendar keeps in the URL (`/r/week/2026/11/26`,
 * `/r/day/…`, `/r/month/…`), else the visible header ("November 2026",
 * "Dec 2026 – Jan 2027"). Of that year and the years either side, the one that
 * puts the date nearest the shown date is taken (a week or month view spans a
 * new year), and the weekday on the line must agree, so a wrong year is never
 * produced: a year earlier or later moves the weekday by one or two days.
 */
export function readPopupStart(whenText: string, doc: Document, url: URL): string | undefined {
  const text = whenText
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // The parts may be separate elements (their text joined with " · ") or one text with its own separators.
  const [datePart = '', rawTime] = text.split(/ ?[·⋅•] ?/).filter(Boolean);
  const date = parseDate(datePart, pageLanguage(doc));
  if (!date) return undefined;
  const half = rawTime && JAPANESE_MERIDIEM[rawTime.slice(0, 2)];
  const timePart = half ? rawTime.slice(2).trim() : rawTime;
  let hour = 0;
  let minute = 0;
  if (timePart && /^\d/.test(timePart)) {
    const t = TIME_RANGE.exec(timePart);
    if (!t) return undefined;
    hour = Number(t[1]);
    minute = Number(t[2] ?? 0);
    const meridiem = (t[3] ?? half ?? startMeridiem(hour, Number(t[4]), t[5]))?.toLowerCase();
    if (meridiem ? hour < 1 || hour > 12 : hour > 23) return undefined;
    if (minute > 59) return undefined;
    if (meridiem) hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  const year = date.year ?? yearNear(date, pageDate(doc, url));
  if (year === undefined) return undefined;
  const start = new Date(year, date.month, date.day, hour, minute);
  if (start.getMonth() !== date.month || start.getDate() !== date.day) return undefined;
  if (date.weekday !== undefined && start.getDay() !== date.weekday) return undefined;
  return start.toISOString();
}

/** "3:00 – 4:00pm" starts in the end's half of the day; "11:30 – 12:30pm" starts in the other half. */
function startMeridiem(startHour: number, endHour: number, endMeridiem: string | undefined): string | undefined {
  if (!endMeridiem) return undefined;
  if (startHour % 12 <= endHour % 12) return endMeridiem;
  return endMeridiem.toLowerCase() === 'pm' ? 'am' : 'pm';
}

function parseDate(text: string, language: string): LineDate | null {
  if (language === 'ja') return parseJapaneseDate(text);
  const words = DATE_WORDS[language];
  if (words) return parseWordDate(text, words);
  // English, and a page in a language with no table: English formats or nothing.
  return parseEnglishDate(text);
}

function parseEnglishDate(text: string): LineDate | null {
  const m = DATE_MONTH_FIRST.exec(text);
  const d = m ? null : DATE_DAY_FIRST.exec(text);
  if (!m && !d) return null;
  const [weekday, month, day, year] = m ? [m[1], m[2], m[3], m[4]] : [d![1], d![3], d![2], d![4]];
  return {
    month: MONTHS.indexOf(month!.toLowerCase()),
    day: Number(day),
    ...(year ? { year: Number(year) } : {}),
    ...(weekday ? { weekday: WEEKDAYS.indexOf(weekday.toLowerCase()) } : {}),
  };
}

/** The date the page shows: the URL's `/r/<view>/YYYY/M/D`, else the header's first month and year. */
function pageDate(doc: Document, url: URL): Date | undefined {
  const u =
    /\/r\/(?:day|week|month|year|agenda|schedule|custom[a-z]*)\/(\d{4})(?:\/(\d{1,2})(?:\/(\d{1,2}))?)?(?:\/|$)/.exec(
      url.pathname,
    );
  if (u) return u[2] ? new Date(Number(u[1]), Number(u[2]) - 1, Number(u[3] ?? 15)) : new Date(Number(u[1]), 6, 1);
  const found = findFirst(doc, CALENDAR_HEADER);
  const header = found ? textLines(found.element).join(' ').slice(0, 1000) : '';
  const h = new RegExp(`\\b${MONTH}[^\\d]{0,20}?\\b((?:19|20)\\d{2})\\b`, 'i').exec(header);
  if (h) return new Date(Number(h[2]), MONTHS.indexOf(h[1]!.toLowerCase()), 1);
  const y = /\b((?:19|20)\d{2})\b/.exec(header);
  return y ? new Date(Number(y[1]), 6, 1) : undefined;
}

/** Of the shown date's year and the years either side, the one putting the date nearest it. */
function yearNear(date: LineDate, shown: Date | undefined): number | undefined {
  if (!shown) return undefined;
  const base = shown.getFullYear();
  const distance = (year: number) => Math.abs(new Date(year, date.month, date.day).getTime() - shown.getTime());
  return [base - 1, base + 1].reduce((best, year) => (distance(year) < distance(best) ? year : best), base);
}
