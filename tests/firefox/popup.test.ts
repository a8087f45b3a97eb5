import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLocalDate } from '../../utils/shared/dates';
import {
  byTestId,
  click,
  frameText,
  openExtensionPage,
  optionsWithDemo,
  requestFrom,
  screenshot,
  startFirefox,
  text,
  texts,
  type FirefoxHarness,
} from './harness';

/** The popup's checks of tests/e2e/popup.test.ts, in Firefox. */
const THREAD = readFileSync(join(__dirname, '..', 'fixtures', 'gmail', 'synthetic_2026-11_thread.html'), 'utf8');
const WAIT = { timeout: 15_000 };

let h: FirefoxHarness;
let options: Page;
beforeAll(async () => {
  h = await startFirefox({ 'mail.google.com': THREAD });
  options = await optionsWithDemo(h);
});
afterAll(async () => {
  await h?.close();
});

/** A test cannot click the toolbar: the popup page opens in a popup-type window, from the options page. */
async function openPopup(): Promise<Page> {
  const popup = await openExtensionPage(h, options, 'popup.html', { window: 'popup' });
  await popup.waitForSelector('.popup[data-ready]', WAIT);
  return popup;
}

async function northwind() {
  const accounts = await requestFrom(options, 'listAccounts', null);
  const { id } = (accounts.value as Array<{ id: string; name: string }>).find((a) => a.name === 'Northwind Traders')!;
  return (await requestFrom(options, 'getAccount', { id })).value as {
    touchpoints: Array<{ summary: string; kind: string }>;
    tasks: Array<{ title: string }>;
  };
}

const focused = (popup: Page) => popup.evaluate(() => document.activeElement?.getAttribute('data-testid'));

describe('popup in Firefox', () => {
  it('opens on the search box and finds Northwind from "nrthwind"', async () => {
    const popup = await openPopup();
    await expect.poll(() => focused(popup), WAIT).toBe('search');
    await popup.keyboard.type('nrthwind');
    await expect.poll(() => text(popup, byTestId('search-hit')), WAIT).toContain('Northwind Traders');
    await popup.keyboard.press('Enter');
    await expect.poll(() => text(popup, byTestId('chosen-account')), WAIT).toContain('Northwind Traders');
    expect(await focused(popup)).toBe('summary');
    await popup.close();
  });

  it('logs a call with a follow-up due today, which shows in Due; undo removes both', async () => {
    const popup = await openPopup();
    await popup.type(byTestId('search'), 'northwind');
    await popup.waitForSelector(byTestId('search-hit'), WAIT);
    await popup.keyboard.press('Enter');
    await expect.poll(() => text(popup, byTestId('chosen-account')), WAIT).toContain('Northwind Traders');
    await click(popup, byTestId('kind-call'));
    await popup.type(byTestId('summary'), 'Walked Ana through the price-cap options');
    await click(popup, byTestId('follow-up'));
    await popup.waitForSelector(byTestId('follow-up-title'), WAIT);
    await popup.type(byTestId('follow-up-title'), 'Send price-cap wording to Ana');
    // Today, as the browser's real clock has it (Firefox runs on the real clock).
    const today = toLocalDate(new Date());
    await popup.$eval(
      byTestId('follow-up-due'),
      (el, value) => {
        const input = el as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      today,
    );
    await popup.focus(byTestId('summary'));
    await popup.keyboard.down('Control');
    await popup.keyboard.press('Enter');
    await popup.keyboard.up('Control');
    await expect
      .poll(() => text(popup, byTestId('toast')), WAIT)
      .toContain('Logged call for Northwind Traders with a follow-up');
    expect((await northwind()).touchpoints[0]).toMatchObject({
      kind: 'call',
      summary: 'Walked Ana through the price-cap options',
    });
    await expect
      .poll(() => texts(popup, byTestId('due-task')), WAIT)
      .toContainEqual(expect.stringContaining('Send price-cap wording to Ana'));
    await screenshot(popup, 'popup-logged');

    await click(popup, byTestId('undo'));
    await expect
      .poll(async () => (await northwind()).touchpoints[0]!.summary, WAIT)
      .not.toBe('Walked Ana through the price-cap options');
    expect((await northwind()).tasks.map((t) => t.title)).not.toContain('Send price-cap wording to Ana');
    await expect
      .poll(() => texts(popup, byTestId('due-task')), WAIT)
      .not.toContainEqual(expect.stringContaining('Send price-cap wording to Ana'));
    await popup.close();
  });

  it('is prefilled from a mail page in the active tab', async () => {
    const mail = await h.browser.newPage();
    await mail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxkqNvLtmHbRrsPzCdGwTfB');
    await expect
      .poll(() => frameText(h, mail, '/sidebar.html', byTestId('account-name')), WAIT)
      .toBe('Northwind Traders');
    await mail.bringToFront();
    const popup = await openPopup();
    // The popup asks for the active tab of the last-focused normal window. The toolbar's popup is no window, but
    // this one is, and Firefox answers windows.getLastFocused with it whatever windowTypes asks: focus the mail
    // tab's window again, as it is when a user opens the toolbar popup over it, and load the popup again.
    await mail.bringToFront();
    await popup.evaluate(() => location.reload());
    await expect.poll(() => text(popup, byTestId('chosen-account')), WAIT).toContain('Northwind Traders');
    expect(await popup.$eval(byTestId('kind-email'), (el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await popup.$eval(byTestId('summary'), (el) => (el as HTMLInputElement).value)).toBe(
      'Renewal terms for 2027',
    );
    await screenshot(popup, 'popup-prefilled');
    await popup.close();
    await mail.close();
  });
});
