import { daysBetween, formatShortDate } from './dates';
import type { LocalDate, Money } from './model';

export function formatMoney(money: Money, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      maximumFractionDigits: 0,
    }).format(money.amount);
  } catch {
    return `${money.amount.toLocaleString(locale)} ${money.currency}`;
  }
}

/** "renews in 34 days, 12 Jan", "renews today", "renewal passed 3 days ago, 21 Nov". */
export function renewalText(renewal: LocalDate, today: LocalDate, locale?: string): string {
  const days = daysBetween(today, renewal);
  const date = formatShortDate(renewal, today, locale);
  if (days === 0) return `renews today, ${date}`;
  if (days > 0) return `renews in ${days} day${days === 1 ? '' : 's'}, ${date}`;
  return `renewal passed ${-days} day${days === -1 ? '' : 's'} ago, ${date}`;
}

/** "today", "yesterday", "12 days ago". */
export function daysAgoText(days: number): string {
  return days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}
