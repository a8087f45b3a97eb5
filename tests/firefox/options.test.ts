import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  byTestId,
  click,
  openExtensionPage,
  optionsWithDemo,
  requestFrom,
  screenshot,
  startFirefox,
  text,
  texts,
  type FirefoxHarness,
} from './harness';

/** The options page's import checks of tests/e2e/data.test.ts, in Firefox. */
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

const accountNames = (page: Page) => texts(page, `${byTestId('account-row')} strong`);

describe('the options page in Firefox', () => {
  it('loads the demo book: twelve accounts listed', async () => {
    const all = await requestFrom(options, 'listAccounts', null);
    expect(all.value).toHaveLength(12);
    expect(await accountNames(options)).toContain('Northwind Traders');
    await screenshot(options, 'options-demo');
  });

  it('imports a HubSpot company CSV and contact CSV together, after a preview, and lists the accounts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'account-lens-csv-'));
    const companies = join(dir, 'hubspot-companies.csv');
    const contacts = join(dir, 'hubspot-contacts.csv');
    writeFileSync(
      companies,
      'Record ID,Company name,Company Domain Name,Industry\r\n9001,Quokka Holdings,quokka.example,Logistics\r\n9002,"Bright Stone, Inc.",brightstone.io,Retail\r\n',
    );
    writeFileSync(
      contacts,
      'Record ID,First Name,Last Name,Email,Job Title,Associated Company,Associated Company IDs\r\n1,Kim,Quokka,kim@quokka.example,CFO,Quokka Holdings,9001\r\n2,Lee,Stone,lee@brightstone.io,Buyer,,\r\n3,Free,Mail,x@gmail.com,,,\r\n',
    );
    const input = (await options.waitForSelector(byTestId('import-file'), WAIT)) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(companies, contacts);
    await expect.poll(() => text(options, byTestId('import-preview')), WAIT).toContain('Accounts: new: 2');
    expect(await text(options, byTestId('import-preview'))).toContain('Contacts: new: 2');
    expect(await text(options, byTestId('import-skipped'))).toContain(
      'hubspot-contacts.csv, line 4: no account for gmail.com',
    );
    await screenshot(options, 'options-csv-preview');
    await click(options, byTestId('import-confirm'));
    await expect
      .poll(() => text(options, byTestId('data-status')), WAIT)
      .toContain('Imported: 2 accounts and 2 contacts');
    await expect
      .poll(() => accountNames(options), WAIT)
      .toEqual(expect.arrayContaining(['Quokka Holdings', 'Bright Stone, Inc.', 'Northwind Traders']));
    // Found where search is: from the popup page, as its search box asks.
    const popup = await openExtensionPage(h, options, 'popup.html', { window: 'popup' });
    const hits = await requestFrom(popup, 'search', { query: 'kim@quokka' });
    expect(hits.value[0]).toMatchObject({ name: 'Kim Quokka', detail: expect.stringContaining('Quokka Holdings') });
    await popup.close();
  });
});
