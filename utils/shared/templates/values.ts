import { toLocalDate } from '../dates';
import { formatMoney } from '../format';
import type { AccountView, PersonOnPage } from '../insights/account-view';
import type { TemplateValues } from './template';

/** Invoices come with the money records; until an account has some, `overdue_invoices` has no value. */
export interface InvoiceLine {
  number: string;
  dueOn: string;
  open: { amount: number; currency: string };
}

/**
 * Each variable's value for one account and the draft's people, or absent where the records hold none (no
 * renewal date, no open issue): the picker flags those before anything is inserted.
 */
export function templateValues(
  view: AccountView,
  now: Date,
  { locale, overdueInvoices = [] }: { locale?: string; overdueInvoices?: InvoiceLine[] } = {},
): TemplateValues {
  const longDate = (date: string) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(`${date}T12:00:00`),
    );
  const dateTime = (instant: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(instant));
  const nowIso = now.toISOString();
  const meetings = view.timeline.filter((t) => t.kind === 'meeting' && !t.deletedAt);
  const next = meetings
    .filter((t) => t.occurredAt > nowIso)
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))[0];
  const last = meetings.find((t) => t.occurredAt <= nowIso);
  const lines = (items: string[]) => (items.length ? items.map((item) => `- ${item}`).join('\n') : undefined);
  return {
    first_name: firstNames(view.people),
    account_name: view.name,
    renewal_date: view.renewalDate && longDate(view.renewalDate),
    contract_value: view.annualValue && formatMoney(view.annualValue, locale),
    open_issues: lines(view.openIssues.map((issue) => issue.title)),
    overdue_invoices: lines(
      overdueInvoices.map((i) => `${i.number}: ${formatMoney(i.open, locale)}, due ${longDate(i.dueOn)}`),
    ),
    next_meeting: next && dateTime(next.occurredAt),
    last_meeting: last && longDate(toLocalDate(last.occurredAt)),
  };
}

/** "Anna", "Anna and Ben", "Anna, Ben and Carla": the people the draft is to (else those in Cc). */
function firstNames(people: PersonOnPage[]): string | undefined {
  const named = (role: string) =>
    people.filter((p) => p.pageRole === role && !p.ambiguous).flatMap((p) => firstName(p.name) ?? []);
  const names = [...new Set(named('to').length ? named('to') : named('cc'))];
  if (!names.length) return undefined;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const TITLES = /^(dr|prof|mr|mrs|ms|mx|herr|frau|m|mme|sr|sra)\.?$/i;

/** A display name's first name: "Schmidt, Anna" and "Dr. Anna Schmidt" are both Anna; an address is no name. */
export function firstName(display: string): string | undefined {
  const name = display.trim();
  if (!name || name.includes('@')) return undefined;
  const [last, first] = name.split(',', 2).map((part) => part.trim());
  const given = first ? first : last!;
  return given.split(/\s+/).find((word) => !TITLES.test(word));
}
