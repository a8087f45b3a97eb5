/**
 * Dates as mail and calendar pages write them in the user's language, read with a table per language: the
 * tables and parsers only, no page structure (each adapter knows where its dates are).
 */

/** A date as a page line gives it: the year and weekday only when shown. */
export interface LineDate {
  /** 0 for January. */
  month: number;
  day: number;
  year?: number;
  /** 0 for Sunday. */
  weekday?: number;
}

/** The page's language, from its own `lang` (the apps set it to the user's language): `fr` of `fr-CA`. */
export function pageLanguage(doc: Document): string {
  return (doc.documentElement.lang || 'en').toLowerCase().split('-')[0]!;
}

/** A language's month and weekday names (without accents, lowercase; January and Sunday first), and its filler words. */
export interface DateWords {
  months: string[];
  weekdays: string[];
  fillers: string[];
}

export const DATE_WORDS: Record<string, DateWords> = {
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
export function parseWordDate(text: string, words: DateWords): LineDate | null {
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

export function parseJapaneseDate(text: string): LineDate | null {
  const m = JAPANESE_DATE.exec(text.trim());
  if (!m) return null;
  return {
    month: Number(m[2]) - 1,
    day: Number(m[3]),
    ...(m[1] ? { year: Number(m[1]) } : {}),
    ...(m[4] ? { weekday: JAPANESE_WEEKDAYS.indexOf(m[4]) } : {}),
  };
}
