import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coveredControls, pageControls, SIDEBAR_SITES, switchView } from './pages';
import { liveCounts, requestFrom, screenshot, withDemoBook } from './harness';
import { TEST_NOW } from './clock';

const SITES = SIDEBAR_SITES;

const book = withDemoBook();

const sidebarOf = (p: Page): FrameLocator => p.frameLocator('iframe[title="Account Lens"]');

async function open(host: string, html: string, url: string): Promise<Page> {
  book.h.server.setPage(host, html);
  const p = await book.h.context.newPage();
  await p.goto(url);
  return p;
}

const stats = () => liveCounts(book.options.page);

describe.each(SITES)('sidebar on $host', ({ host, first, account, second, secondAccount }) => {
  it("shows the right account after load and after a single-page switch, without covering the page's controls", async () => {
    const p = await open(host, first.html, first.url);
    const sidebar = sidebarOf(p);
    if (host === 'calendar.google.com') {
      // In an event the briefing card leads and the sidebar waits as its tab; opening it is remembered.
      await sidebar.getByTestId('collapsed-tab').click({ timeout: 10_000 });
    }
    await expect
      .poll(() => sidebar.getByTestId('account-name').first().textContent(), { timeout: 10_000 })
      .toBe(account);
    await screenshot(p, `sidebar-${host}`);

    const frame = await p.locator('iframe[title="Account Lens"]').boundingBox();
    const guarded = await p.evaluate(pageControls);
    expect(p.viewportSize()).toEqual({ width: 1280, height: 800 });
    expect(coveredControls(frame!, guarded), 'controls the sidebar covers').toEqual([]);

    await switchView(p, second.html, second.url);
    await expect
      .poll(() => sidebar.getByTestId('account-name').first().textContent(), { timeout: 10_000 })
      .toBe(secondAccount);
    await p.close();
  });
});

describe('sidebar actions', () => {
  it('logs the email once: a second click shows the entry instead', async () => {
    const { html, url } = SITES[0]!.first;
    const p = await open('mail.google.com', html, url);
    const sidebar = sidebarOf(p);
    const before = (await stats()).touchpoints!;
    await sidebar.getByTestId('log-page').click();
    await expect.poll(() => sidebar.getByTestId('toast').textContent()).toContain('Logged in Northwind Traders');
    expect((await stats()).touchpoints).toBe(before + 1);
    await sidebar.getByTestId('logged-link').click();
    await expect.poll(() => sidebar.locator('.timeline li.highlight').count()).toBe(1);
    expect(await sidebar.getByTestId('log-page').count()).toBe(0);
    expect((await stats()).touchpoints).toBe(before + 1);

    // The background refuses a second entry for the same message even when asked directly.
    const accounts = (await requestFrom(book.options.page, 'listAccounts', null)) as {
      value: Array<{ id: string; name: string }>;
    };
    const northwind = accounts.value.find((a) => a.name === 'Northwind Traders')!;
    const again = await requestFrom(book.options.page, 'saveRecord', {
      store: 'touchpoints',
      record: {
        accountId: northwind.id,
        contactIds: [],
        kind: 'email',
        direction: 'inbound',
        occurredAt: TEST_NOW.toISOString(),
        summary: 'x',
        sentiment: 'neutral',
        source: { site: 'gmail', itemId: '193a6c2d4e5f6a78' },
      },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'duplicate' } });
    expect((await stats()).touchpoints).toBe(before + 1);
    await p.close();
  });

  it('adds a task with undo', async () => {
    const { html, url } = SITES[0]!.first;
    const p = await open('mail.google.com', html, url);
    const sidebar = sidebarOf(p);
    const before = (await stats()).tasks!;
    await sidebar.getByRole('button', { name: 'Task', exact: true }).first().click();
    await sidebar.getByTestId('quick-add-text').fill('Send the revised price-cap wording');
    await sidebar.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await stats()).tasks).toBe(before + 1);
    await expect
      .poll(() => sidebar.getByTestId('task').allTextContents())
      .toContainEqual(expect.stringContaining('Send the revised price-cap wording'));
    await sidebar.getByTestId('undo').click();
    await expect.poll(async () => (await stats()).tasks).toBe(before);
    await p.close();
  });

  it('shows a hostile display name as text', async () => {
    const hostile = '<img src=x onerror="document.title=\'pwned\'"><b>Eve</b>';
    const html = SITES[0]!.first.html
      .replace('name="Priya Nair"', `name="${hostile.replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`)
      .replace('priya.nair@northwind.com" name', 'eve@northwind.com" name');
    const p = await open('mail.google.com', html, SITES[0]!.first.url);
    const sidebar = sidebarOf(p);
    await expect
      .poll(() => sidebar.getByTestId('person').allTextContents(), { timeout: 10_000 })
      .toContainEqual(expect.stringContaining(hostile));
    expect(await sidebar.locator('.people img, .people b').count()).toBe(0);
    expect(await p.title()).not.toBe('pwned');
    await p.close();
  });

  it('privacy mode blurs values and notes', async () => {
    await book.options.page.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), privacyMode: true } });
    });
    const { html, url } = SITES[0]!.first;
    const p = await open('mail.google.com', html, url);
    const value = sidebarOf(p).getByTestId('annual-value');
    await expect.poll(() => value.evaluate((el) => getComputedStyle(el).filter), { timeout: 10_000 }).toContain('blur');
    expect(
      await sidebarOf(p)
        .getByTestId('account-notes')
        .evaluate((el) => getComputedStyle(el).filter),
    ).toContain('blur');
    await screenshot(p, 'sidebar-privacy-mode');
    await book.options.page.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), privacyMode: false } });
    });
    await expect.poll(() => value.evaluate((el) => getComputedStyle(el).filter)).toBe('none');
    await p.close();
  });

  it('follows the host page into dark mode', async () => {
    const { html, url } = SITES[0]!.first;
    const dark = html.replace('background: #f6f8fc;', 'background: #1f1f1f; color: #e3e3e3;');
    const p = await open('mail.google.com', dark, url);
    const sidebar = sidebarOf(p);
    await expect.poll(() => sidebar.locator('html').getAttribute('data-theme'), { timeout: 10_000 }).toBe('dark');
    const background = await sidebar.locator('.sidebar').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(0.2126 * r! + 0.7152 * g! + 0.0722 * b!).toBeLessThan(60);
    await screenshot(p, 'sidebar-dark');
    await p.close();
  });

  it('collapses to a tab that keeps the account count, and remembers it on this site', async () => {
    const { html, url } = SITES[0]!.first;
    const p = await open('mail.google.com', html, url);
    const sidebar = sidebarOf(p);
    await sidebar.getByRole('button', { name: 'Collapse the sidebar' }).click();
    await expect.poll(() => sidebar.getByTestId('collapsed-tab').textContent()).toContain('1');
    await expect.poll(async () => (await p.locator('iframe[title="Account Lens"]').boundingBox())?.width).toBe(44);
    await screenshot(p, 'sidebar-collapsed');
    const again = await open('mail.google.com', html, url);
    await expect.poll(() => sidebarOf(again).getByTestId('collapsed-tab').count(), { timeout: 10_000 }).toBe(1);
    await sidebarOf(again).getByTestId('collapsed-tab').click();
    await expect.poll(async () => (await again.locator('iframe[title="Account Lens"]').boundingBox())?.width).toBe(360);
    await p.close();
    await again.close();
  });
});
