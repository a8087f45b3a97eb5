import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../utils/shared/insights/account-view';
import { loggedEntry, touchpointFromPage } from '../../utils/shared/insights/page-log';
import type { PageContext } from '../../utils/shared/model';

const NOW = new Date('2026-11-24T12:00:00Z');
const view = {
  id: 'acc',
  people: [
    { email: 'tom@northwind.com', name: 'Tom', pageRole: 'from', contactId: 'c1', reason: 'email' },
    { email: 'new@northwind.com', name: 'New', pageRole: 'to', reason: 'domain' },
  ],
  timeline: [],
} as unknown as AccountView;
const thread: PageContext = {
  site: 'gmail',
  view: 'thread',
  people: [],
  subject: 'Renewal',
  threadId: 'thread-f:1',
  messageId: '193a',
  start: '2026-11-23T16:12:00.000Z',
};

describe('logging the page', () => {
  it('takes kind, direction, date, people, subject and a per-message source from a thread', () => {
    expect(touchpointFromPage(thread, view, NOW)).toEqual({
      accountId: 'acc',
      contactIds: ['c1'],
      kind: 'email',
      direction: 'inbound',
      occurredAt: '2026-11-23T16:12:00.000Z',
      summary: 'Renewal',
      sentiment: 'neutral',
      source: { site: 'gmail', itemId: '193a', threadId: 'thread-f:1', subject: 'Renewal' },
    });
  });

  it('is outbound from a compose, and when the client did not write', () => {
    expect(touchpointFromPage({ ...thread, view: 'compose' }, view, NOW)!.direction).toBe('outbound');
    const quiet = { ...view, people: view.people.map((p) => ({ ...p, pageRole: 'to' as const })) };
    expect(touchpointFromPage(thread, quiet, NOW)!.direction).toBe('outbound');
  });

  it('logs a calendar event as a meeting keyed by its instance id, dated at its start', () => {
    const event: PageContext = {
      site: 'google-calendar',
      view: 'event-popup',
      people: [],
      subject: 'QBR',
      eventId: 'evt_20261126T150000Z',
      start: '2026-11-26T15:00:00.000Z',
    };
    // Logged once it has started (issue 14: a meeting ahead of now is not logged as held).
    const afterStart = new Date('2026-11-26T16:00:00Z');
    expect(touchpointFromPage(event, view, afterStart)).toMatchObject({
      kind: 'meeting',
      occurredAt: '2026-11-26T15:00:00.000Z',
      source: { itemId: 'evt_20261126T150000Z' },
    });
  });

  it('falls back to now without a date, and refuses a page with nothing to key the entry on', () => {
    const { start: _s, ...undated } = thread;
    expect(touchpointFromPage(undated, view, NOW)!.occurredAt).toBe(NOW.toISOString());
    expect(touchpointFromPage({ site: 'gmail', view: 'list', people: [] }, view, NOW)).toBeNull();
  });

  it('finds the entry already logged for this message', () => {
    const logged = { id: 't1', sourceKey: 'gmail:193a' };
    expect(loggedEntry(thread, { ...view, timeline: [logged] } as unknown as AccountView)).toBe(logged);
    expect(
      loggedEntry({ ...thread, messageId: '193b' }, { ...view, timeline: [logged] } as unknown as AccountView),
    ).toBeUndefined();
  });
});
