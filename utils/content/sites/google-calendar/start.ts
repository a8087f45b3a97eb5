const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The start on the edit page, from its "Start date" and "Start time" fields
 * when they read like "Nov 26, 2026" and "4:00pm" (English formats only;
 * other locales leave the start unknown rather than guess).
 */
export function readStart(doc: Document): string | undefined {
  const date = doc.querySelector<HTMLInputElement>('input[aria-label="Start date" i]')?.value ?? '';
  const time = doc.querySelector<HTMLInputElement>('input[aria-label="Start time" i]')?.value ?? '';
  const d = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$/.exec(date.trim());
  const t = /^(\d{1,2}):(\d{2}) ?([ap]m)?$/i.exec(time.trim());
  if (!d || !t) return undefined;
  const month = MONTHS.indexOf(d[1]!.toLowerCase());
  let hour = Number(t[1]) % (t[3] ? 12 : 24);
  if (t[3]?.toLowerCase() === 'pm') hour += 12;
  if (month < 0) return undefined;
  return new Date(Number(d[3]), month, Number(d[2]), hour, Number(t[2])).toISOString();
}
