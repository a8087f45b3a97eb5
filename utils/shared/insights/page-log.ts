import { formatShortDate, toLocalDate } from '../dates';
import type { Draft, PageContext, Touchpoint } from '../model';
import type { AccountView } from './account-view';

/** A calendar page (an event popup, peek or full event): what it logs is a meeting. */
export function isMeetingPage(context: PageContext): boolean {
  return context.site === 'google-calendar' || context.view.startsWith('event');
}

/**
 * The start of the page's meeting when it has not started yet (its start is
 * after now), else undefined. Such a meeting cannot be logged as held: it is
 * offered for logging once it has started, and a prep note meanwhile.
 */
export function meetingNotStarted(context: PageContext, now: Date): Date | undefined {
  if (!isMeetingPage(context) || !context.start) return undefined;
  const start = new Date(context.start);
  return start.getTime() > now.getTime() ? start : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Why a meeting cannot be logged yet: "Starts today at 15:00: log it after it ends." */
export function notStartedReason(start: Date, now: Date): string {
  const day = toLocalDate(start);
  const date = day === toLocalDate(now) ? 'today' : formatShortDate(day, toLocalDate(now));
  return `Starts ${date} at ${pad(start.getHours())}:${pad(start.getMinutes())}: log it after it ends.`;
}

/**
 * The touchpoint for "Log this email" / "Log this meeting", taken from the page: kind, direction, date, people,
 * subject, source. Null when there is nothing to key it on, or for a meeting that has not started yet.
 */
export function touchpointFromPage(context: PageContext, view: AccountView, now: Date): Draft<Touchpoint> | null {
  const itemId = context.messageId ?? context.eventId ?? context.threadId;
  if (!itemId || meetingNotStarted(context, now)) return null;
  const meeting = isMeetingPage(context);
  // In a thread of several messages, the one logged is the newest, with its own sender and date.
  const own = context.messages?.find((m) => m.id === itemId);
  const clientWrote = own ? fromClient(own, view) : view.people.some((p) => p.pageRole === 'from');
  return {
    accountId: view.id,
    contactIds: view.people.flatMap((p) => (p.contactId ? [p.contactId] : [])),
    kind: meeting ? 'meeting' : 'email',
    direction: meeting || context.view === 'compose' || !clientWrote ? 'outbound' : 'inbound',
    occurredAt: own?.sentAt ?? context.start ?? now.toISOString(),
    summary: context.subject ?? '',
    sentiment: 'neutral',
    source: {
      site: context.site,
      itemId,
      ...(context.threadId ? { threadId: context.threadId } : {}),
      ...(context.subject ? { subject: context.subject } : {}),
    },
  };
}

/** What a compose is known by while it is written: its draft's id, else its thread. */
export function draftKey(context: PageContext): string {
  return context.messageId ?? context.threadId ?? 'compose';
}

/** The touchpoint already logged for this page's message or meeting, if any. */
export function loggedEntry(context: PageContext, view: AccountView): Touchpoint | undefined {
  const itemId = context.messageId ?? context.eventId ?? context.threadId;
  return itemId ? loggedAs(context, view, itemId) : undefined;
}

/** The entry logged for an item: under its id, or, for the page's newest message, the id earlier versions used. */
function loggedAs(context: PageContext, view: AccountView, itemId: string): Touchpoint | undefined {
  const keys = [itemId, ...(itemId === context.messageId && context.messageAlias ? [context.messageAlias] : [])];
  return view.timeline.find((t) => keys.some((key) => t.sourceKey === `${context.site}:${key}`));
}

/** Whether a message was sent by one of the account's people on the page. */
function fromClient(message: PageMessage, view: AccountView): boolean {
  const from = message.from?.toLowerCase();
  return !!from && view.people.some((p) => p.email?.toLowerCase() === from);
}

type PageMessage = NonNullable<PageContext['messages']>[number];

/**
 * The messages of the page's thread that can each be logged on their own (a thread of several), with the
 * touchpoint each would log and the entry already logged for it. Empty for a page of one message.
 */
export function threadMessages(
  context: PageContext,
  view: AccountView,
  now: Date,
): Array<{
  message: PageMessage;
  fromClient: boolean;
  fromYou: boolean;
  record: Draft<Touchpoint>;
  logged?: Touchpoint;
}> {
  const messages = context.messages ?? [];
  if (messages.length < 2) return [];
  const page = touchpointFromPage(context, view, now);
  if (!page) return [];
  const self = context.selfEmail?.toLowerCase();
  return messages.map((message) => {
    const client = fromClient(message, view);
    const record: Draft<Touchpoint> = {
      ...page,
      direction: client ? 'inbound' : 'outbound',
      occurredAt: message.sentAt ?? page.occurredAt,
      source: { ...page.source!, itemId: message.id },
    };
    const logged = loggedAs(context, view, message.id);
    const fromYou = !!self && message.from?.toLowerCase() === self;
    return { message, fromClient: client, fromYou, record, ...(logged ? { logged } : {}) };
  });
}
