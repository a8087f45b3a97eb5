import type { TabAccounts } from '../tab-accounts';
import { addDays, atLocalHour, isLocalDate, toLocalDate } from '../dates';
import type { SaveRequest as SaveRecordRequest } from '../model';
import type { Direction, Sentiment, TouchpointKind, TouchpointSource } from '../model';
import { buildAccountView } from './account-view';
import { meetingNotStarted, notStartedReason, touchpointFromPage } from './page-log';

/** The popup's quick-log form, as plain data: defaults, checks and the records it saves are pure functions. */
export interface LogForm {
  accountId?: string;
  accountName?: string;
  contactIds: string[];
  kind: TouchpointKind;
  direction: Direction;
  /** `YYYY-MM-DDTHH:mm` in local time (a datetime-local input's value). */
  when: string;
  summary: string;
  sentiment: Sentiment;
  followUp: { enabled: boolean; title: string; due: string };
  source?: TouchpointSource;
  /** Said above the form: why a meeting on the page is not prefilled (it has not started yet). */
  notice?: string;
}

export type FormErrors = Partial<Record<'account' | 'when' | 'summary' | 'followUp', string>>;

export const QUICK_DUE = [
  { label: 'Tomorrow', days: 1 },
  { label: 'In 3 days', days: 3 },
  { label: 'Next week', days: 7 },
] as const;

const pad = (n: number) => String(n).padStart(2, '0');
export function toLocalDateTime(instant: Date): string {
  return `${toLocalDate(instant)}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}
export function fromLocalDateTime(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m || !isLocalDate(`${m[1]}-${m[2]}-${m[3]}`)) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
}

/**
 * A new form. On a mail or calendar page with a matched account, that account,
 * its people on the page, the subject and the message or event come filled in;
 * elsewhere it is empty, ready for a call.
 */
export function defaultForm(
  tab: TabAccounts | null,
  now: Date,
  cadenceDays: Parameters<typeof buildAccountView>[2],
): LogForm {
  const blank: LogForm = {
    contactIds: [],
    kind: 'call',
    direction: 'outbound',
    when: toLocalDateTime(now),
    summary: '',
    sentiment: 'neutral',
    followUp: { enabled: false, title: '', due: addDays(toLocalDate(now), 3) },
  };
  const match = tab?.resolution?.accounts[0];
  const bundle = match && tab?.bundles.find((b) => b.account.id === match.account.id);
  if (!tab?.context || !match || !bundle) return blank;
  const view = buildAccountView(match, bundle, cadenceDays, now);
  const fromPage = touchpointFromPage(tab.context, view, now);
  // A meeting that has not started cannot be logged as held: the form offers a prep note (internal) instead.
  const notStarted = meetingNotStarted(tab.context, now);
  const subject = tab.context.subject;
  return {
    ...blank,
    accountId: view.id,
    accountName: view.name,
    contactIds: view.people.flatMap((p) => (p.contactId ? [p.contactId] : [])),
    ...(fromPage
      ? {
          kind: fromPage.kind,
          direction: fromPage.direction,
          when: toLocalDateTime(new Date(fromPage.occurredAt)),
          summary: fromPage.summary,
          source: fromPage.source,
        }
      : {}),
    ...(notStarted
      ? {
          kind: 'note' as const,
          summary: subject ? `Prep for ${subject}: ` : '',
          notice: `${notStartedReason(notStarted, now)} Meanwhile, save a prep note: notes are internal and do not count as contact.`,
        }
      : {}),
  };
}

const DAY = 86_400_000;

/** Messages shown next to each field; empty when the form can be saved. */
export function validateForm(form: LogForm, now: Date): FormErrors {
  const errors: FormErrors = {};
  if (!form.accountId) errors.account = 'Choose the account this is about.';
  const when = fromLocalDateTime(form.when);
  if (!when) errors.when = 'Enter a date and time.';
  else if (when.getTime() > now.getTime() + DAY)
    errors.when = 'That is more than a day ahead: log what happened, plan with a follow-up.';
  else if ((form.kind === 'meeting' || form.kind === 'visit') && when.getTime() > now.getTime())
    errors.when = `That ${form.kind} has not happened yet: log it after it ends, or save a note to prepare.`;
  else if (when.getTime() < now.getTime() - 5 * 365 * DAY) errors.when = 'That is more than five years ago.';
  if (form.kind === 'note' && !form.summary.trim()) errors.summary = 'A note needs some text.';
  if (form.followUp.enabled) {
    if (!form.followUp.title.trim()) errors.followUp = 'Say what the follow-up is.';
    else if (!isLocalDate(form.followUp.due) || form.followUp.due < toLocalDate(now))
      errors.followUp = 'The follow-up needs a due date from today on.';
  }
  return errors;
}

/** The touchpoint, and the follow-up task when there is one: saved together as one action. */
export function formRecords(form: LogForm): SaveRecordRequest[] {
  const accountId = form.accountId!;
  const records: SaveRecordRequest[] = [
    {
      store: 'touchpoints',
      record: {
        accountId,
        contactIds: form.contactIds,
        kind: form.kind,
        direction: form.direction,
        occurredAt: fromLocalDateTime(form.when)!.toISOString(),
        summary: form.summary.trim(),
        sentiment: form.sentiment,
        ...(form.source ? { source: form.source } : {}),
      },
    },
  ];
  if (form.followUp.enabled) {
    records.push({
      store: 'tasks',
      record: {
        accountId,
        ...(form.contactIds[0] ? { contactId: form.contactIds[0] } : {}),
        title: form.followUp.title.trim(),
        dueAt: atLocalHour(form.followUp.due, 9),
      },
    });
  }
  return records;
}
