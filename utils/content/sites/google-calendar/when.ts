import { textLines } from '../common';
import { findFirst } from '../selectors';
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

interface LineDate {
  month: number;
  day: number;
  year?: number;
  weekday?: number;
}

/** The page's language, from its own `lang` (Calendar sets it to the user's language): `fr` of `fr-CA`. */
function pageLanguage(doc: Document): string {
  return (doc.documentElement.lang || 'en').toLowerCase().split('-')[0]!;
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

/** A language's month and weekday names (without accents, lowercase; January and Sunday first), and its filler words. */
interface DateWords {
  months: string[];
  weekdays: string[];
  fillers: string[];
}

const DATE_WORDS: Record<string, DateWords> = {
  de: {
    months: [
      'januar',
      'februar',
      'marz',
      'april',
      'mai',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'dezember',
    ],
    weekdays: ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'],
    fillers: [],
  },
  fr: {
    months: [
      'janvier',
      'fevrier',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'aout',
      'septembre',
      'octobre',
      'novembre',
      'decembre',
    ],
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    fillers: [],
  },
  es: {
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    weekdays: ['domingo', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado'],
    fillers: ['de', 'del'],
  },
};

/**
 * "jeudi 3 décembre", "Donnerstag, 3. Dezember 2026", "jueves, 3 de diciembre", and their short forms ("jeu.
 * 3 déc."): a weekday first if any, one day, one month, a year if any, and nothing else. A name may be cut
 * short, if no other name of its kind starts the same way ("juil." is July, "jui." is nothing).
 */
function parseWordDate(text: string, words: DateWords): LineDate | null {
  const tokens = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((token) => token && !words.fillers.includes(token));
  const weekday = tokens.length && /^[a-z]+$/.test(tokens[0]!) ? nameIndex(tokens[0]!, words.weekdays, 2) : -1;
  const rest = weekday >= 0 ? tokens.slice(1) : tokens;
  const days = rest.filter((t) => /^\d{1,2}$/.test(t));
  const years = rest.filter((t) => /^\d{4}$/.test(t));
  const names = rest.filter((t) => !/^\d+$/.test(t));
  if (days.length !== 1 || years.length > 1 || names.length !== 1) return null;
  const month = nameIndex(names[0]!, words.months, 3);
  if (month < 0) return null;
  return {
    month,
    day: Number(days[0]),
    ...(years.length ? { year: Number(years[0]) } : {}),
    ...(weekday >= 0 ? { weekday } : {}),
  };
}

/** Which name a word is (whole, or cut short to at least `min` letters and starting no other name), or -1. */
function nameIndex(word: string, names: string[], min: number): number {
  if (word.length < min) return -1;
  const found = names.flatMap((name, index) => (name.startsWith(word) ? [index] : []));
  return found.length === 1 ? found[0]! : -1;
}

const JAPANESE_WEEKDAYS = '日月火水木金土';
/** "12月3日 (木)", "12月3日(木曜日)", "2026年12月3日". */
const JAPANESE_DATE = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*(?:[（(]([日月火水木金土])(?:曜日?)?[)）])?$/;

function parseJapaneseDate(text: string): LineDate | null {
  const m = JAPANESE_DATE.exec(text.trim());
  if (!m) return null;
  return {
    month: Number(m[2]) - 1,
    day: Number(m[3]),
    ...(m[1] ? { year: Number(m[1]) } : {}),
    ...(m[4] ? { weekday: JAPANESE_WEEKDAYS.indexOf(m[4]) } : {}),
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
