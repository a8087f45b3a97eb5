import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_MATCHES } from '../../utils/shared/hosts';
import { fixturePage } from '../e2e/pages';
import {
  byTestId,
  click,
  frameText,
  openExtensionPage,
  openSite,
  screenshot,
  startFirefox,
  text,
  type FirefoxHarness,
} from './harness';

/**
 * Firefox's MV3 host permissions are the user's: access to the mail and calendar sites can be refused or taken
 * back (about:addons, the add-on's Permissions), and then nothing is read on those pages. Here access is taken
 * back as that switch does (permissions.remove), then given again through the options page's "Allow access"
 * (permissions.request from the click; the browser's prompt is answered "Allow", see scripts/lib/firefox.mjs).
 */
const THREAD = fixturePage('gmail', 'synthetic_2026-11_thread');
const WAIT = { timeout: 15_000 };

let h: FirefoxHarness;
let options: Page;
beforeAll(async () => {
  h = await startFirefox({ 'mail.google.com': THREAD.html });
  options = await openExtensionPage(h, h.welcome, 'options.html');
  await h.welcome.close();
  await click(options, byTestId('load-demo'));
  await options.waitForSelector(byTestId('account-row'), WAIT);
});
afterAll(async () => {
  await h?.close();
});

const hasAccess = (from: Page) =>
  from.evaluate(
    (origins) => (globalThis as unknown as { browser: typeof chrome }).browser.permissions.contains({ origins }),
    CONTENT_MATCHES,
  );
const accountFrames = (page: Page) =>
  page.$$eval('iframe[title^="Account Lens"]', (els) => els.length).catch(() => Number.NaN);

/** `check` holds at every look, every 100 ms, for `ms`: for what must not happen (a frame that must not appear). */
async function holdsFor(check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    expect(await check()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('host access in Firefox', () => {
  it('with access (as the install gave it), a Gmail thread shows the account', async () => {
    expect(await hasAccess(options)).toBe(true);
    const p = await openSite(h, 'mail.google.com', THREAD.html, THREAD.url);
    await expect.poll(() => frameText(h, p, '/sidebar.html', byTestId('account-name')), WAIT).toBe('Northwind Traders');
    expect(await text(options, byTestId('host-access'))).toBeNull();
    await p.close();
  });

  it('without access, a Gmail thread shows nothing of Account Lens and the options page says so; "Allow access" gives it, and the page shows the account once reloaded', async () => {
    await options.evaluate(
      (origins) => (globalThis as unknown as { browser: typeof chrome }).browser.permissions.remove({ origins }),
      CONTENT_MATCHES,
    );
    await expect.poll(() => hasAccess(options), WAIT).toBe(false);

    // The page before access: no frame, nothing added to it. (Looked at for 3 s after it loaded: with access, the
    // sidebar appears well within that, as the first test and the end of this one show.)
    const p = await openSite(h, 'mail.google.com', THREAD.html, THREAD.url);
    await p.waitForFunction(() => document.readyState === 'complete', WAIT);
    await holdsFor(async () => (await accountFrames(p)) === 0, 3_000);
    expect(await p.evaluate(() => document.querySelectorAll('iframe').length)).toBe(0);
    await screenshot(p, 'gmail-without-access');

    // The options page, opened now, says access is missing and offers to ask again.
    const settings = await openExtensionPage(h, options, 'options.html');
    await expect.poll(() => text(settings, byTestId('host-access')), WAIT).toContain('cannot see your mail');
    await screenshot(settings, 'options-without-access');
    await click(settings, `${byTestId('host-access')} button`);
    await expect.poll(() => text(settings, byTestId('host-access')), WAIT).toBeNull();
    expect(await hasAccess(settings)).toBe(true);

    await p.reload();
    await expect.poll(() => frameText(h, p, '/sidebar.html', byTestId('account-name')), WAIT).toBe('Northwind Traders');
    await settings.close();
    await p.close();
  });
});
