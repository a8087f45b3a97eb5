import type { Draft, PageContext, Touchpoint } from '../model';
import type { AccountView } from './account-view';
import { threadMessages, touchpointFromPage } from './page-log';

/** The pages where a message is shown to be read: a Gmail thread, an Outlook reading pane. Never a list row. */
const READING_VIEWS = new Set(['thread', 'reading-pane']);

/** Senders that are machines: no-reply, bounces, notifications, calendar invitations. */
const AUTOMATIC_LOCAL_PART =
  /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster|bounces?|notifications?|notify|alerts?|calendar[-_.]?notification|auto[-_.]?reply|automated|mailer)([-+_.].*)?$/i;

/** Subjects of automatic mail: out-of-office replies and calendar responses, in the languages clients write in. */
const AUTOMATIC_SUBJECT =
  /^\s*(automatic reply|auto[- ]?reply|autoreply|out of (the )?office|abwesenheit|automatische antwort|réponse automatique|absence|respuesta automática|fuera de la oficina|risposta automatica|invitation:|updated invitation|accepted:|declined:|tentatively accepted:|new event:|cancell?ed event:)/i;

export function isAutomaticSender(email: string | undefined): boolean {
  const local = email?.split('@')[0];
  return !!local && AUTOMATIC_LOCAL_PART.test(local);
}

export function isAutomaticSubject(subject: string | undefined): boolean {
  return !!subject && AUTOMATIC_SUBJECT.test(subject);
}

/** Whether an address is on the user's "never log automatically" list, by itself or by its domain. */
export function neverLogged(email: string | undefined, never: readonly string[]): boolean {
  if (!email) return false;
  const address = email.toLowerCase();
  const domain = address.split('@')[1] ?? '';
  return never.some((entry) => {
    const e = entry.trim().toLowerCase().replace(/^@/, '');
    return e === address || e === domain || (!e.includes('@') && domain.endsWith(`.${e}`));
  });
}

/**
 * What automatic logging logs for one account on the page: each message shown that a client of the account
 * sent, or that the user sent to them; never a message of a colleague or anyone else (internal), an automatic
 * sender or subject, a person on the never list, nor anything outside a thread or reading pane.
 */
export function automaticEntries(
  context: PageContext,
  view: AccountView,
  now: Date,
  never: readonly string[],
): Array<Draft<Touchpoint>> {
  if (!READING_VIEWS.has(context.view) || isAutomaticSubject(context.subject)) return [];
  const clients = view.people.filter((p) => p.contactId || p.email);
  // The user writing to this account counts only when someone of it may be logged.
  const loggable = clients.filter((p) => !neverLogged(p.email, never));
  if (!loggable.length) return [];
  const mark = (record: Draft<Touchpoint>): Draft<Touchpoint> => ({ ...record, automatic: true });
  const messages = threadMessages(context, view, now);
  if (messages.length)
    return messages
      .filter(({ message, fromClient, fromYou }) =>
        fromClient ? !isAutomaticSender(message.from) && !neverLogged(message.from, never) : fromYou,
      )
      .map(({ record }) => mark(record));
  // One message: its sender is among the page's people (a client, or someone else), or is the user (left out).
  const record = touchpointFromPage(context, view, now);
  if (!record) return [];
  const sender = context.people.find((p) => p.role === 'from');
  if (!sender) return [mark(record)];
  const fromClient = view.people.some((p) => p.pageRole === 'from' && p.email === sender.email);
  return fromClient && !isAutomaticSender(sender.email) && !neverLogged(sender.email, never) ? [mark(record)] : [];
}
