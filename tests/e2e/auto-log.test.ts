import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { workerStops } from '../hardening/worker-stops';
import { requestFrom, screenshot, withDemoBook } from './harness';
import { fixturePage } from './pages';

/**
 * Automatic logging in Chromium, on a Gmail thread of five messages: the client's (two), the user's own, a
 * colleague's, and the client's no-reply portal's. Only the client's and the user's are logged, once each,
 * however often the page is opened again, reloaded, or the worker stopped.
 */
const MIXED = fixturePage('gmail', 'synthetic_2026-12_thread-mixed');
const THREAD_ID = 'thread-f:1818310000000000001';

const book = withDemoBook();

interface Entry {
  source?: { itemId: string; threadId?: string; subject?: string };
  direction: string;
  automatic?: boolean;
  template?: { id: string; name: string };
  deletedAt?: string;
}

/** An account's live entries (the trash left out), read as the options page reads an account. */
async function entriesOf(account: string): Promise<Entry[]> {
  const accounts = (await requestFrom(book.options.page, 'listAccounts', null)) as {
    value: Array<{ id: string; name: string }>;
  };
  const id = accounts.value.find((a) => a.name === account)!.id;
  const bundle = (await requestFrom(book.options.page, 'getAccount', { id })) as { value: { touchpoints: Entry[] } };
  return bundle.value.touchpoints.filter((t) => !t.deletedAt);
}

/** The thread's entries in Northwind's records: which message, and how it was logged. */
async function threadEntries(): Promise<Array<{ itemId: string; direction: string; automatic?: boolean }>> {
  return (await entriesOf('Northwind Traders'))
    .filter((t) => t.source?.threadId === THREAD_ID)
    .map((t) => ({ itemId: t.source!.itemId, direction: t.direction, automatic: t.automatic }))
    .sort((a, b) => a.itemId.localeCompare(b.itemId));
}

const EXPECTED = [
  { itemId: '193c100000000001', direction: 'inbound', automatic: true },
  { itemId: '193c100000000002', direction: 'outbound', automatic: true },
  { itemId: '193c100000000005', direction: 'inbound', automatic: true },
];

async function openThread(): Promise<Page> {
  book.h.server.setPage('mail.google.com', MIXED.html);
  const p = await book.h.context.newPage();
  await p.goto(MIXED.url);
  return p;
}
const sidebarOf = (p: Page) => p.frameLocator('iframe[title="Account Lens"]');

