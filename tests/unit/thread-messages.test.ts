import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../utils/content/sites/gmail';
import { outlookAdapter } from '../../utils/content/sites/outlook';
import type { AccountView } from '../../utils/shared/insights/account-view';
import { loggedEntry, threadMessages } from '../../utils/shared/insights/page-log';
import type { PageContext } from '../../utils/shared/model';

/** Every message a thread shows can be logged on its own, keyed by its own id, dated when it was sent. */
const NOW = new Date('2026-11-24T12:00:00Z');
const view = {
  id: 'acc',
  people: [
    { email: 'tom.becker@northwind.com', name: 'Tom', pageRole: 'from', contactId: 'c1', reason: 'email' },
    { email: 'ana.ruiz@northwind.com', name: 'Ana', pageRole: 'from', contactId: 'c2', reason: 'email' },
  ],
  timeline: [{ id: 't1', sourceKey: 'gmail:m-old', occurredAt: '2026-11-20T09:14:00.000Z' }],
} as unknown as AccountView;
const thread: PageContext = {
  site: 'gmail',
  view: 'thread',
  people: [],
  subject: 'Renewal',
  threadId: 'thread-f:1',
  messageId: 'm-new',
  start: '2026-11-23T16:12:00.000Z',
  messages: [
    { id: 'm-old', from: 'Ana.Ruiz@northwind.com', sentAt: '2026-11-20T09:14:00.000Z' },
    { id: 'm-mine', from: 'alex.morgan@mycompany.com', sentAt: '2026-11-21T10:00:00.000Z' },
    { id: 'm-new', from: 'tom.becker@northwind.com', sentAt: '2026-11-23T16:12:00.000Z' },
  ],
};

describe('the messages of a thread', () => {
  it('are read from the Gmail thread as shown: the folded older message is not one of them', () => {
    const html = readFileSync(join(__dirname, '..', 'fixtures', 'gmail', 'synthetic_2026-11_thread.html'), 'utf8');
    const { window } = new JSDOM(html, {
      url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWdLhQvRrKxbFqLcHtPwNnSm',
    });
    const context = gmailAdapter.detect(window.document, new URL(window.location.href)).context!;
    expect(context.messages).toEqual([
      { id: '193a5b1f0a2c3d41', from: 'ana.ruiz@northwind.com', sentAt: '2026-11-20T09:14:00.000Z' },
      { id: '193a6c2d4e5f6a78', from: 'tom.becker@northwind.com', sentAt: '2026-11-23T16:12:00.000Z' },
    ]);
  });

  it('each log on their own: own id, own date, inbound from the client and outbound from you', () => {
    const rows = threadMessages(thread, view, NOW);
    expect(rows.map((r) => [r.record.source!.itemId, r.record.occurredAt, r.record.direction])).toEqual([
      ['m-old', '2026-11-20T09:14:00.000Z', 'inbound'],
      ['m-mine', '2026-11-21T10:00:00.000Z', 'outbound'],
      ['m-new', '2026-11-23T16:12:00.000Z', 'inbound'],
    ]);
    expect(rows.every((r) => r.record.source!.threadId === 'thread-f:1' && r.record.kind === 'email')).toBe(true);
  });

  it('know which of them are logged already', () => {
    expect(threadMessages(thread, view, NOW).map((r) => r.logged?.id)).toEqual(['t1', undefined, undefined]);
  });

  it('are read item by item from an Outlook conversation, and each logs on its own', () => {
    const html = readFileSync(
      join(__dirname, '..', 'fixtures', 'outlook', 'synthetic_2026-11_reading-pane-conversation.html'),
      'utf8',
    );
    const { window } = new JSDOM(html, {
      url: 'https://outlook.office.com/mail/inbox/id/AAMkADVhNzQ5northwind-item-3%3D',
    });
    const context = outlookAdapter.detect(window.document, new URL(window.location.href)).context!;
    const rows = threadMessages(context, view, NOW);
    expect(rows.map((r) => [r.record.occurredAt, r.record.direction])).toEqual([
      ['2026-11-23T09:05:00.000Z', 'inbound'],
      ['2026-11-23T14:30:00.000Z', 'outbound'],
      ['2026-11-24T08:15:00.000Z', 'inbound'],
    ]);
    expect(new Set(rows.map((r) => r.record.source!.itemId)).size).toBe(3);
    // "Log this email" logs the newest item, under the same key as its own row: never twice.
    expect(context.messageId).toBe(rows[2]!.record.source!.itemId);
  });

  it('are not listed for a page of one message', () => {
    expect(threadMessages({ ...thread, messages: thread.messages!.slice(2) }, view, NOW)).toEqual([]);
  });

  describe('in an Outlook conversation', () => {
    const CONVERSATION = readFileSync(
      join(__dirname, '..', 'fixtures', 'outlook', 'synthetic_2026-11_reading-pane-conversation.html'),
      'utf8',
    );
    const URL_ID = 'https://outlook.office.com/mail/inbox/id/AAMkADVhNzQ5northwind-item-3%3D';
    const read = (change: (doc: Document) => void = () => undefined) => {
      const { window } = new JSDOM(CONVERSATION, { url: URL_ID });
      change(window.document);
      return outlookAdapter.detect(window.document, new URL(window.location.href)).context!;
    };
    const items = (doc: Document) => [...doc.querySelectorAll('#ConversationReadingPaneContainer > .item')];

    it('key the newest message the same whether one item or all are expanded, so it is never logged twice', () => {
      const all = read();
      const newestOnly = read((doc) =>
        items(doc)
          .slice(0, 2)
          .forEach((item) => item.remove()),
      );
      expect(newestOnly.messages).toBeUndefined();
      expect(newestOnly.messageId).toBe(all.messageId);
    });

    it('find the newest by its sent time when the pane lists newest first', () => {
      const reversed = read((doc) =>
        items(doc)
          .reverse()
          .forEach((item) => item.parentElement!.append(item)),
      );
      expect(reversed.messageId).toBe(read().messageId);
      expect(reversed.messageId).toContain('2026-11-24T08:15');
    });

    it('key nothing without the conversation id, rather than keys two threads could share', () => {
      const context = read((doc) => doc.querySelector('[aria-selected=true]')!.setAttribute('aria-selected', 'false'));
      expect(context.messages).toBeUndefined();
      expect(context.messageId).toBe('AAMkADVhNzQ5northwind-item-3=');
    });

    it('still show as logged what an earlier version logged under the URL item id', () => {
      const context = read();
      const logged = {
        ...view,
        timeline: [{ id: 'old', sourceKey: 'outlook:AAMkADVhNzQ5northwind-item-3=' }],
      } as unknown as AccountView;
      expect(loggedEntry(context, logged)?.id).toBe('old');
      expect(threadMessages(context, logged, NOW).map((r) => r.logged?.id)).toEqual([undefined, undefined, 'old']);
    });

    it('tell the client, you, and anyone else on your side apart', () => {
      const rows = threadMessages({ ...read(), selfEmail: 'alex.morgan@mycompany.com' }, view, NOW);
      expect(rows.map((r) => [r.fromClient, r.fromYou])).toEqual([
        [true, false],
        [false, true],
        [true, false],
      ]);
      const colleague = threadMessages({ ...read(), selfEmail: 'someone.else@mycompany.com' }, view, NOW);
      expect(colleague[1]).toMatchObject({ fromClient: false, fromYou: false, record: { direction: 'outbound' } });
    });
  });
});
