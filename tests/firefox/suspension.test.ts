import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePage } from '../e2e/pages';
import {
  byTestId,
  frameText,
  optionsWithDemo,
  screenshot,
  startFirefox,
  switchView,
  type FirefoxHarness,
} from './harness';

/**
 * Firefox does not stop a worker: it suspends the background (event) page once it has been idle for
 * `extensions.background.idle.timeout` (30 s by default; 2 s here), and starts it again for the next event. The
 * frames must still get every change afterwards: the next view a user opens, without a reload, shows its own
 * account, not the one before the suspension. (tests/e2e/worker-stop.test.ts is the same check in Chromium.)
 */
const page = fixturePage;
const CASES = [
  {
    host: 'mail.google.com',
    path: '/sidebar.html' as const,
    name: 'account-name',
    first: page('gmail', 'synthetic_2026-11_thread'),
    account: 'Northwind Traders',
    second: page('gmail', 'synthetic_2026-11_compose-popup'),
    secondAccount: 'Fabrikam Logistics',
  },
  {
    host: 'calendar.google.com',
    path: '/briefing.html' as const,
    name: 'briefing-account-name',
    first: page('google-calendar', 'synthetic_2026-11_event-popup'),
    account: 'Northwind Traders',
    second: page('google-calendar', 'synthetic_2026-11_event-edit'),
    secondAccount: 'Contoso Pharmaceuticals',
  },
];
const WAIT = { timeout: 15_000 };

let h: FirefoxHarness;
let options: Page;
beforeAll(async () => {
  h = await startFirefox({}, { prefs: { 'extensions.background.idle.timeout': 2_000 } });
  options = await optionsWithDemo(h);
});
afterAll(async () => {
  await h?.close();
});

/**
 * Whether the background page is loaded, asked from the options page without waking it: the background page is
 * one of the add-on's views while it runs.
 */
const backgroundLoaded = () =>
  options.evaluate(() =>
    (globalThis as unknown as { browser: typeof chrome }).browser.extension
      .getViews()
      .some((view) => view.location.pathname.includes('background')),
  );

/** Waits until Firefox has suspended the background page (idle), and returns how many starts it has had. */
async function suspended(): Promise<number> {
  await expect.poll(backgroundLoaded, { timeout: 30_000, interval: 100 }).toBe(false);
  return h.backgroundStarts();
}

describe.each(CASES)(
  'after the background page is suspended, on $host',
  ({ host, path, name, first, account, second, secondAccount }) => {
    it('the next view, opened without a reload, shows its own account', async () => {
      h.server.setPage(host, first.html);
      const p = await h.browser.newPage();
      await p.goto(first.url);
      const shown = () => frameText(h, p, path, byTestId(name));
      await expect.poll(shown, WAIT).toBe(account);

      const starts = await suspended();
      await switchView(p, second.html, second.url);
      await expect.poll(shown, WAIT).toBe(secondAccount);
      // The change woke the background: it started again.
      expect(h.backgroundStarts()).toBeGreaterThan(starts);

      // And again: any number of suspensions.
      const again = await suspended();
      await switchView(p, first.html, first.url);
      await expect.poll(shown, WAIT).toBe(account);
      expect(h.backgroundStarts()).toBeGreaterThan(again);
      await screenshot(p, `suspension-${host}`);
      await p.close();
    });
  },
);
