import { DATE_WORDS, pageLanguage, parseJapaneseDate, parseWordDate, type LineDate } from '../local-dates';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The edit page's start fields are found by their labels, in the page's language. */
const START_LABELS: Record<string, { date: string; time: string }> = {
  en: { date: 'Start date', time: 'Start time' },
  de: { date: 'Startdatum', time: 'Startzeit' },
  fr: { date: 'Date de début', time: 'Heure de début' },
  es: { date: 'Fecha de inicio', time: 'Hora de inicio' },
  ja: { date: '開始日', time: '開始時間' },
};

/**
 * The start on the edit page, from its "Start date" and "Start time" fields, in the page's language: "Nov 26,
 * 2026" and "4:00pm", "26. Nov. 2026" and "16:00", "2026年11月26日" and "午後4:00". Anything else leaves the
 * start unknown rather than guess.
 */
export function readStart(doc: Document): string | undefined {
  const language = pageLanguage(doc);
  const labels = START_LABELS[language] ?? START_LABELS.en!;
  const field = (label: string) =>
    doc.querySelector<HTMLInputElement>(`input[aria-label="${label}" i]`)?.value.replace(/\s+/g, ' ').trim() ?? '';
  const date = readDate(field(labels.date), language);
  const t = /^(午前|午後)?\s*(\d{1,2}):(\d{2}) ?([ap]m)?$/i.exec(field(labels.time));
  if (!date || date.year === undefined || !t) return undefined;
  const half = t[4]?.toLowerCase() ?? (t[1] === '午前' ? 'am' : t[1] === '午後' ? 'pm' : undefined);
  let hour = Number(t[2]) % (half ? 12 : 24);
  if (half === 'pm') hour += 12;
  const start = new Date(date.year, date.month, date.day, hour, Number(t[3]));
  return start.getDate() === date.day ? start.toISOString() : undefined;
}

function readDate(text: string, language: string): LineDate | null {
  if (language === 'ja') return parseJapaneseDate(text);
  const words = DATE_WORDS[language];
  if (words) return parseWordDate(text, words);
  const d = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$/.exec(text);
  const month = d ? MONTHS.indexOf(d[1]!.toLowerCase()) : -1;
  return d && month >= 0 ? { month, day: Number(d[2]), year: Number(d[3]) } : null;
}
