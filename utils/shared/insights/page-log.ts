import type { Draft, PageContext, Touchpoint } from '../model';
import type { AccountView } from './account-view';

/** The touchpoint for "Log this email" / "Log this meeting", taken from the page: kind, direction, date, people, subject, source. */
export function touchpointFromPage(context: PageContext, view: AccountView, now: Date): Draft<Touchpoint> | null {
  const itemId = context.messageId ?? context.eventId ?? context.threadId;
  if (!itemId) return null;
  const meeting = context.site === 'google-calendar' || context.view.startsWith('event');
  const clientWrote = view.people.some((p) => p.pageRole === 'from');
  return {
    accountId: view.id,
    contactIds: view.people.flatMap((p) => (p.contactId ? [p.contactId] : [])),
    kind: meeting ? 'meeting' : 'email',
    direction: meeting || context.view === 'compose' || !clientWrote ? 'outbound' : 'inbound',
    occurredAt: context.start ?? now.toISOString(),
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

/** The touchpoint already logged for this page's message or meeting, if any. */
export function loggedEntry(context: PageContext, view: AccountView): Touchpoint | undefined {
  const itemId = context.messageId ?? context.eventId ?? context.threadId;
  if (!itemId) return undefined;
  return view.timeline.find((t) => t.sourceKey === `${context.site}:${itemId}`);
}