describe('automatic logging', () => {
  it('logs nothing while it is off (the default)', async () => {
    const p = await openThread();
    await expect
      .poll(() => sidebarOf(p).getByTestId('account-name').first().textContent(), { timeout: 10_000 })
      .toBe('Northwind Traders');
    // The sidebar has drawn the thread's messages, each with its own Log: nothing was logged for them.
    await expect.poll(() => sidebarOf(p).getByTestId('log-message').count()).toBe(5);
    expect(await threadEntries()).toEqual([]);
    await p.close();
  });

  it('once on, logs only the client messages and yours, once each, across reloads and worker stops', async () => {
    await book.options.page.getByTestId('auto-log').check();
    await book.options.page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => book.options.page.getByText('Settings saved.').count()).toBe(1);
    await book.options.page.getByTestId('never-auto-log').scrollIntoViewIfNeeded();
    await screenshot(book.options.page, 'settings-auto-log');

    const p = await openThread();
    await expect.poll(threadEntries, { timeout: 10_000 }).toEqual(EXPECTED);
    const sidebar = sidebarOf(p);
    await expect
      .poll(() => sidebar.getByTestId('auto-logged').textContent())
      .toBe('Logged automatically: 3 messages. Undo');
    await expect.poll(() => sidebar.getByTestId('message-logged').count()).toBe(3);
    await screenshot(p, 'auto-logged');

    await p.reload();
    await expect.poll(() => sidebar.getByTestId('auto-logged').count(), { timeout: 10_000 }).toBe(1);
    const stops = await workerStops(book.h, p);
    await stops.stop();
    await p.reload();
    await expect.poll(() => sidebar.getByTestId('auto-logged').count(), { timeout: 10_000 }).toBe(1);
    await stops.stop();
    const again = await openThread();
    await expect.poll(() => sidebarOf(again).getByTestId('auto-logged').count(), { timeout: 10_000 }).toBe(1);
    expect(stops.count).toBeGreaterThanOrEqual(2);
    expect(await threadEntries()).toEqual(EXPECTED);
    await again.close();

    // Undo: the entries go, and opening the thread again does not bring them back.
    await sidebar.getByTestId('auto-logged-undo').click();
    await expect.poll(() => sidebar.getByTestId('toast').textContent()).toContain('not logged automatically again');
    expect(await threadEntries()).toEqual([]);
    await p.reload();
    await expect.poll(() => sidebar.getByTestId('log-message').count(), { timeout: 10_000 }).toBe(5);
    expect(await threadEntries()).toEqual([]);
    await p.close();
  });

  it("logs a message sent with the page's own Send once, as outbound, with its template; never a discarded draft", async () => {
    // Gmail inline reply: a template inserted, then the page's Send button (clicked twice: one send).
    const reply = fixturePage('gmail', 'synthetic_2026-11_compose-inline-reply');
    book.h.server.setPage('mail.google.com', reply.html);
    const p = await book.h.context.newPage();
    await p.goto(reply.url);
    const sidebar = sidebarOf(p);
    await sidebar.getByTestId('template-choice').filter({ hasText: 'QBR invitation' }).click({ timeout: 10_000 });
    await sidebar.getByTestId('template-insert').click();
    await expect.poll(() => sidebar.getByTestId('toast').textContent()).toContain('Inserted "QBR invitation"');
    const sentFromDraft = async () =>
      (await entriesOf('Contoso Pharmaceuticals')).filter((t) => t.source?.itemId === 'draft:r-1000000000000000077');
    expect(await sentFromDraft()).toEqual([]);
    await p.locator('[role=button].aoO').click();
    await p.locator('[role=button].aoO').click();
    // Nothing yet: the page has not taken the message. Then it does, as Gmail does, and the compose goes.
    expect(await sentFromDraft()).toEqual([]);
    await p.locator('.M9').evaluate((compose) => compose.remove());
    await expect.poll(sentFromDraft, { timeout: 10_000 }).toEqual([
      expect.objectContaining({
        direction: 'outbound',
        automatic: true,
        template: { id: 'starter-qbr-invitation', name: 'QBR invitation' },
      }),
    ]);
    await p.close();

    // Outlook's docked compose, which has no id of its own: its Send button.
    const outlook = fixturePage('outlook', 'synthetic_2026-11_compose-pills');
    book.h.server.setPage('outlook.office365.com', outlook.html);
    const o = await book.h.context.newPage();
    await o.goto(outlook.url);
    await expect
      .poll(() => sidebarOf(o).getByTestId('account-name').first().textContent(), { timeout: 10_000 })
      .toBe('Northwind Traders');
    const sentFromOutlook = async () =>
      (await entriesOf('Northwind Traders')).filter((t) => t.source?.itemId.startsWith('sent:'));
    await o.locator('[data-testid=ComposeSendButton]').click();
    await o.locator('[id^=docking_InitVisiblePart_]').evaluate((compose) => compose.remove());
    await expect.poll(sentFromOutlook, { timeout: 10_000 }).toEqual([
      expect.objectContaining({
        direction: 'outbound',
        automatic: true,
        source: expect.objectContaining({ subject: 'Re: Renewal terms for 2027' }),
      }),
    ]);
    await o.close();

    // A draft written to a client and closed without Send: nothing.
    const popup = fixturePage('gmail', 'synthetic_2026-11_compose-popup');
    book.h.server.setPage('mail.google.com', popup.html);
    const d = await book.h.context.newPage();
    await d.goto(popup.url);
    await expect
      .poll(() => sidebarOf(d).getByTestId('account-name').first().textContent(), { timeout: 10_000 })
      .toBe('Fabrikam Logistics');
    await d.locator('[role=textbox][aria-label="Message Body"]').fill('Hi Jonas, a draft I will not send.');
    await d.close();
    expect((await entriesOf('Fabrikam Logistics')).filter((t) => t.source?.itemId.startsWith('draft:'))).toEqual([]);
  });

  it("logs the client messages of an Outlook conversation in the reading pane, and the user's own", async () => {
    const conversation = fixturePage('outlook', 'synthetic_2026-11_reading-pane-conversation');
    book.h.server.setPage('outlook.office.com', conversation.html);
    const p = await book.h.context.newPage();
    await p.goto(conversation.url);
    const logged = async () =>
      (await entriesOf('Northwind Traders'))
        .filter((t) => t.source?.threadId === 'AAQkADVhNzQ5northwind-conv-9')
        .map(
          (t) => `${t.source!.itemId.split('/').slice(1).join(' ')} ${t.direction}${t.automatic ? ' automatic' : ''}`,
        )
        .sort();
    await expect
      .poll(logged, { timeout: 10_000 })
      .toEqual([
        '2026-11-23T09:05:00.000Z tom.becker@northwind.com inbound automatic',
        '2026-11-23T14:30:00.000Z alex.morgan@mycompany.com outbound automatic',
        '2026-11-24T08:15:00.000Z tom.becker@northwind.com inbound automatic',
      ]);
    await expect.poll(() => sidebarOf(p).getByTestId('auto-logged').textContent()).toContain('3 messages');
    await p.close();
  });
});
