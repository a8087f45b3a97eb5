import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerStops } from '../hardening/worker-stops';
import { OptionsPage, requestFrom, screenshot, startHarness, type Harness } from './harness';
import { fixturePage } from './pages';

/**
 * Automatic logging in Chromium, on a Gmail thread of five messages: the client's (two), the user's own, a
 * colleague's, and the client's no-reply portal's. Only the client's and the user's are logged, once each,
 * however often the page is opened again, reloaded, or the worker stopped.
 */
const MIXED = fixturePage('gmail', 'synthetic_2026-12_thread-mixed');
const THREAD_ID = 'thread-f:1818310000000000001';

let h: Harness;
let options: OptionsPage;
beforeAll(async () => {
  h = await startHarness();
  options = await OptionsPage.open(h);
  await options.loadDemo();
});
afterAll(async () => {
  await h?.close();
});

/** The thread's entries in Northwind's records (the trash left out): who sent each, and how it was logged. */
async function threadEntries(): Promise<Array<{ itemId: string; direction: string; automatic?: boolean }>> {
  const accounts = (await requestFrom(options.page, 'listAccounts', null)) as {
    value: Array<{ id: string; name: string }>;
  };
  const id = accounts.value.find((a) => a.name === 'Northwind Traders')!.id;
  const bundle = (await requestFrom(options.page, 'getAccount', { id })) as {
    value: {
      touchpoints: Array<{
        source?: { itemId: string; threadId?: string };
        direction: string;
        automatic?: boolean;
        deletedAt?: string;
      }>;
    };
  };
  return bundle.value.touchpoints
    .filter((t) => t.source?.threadId === THREAD_ID && !t.deletedAt)
    .map((t) => ({ itemId: t.source!.itemId, direction: t.direction, automatic: t.automatic }))
    .sort((a, b) => a.itemId.localeCompare(b.itemId));
}

const EXPECTED = [
  { itemId: '193c100000000001', direction: 'inbound', automatic: true },
  { itemId: '193c100000000002', direction: 'outbound', automatic: true },
  { itemId: '193c100000000005', direction: 'inbound', automatic: true },
];

async function openThread(): Promise<Page> {
  h.server.setPage('mail.google.com', MIXED.html);
  const p = await h.context.newPage();
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
    await options.page.getByTestId('auto-log').check();
    await options.page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => options.page.getByText('Settings saved.').count()).toBe(1);

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
    const stops = await workerStops(h, p);
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
});
