import { isLocalDate } from '../../dates';
import { ACCOUNT_STATUSES, TIERS, type AccountStatus, type Money, type Tier } from '../../model';

/** A cell read as a field's value, or why it cannot be. */
export type Cell<T> = { value: T } | { problem: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date-only cell as `YYYY-MM-DD`. Numeric dates with slashes or dots are refused:
 * 03/04/2027 is March in one country and April in the next, and a wrong renewal date is worse than none.
 */
export function readDate(raw: string): Cell<string> {
  const text = raw.trim();
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(text);
  const named =
    /^(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})$/i.exec(text) ??
    swapMonthFirst(/^([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(text));
  let date: string | undefined;
  if (iso) date = `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
  else if (named && MONTHS.includes(named[2]!.toLowerCase()))
    date = `${named[3]}-${String(MONTHS.indexOf(named[2]!.toLowerCase()) + 1).padStart(2, '0')}-${named[1]!.padStart(2, '0')}`;
  if (date && isLocalDate(date)) return { value: date };
  return { problem: `"${clip(text)}" is not a date this import can read safely: write it as YYYY-MM-DD` };
}

function swapMonthFirst(match: RegExpExecArray | null): string[] | null {
  return match ? [match[0], match[2]!, match[1]!, match[3]!] : null;
}

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };

/** An amount with its currency: from a currency column, an ISO code beside the number, or a symbol ($ is read as USD). */
export function readMoney(raw: string, currencyCell: string): Cell<Money> {
  const text = raw.trim();
  const code = /\b([A-Z]{3})\b/.exec(text.toUpperCase())?.[1];
  const symbol = Object.keys(SYMBOLS).find((s) => text.includes(s));
  const currency = (currencyCell.trim().toUpperCase() || code || (symbol && SYMBOLS[symbol]) || '').trim();
  const amount = readAmount(
    text
      .toUpperCase()
      .replace(code ?? '', '')
      .replace(/[$€£¥₹\s']/g, ''),
  );
  if (amount === null) return { problem: `"${clip(text)}" is not an amount` };
  if (!/^[A-Z]{3}$/.test(currency))
    return { problem: `no currency for ${clip(text)}: map a currency column, or write it as "${clip(text)} USD"` };
  return { value: { amount, currency } };
}

/**
 * 1,200,000.50 / 1.200.000,50 / 1200000 / 1,5 → a number. With both separators the last is the decimal one;
 * with one kind, repeated or followed by exactly three digits it groups thousands, otherwise it is decimal.
 */
function readAmount(digits: string): number | null {
  if (!/^-?\d[\d.,]*$/.test(digits)) return null;
  const separators = digits.match(/[.,]/g) ?? [];
  const last = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
  const mixed = new Set(separators).size > 1;
  const decimal = mixed || (separators.length === 1 && digits.length - last - 1 !== 3);
  const whole = (decimal ? digits.slice(0, last) : digits).replace(/[.,]/g, '');
  const fraction = decimal ? digits.slice(last + 1) : '0';
  const value = Number(`${whole}.${fraction || '0'}`);
  return Number.isFinite(value) ? value : null;
}

export function readTier(raw: string): Cell<Tier> {
  const text = raw.trim().toLowerCase();
  return (TIERS as readonly string[]).includes(text)
    ? { value: text as Tier }
    : { problem: `tier "${clip(raw)}" is not one of ${TIERS.join(', ')}` };
}

export function readStatus(raw: string): Cell<AccountStatus> {
  const text = raw.trim().toLowerCase().replace(/\s+/g, '-');
  return (ACCOUNT_STATUSES as readonly string[]).includes(text)
    ? { value: text as AccountStatus }
    : { problem: `status "${clip(raw)}" is not one of ${ACCOUNT_STATUSES.join(', ')}` };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
