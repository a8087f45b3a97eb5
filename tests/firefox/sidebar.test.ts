import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coveredControls, pageControls, SIDEBAR_SITES } from '../e2e/pages';
import {
  byTestId,
  click,
  frameText,
  liveCounts,
  openSite,
  optionsWithDemo,
  requestFrom,
  screenshot,
  startFirefox,
  switchView,
  texts,
  waitForFrame,
  type FirefoxHarness,
} from './harness';

/** The sidebar's checks of tests/e2e/sidebar.test.ts that a user sees, in Firefox. */
const SITES = SIDEBAR_SITES;
const WAIT = { timeout: 15_000 };

let h: FirefoxHarness;
let options: Page;
beforeAll(async () => {
  h = await startFirefox();
  options = await optionsWithDemo(h);
});
afterAll(async () => {
  await h?.close();
});

const accountName = (p: Page) => frameText(h, p, '/sidebar.html', byTestId('account-name'));

describe.each(SITES)('sidebar on $host, in Firefox', ({ host, first, account, second, secondAccount }) => {
  it("shows the right account after load and after a single-page switch, without covering the page's controls", async () => {
    const p = await openSite(h, host, first.html, first.url);
    if (host === 'calendar.google.com') {
      // In an event the briefing card leads and the sidebar waits as its tab.
      await click(await waitForFrame(h, p, '/sidebar.html'), byTestId('collapsed-tab'));
    }
    await expect.poll(() => accountName(p), WAIT).toBe(account);
    await screenshot(p, `sidebar-${host}`);

    // It does not cover the page's own controls.
    const frame = await p.evaluate(() => {
      const { x, y, width, height } = document.querySelector('iframe[title="Account Lens"]')!.getBoundingClientRect();
      return { x, y, width, height };
    });
    const guarded = await p.evaluate(pageControls);
    expect(frame.width).toBeGreaterThan(0);
    expect(coveredControls(frame, guarded), 'controls the sidebar covers').toEqual([]);

    await switchView(p, second.html, second.url);
    await expect.poll(() => accountName(p), WAIT).toBe(secondAccount);
    await p.close();
  });
});

describe('sidebar actions, in Firefox', () => {
  it('"Log this email" writes once: a second click shows the entry instead', async () => {
    const { html, url } = SITES[0]!.first;
    const p = await openSite(h, 'mail.google.com', html, url);
    await expect.poll(() => accountName(p), WAIT).toBe('Northwind Traders');
    const sidebar = await waitForFrame(h, p, '/sidebar.html');
    const before = (await liveCounts(options)).touchpoints;
    await click(sidebar, byTestId('log-page'));
    await expect
      .poll(() => frameText(h, p, '/sidebar.html', byTestId('toast')), WAIT)
      .toContain('Logged in Northwind Traders');
    expect((await liveCounts(options)).touchpoints).toBe(before + 1);
    await click(sidebar, byTestId('logged-link'));
    await expect.poll(() => texts(sidebar, '.timeline li.highlight').then((t) => t.length), WAIT).toBe(1);
    expect(await texts(sidebar, byTestId('log-page'))).toEqual([]);

    // The background refuses a second entry for the same message even when asked directly.
    const accounts = await requestFrom(options, 'listAccounts', null);
    const northwind = (accounts.value as Array<{ id: string; name: string }>).find(
      (a) => a.name === 'Northwind Traders',
    )!;
    const again = await requestFrom(options, 'saveRecord', {
      store: 'touchpoints',
      record: {
        accountId: northwind.id,
        contactIds: [],
        kind: 'email',
        direction: 'inbound',
        occurredAt: new Date().toISOString(),
        summary: 'x',
        sentiment: 'neutral',
        source: { site: 'gmail', itemId: '193a6c2d4e5f6a78' },
      },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'duplicate' } });
    expect((await liveCounts(options)).touchpoints).toBe(before + 1);
    await screenshot(p, 'sidebar-logged');
    await p.close();
  });

  it('collapses to a tab that keeps the account count, remembered on this site; one click opens it again', async () => {
    const { html, url } = SITES[0]!.first;
    const width = (p: Page) =>
      p.$eval('iframe[title="Account Lens"]', (el) => el.getBoundingClientRect().width).catch(() => null);
    const p = await openSite(h, 'mail.google.com', html, url);
    await expect.poll(() => accountName(p), WAIT).toBe('Northwind Traders');
    await click(await waitForFrame(h, p, '/sidebar.html'), 'button[aria-label="Collapse the sidebar"]');
    await expect.poll(() => frameText(h, p, '/sidebar.html', byTestId('collapsed-tab')), WAIT).toContain('1');
    await expect.poll(() => width(p), WAIT).toBe(44);
    const again = await openSite(h, 'mail.google.com', html, url);
    await expect.poll(() => frameText(h, again, '/sidebar.html', byTestId('collapsed-tab')), WAIT).toContain('1');
    await click(await waitForFrame(h, again, '/sidebar.html'), byTestId('collapsed-tab'));
    await expect.poll(() => width(again), WAIT).toBe(360);
    await expect.poll(() => accountName(again), WAIT).toBe('Northwind Traders');
    await p.close();
    await again.close();
  });

  it('shows a hostile display name as text, and nothing in it runs', async () => {
    const hostile = '<img src=x onerror="document.title=\'pwned\'"><b>Eve</b>';
    const html = SITES[0]!.first.html
      .replace('name="Priya Nair"', `name="${hostile.replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`)
      .replace('priya.nair@northwind.com" name', 'eve@northwind.com" name');
    const p = await openSite(h, 'mail.google.com', html, SITES[0]!.first.url);
    const sidebar = await waitForFrame(h, p, '/sidebar.html');
    await expect.poll(() => texts(sidebar, byTestId('person')), WAIT).toContainEqual(expect.stringContaining(hostile));
    expect(await texts(sidebar, '.people img, .people b')).toEqual([]);
    expect(await p.title()).not.toBe('pwned');
    await p.close();
  });
});
