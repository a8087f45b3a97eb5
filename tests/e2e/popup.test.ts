import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLocalDate } from '../../utils/shared/dates';
import { TEST_NOW } from './clock';
import { OptionsPage, requestFrom, screenshot, startHarness, type Harness } from './harness';

const THREAD = readFileSync(join(__dirname, '..', 'fixtures', 'gmail', 'synthetic_2026-11_thread.html'), 'utf8');

let h: Harness;
let options: OptionsPage;
beforeAll(async () => {
  h = await startHarness({ 'mail.google.com': THREAD });
  options = await OptionsPage.open(h);
  await options.loadDemo();
});
afterAll(async () => {
  await h?.close();
});

/** A test cannot click the toolbar: the popup page opens in its own popup-type window, as the browser would show it. */
async function openPopup(): Promise<Page> {
  const opened = h.context.waitForEvent('page', { timeout: 10_000 });
  await h.worker.evaluate(
    (url) => chrome.windows.create({ url, type: 'popup', width: 420, height: 640 }),
    h.extensionUrl('popup.html'),
  );
  const popup = await opened;
  await popup.waitForLoadState();
  await popup.locator('.popup[data-ready]').waitFor({ timeout: 10_000 });
  return popup;
}

async function northwind() {
  const accounts = (await requestFrom(options.page, 'listAccounts', null)) as {
    value: Array<{ id: string; name: string }>;
  };
  const { id } = accounts.value.find((a) => a.name === 'Northwind Traders')!;
  return (
    (await requestFrom(options.page, 'getAccount', { id })) as {
      value: { touchpoints: Array<{ summary: string; kind: string }>; tasks: Array<{ title: string }> };
    }
  ).value;
}

describe('popup', () => {
  it('opens on the search box and finds Northwind from "nrthwind"', async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search');
    await popup.keyboard.type('nrthwind');
    await expect.poll(() => popup.getByTestId('search-hit').first().textContent()).toContain('Northwind Traders');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('chosen-account').textContent()).toContain('Northwind Traders');
    // The summary is next: the account was found with the keyboard only.
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('summary');
    await popup.close();
  });

  it('logs a call with a follow-up, which shows in the timeline and in Due; undo removes both', async () => {
    const popup = await openPopup();
    await popup.getByTestId('search').fill('northwind');
    await popup.getByTestId('search-hit').first().waitFor();
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('Alt+c');
    expect(await popup.getByTestId('kind-call').isChecked()).toBe(true);
    await popup.getByTestId('summary').fill('Walked Ana through the price-cap options');
    await popup.getByTestId('follow-up').check();
    await popup.getByTestId('follow-up-title').fill('Send price-cap wording to Ana');
    await popup.getByTestId('follow-up-due').fill(toLocalDate(TEST_NOW));
    await popup.getByTestId('summary').focus();
    await popup.keyboard.press('Control+Enter');
    await expect
      .poll(() => popup.getByTestId('toast').textContent())
      .toContain('Logged call for Northwind Traders with a follow-up');
    expect((await northwind()).touchpoints[0]).toMatchObject({
      kind: 'call',
      summary: 'Walked Ana through the price-cap options',
    });
    await expect
      .poll(() => popup.getByTestId('due-task').allTextContents())
      .toContainEqual(expect.stringContaining('Send price-cap wording to Ana'));
    await screenshot(popup, 'popup-logged');

    await popup.getByTestId('undo').click();
    await expect
      .poll(async () => (await northwind()).touchpoints[0]!.summary)
      .not.toBe('Walked Ana through the price-cap options');
    expect((await northwind()).tasks.map((t) => t.title)).not.toContain('Send price-cap wording to Ana');
    await expect
      .poll(() => popup.getByTestId('due-task').allTextContents())
      .not.toContainEqual(expect.stringContaining('Send price-cap wording to Ana'));
    await popup.close();
  });

  it('says what is missing next to the field, and saves nothing', async () => {
    const popup = await openPopup();
    await popup.keyboard.press('Alt+n');
    await popup.keyboard.press('Control+Enter');
    await expect.poll(() => popup.getByTestId('account-error').textContent()).toBe('Choose the account this is about.');
    expect(await popup.locator('.field-error').allTextContents()).toContain('A note needs some text.');
    expect(await popup.getByTestId('toast').count()).toBe(0);
    await popup.close();
  });

  it('is prefilled from a mail page in the active tab', async () => {
    const mail = await h.context.newPage();
    await mail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxkqNvLtmHbRrsPzCdGwTfB');
    await mail
      .frameLocator('iframe[title="Account Lens"]')
      .getByTestId('account-name')
      .first()
      .waitFor({ timeout: 10_000 });
    await mail.bringToFront();
    const popup = await openPopup();
    await expect.poll(() => popup.getByTestId('chosen-account').textContent()).toContain('Northwind Traders');
    expect(await popup.getByTestId('kind-email').isChecked()).toBe(true);
    expect(await popup.getByTestId('summary').inputValue()).toBe('Renewal terms for 2027');
    await screenshot(popup, 'popup-prefilled');
    await popup.close();
    await mail.close();
  });
});
