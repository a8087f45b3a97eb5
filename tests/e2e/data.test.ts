import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage, requestFrom, screenshot, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await (await OptionsPage.open(h)).loadDemo();
});
afterAll(async () => {
  await h?.close();
});

describe('managing accounts on the options page', () => {
  it('edits an account, deletes it, and undoes the delete', async () => {
    const options = await OptionsPage.open(h);
    await options.page.getByTestId('account-row').first().waitFor();
    const row = options.page.getByTestId('account-row').filter({ hasText: 'Tailspin Air' });
    await row.getByTestId('edit-account').click();
    await row.getByTestId('edit-name').fill('Tailspin Airways');
    await row.getByTestId('edit-status').selectOption('at-risk');
    await row.getByTestId('edit-save').click();
    await expect.poll(() => options.accountNames()).toContain('Tailspin Airways');
    expect(
      await options.page.getByTestId('account-row').filter({ hasText: 'Tailspin Airways' }).textContent(),
    ).toContain('at-risk');

    const count = (await options.accountNames()).length;
    await options.page
      .getByTestId('account-row')
      .filter({ hasText: 'Tailspin Airways' })
      .getByTestId('delete-account')
      .click();
    await expect.poll(() => options.accountNames()).toHaveLength(count - 1);
    await options.page.getByTestId('notice-undo').click();
    await expect.poll(() => options.accountNames()).toContain('Tailspin Airways');
    expect((await options.accountNames()).length).toBe(count);

    // Deleted again, it waits in the trash; "delete permanently" erases it, after a confirmation.
    await options.page
      .getByTestId('account-row')
      .filter({ hasText: 'Tailspin Airways' })
      .getByTestId('delete-account')
      .click();
    await expect
      .poll(() => options.page.getByTestId('trash-item').allTextContents())
      .toContainEqual(expect.stringContaining('Tailspin Airways'));
    options.page.once('dialog', (dialog) => void dialog.accept());
    await options.page.getByTestId('trash-item').filter({ hasText: 'Tailspin Airways' }).getByTestId('erase').click();
    await expect.poll(() => options.page.getByTestId('trash-item').count()).toBe(0);
    const all = (await requestFrom(options.page, 'exportRecords', { store: 'accounts', limit: 100 })) as {
      value: { records: Array<{ name: string }> };
    };
    expect(all.value.records.map((a) => a.name)).not.toContain('Tailspin Airways');
  });
});

describe('creating and finding accounts', () => {
  it('creates an account from the form, then finds it by search and status filter', async () => {
    const options = await OptionsPage.open(h);
    await options.page.getByTestId('account-row').first().waitFor();
    await options.page.getByTestId('new-account').click();
    const form = options.page.getByTestId('account-editor');
    await form.getByTestId('edit-name').fill('Kestrel Optics');
    await form.getByTestId('edit-domains').fill('kestrel-optics.com');
    await form.getByTestId('edit-status').selectOption('prospect');
    await form.getByTestId('edit-save').click();
    await expect.poll(() => options.accountNames()).toContain('Kestrel Optics');
    await options.page.getByTestId('account-search').fill('kestrel');
    await expect.poll(() => options.accountNames()).toEqual(['Kestrel Optics']);
    await options.page.getByTestId('account-search').fill('');
    await options.page.getByTestId('status-filter').selectOption('prospect');
    await expect.poll(() => options.accountNames()).toEqual(['Alpine Ski House', 'Kestrel Optics']);
    await screenshot(options.page, 'options-filtered');

    // Kestrel turns out to be a duplicate of Alpine Ski House: merge it, then undo.
    const kestrel = options.page.getByTestId('account-row').filter({ hasText: 'Kestrel Optics' });
    await kestrel.getByTestId('merge-account').click();
    const alpine = (await requestFrom(options.page, 'listAccounts', null)) as {
      value: Array<{ id: string; name: string }>;
    };
    await kestrel.getByTestId('merge-target').selectOption(alpine.value.find((a) => a.name === 'Alpine Ski House')!.id);
    await kestrel.getByTestId('merge-confirm').click();
    await expect.poll(() => options.accountNames()).toEqual(['Alpine Ski House']);
    expect(await options.page.getByTestId('account-row').textContent()).toContain('kestrel-optics.com');
    await options.page.getByTestId('notice-undo').click();
    await expect.poll(() => options.accountNames()).toEqual(['Alpine Ski House', 'Kestrel Optics']);
  });
});

describe('the accounts list by health', () => {
  it('shows each client health and filters by band, matching the portfolio', async () => {
    const options = await OptionsPage.open(h);
    await options.page.getByTestId('account-row').first().waitFor();
    const portfolio = (await requestFrom(options.page, 'getPortfolio', null)) as {
      value: { healthById: Record<string, { band: string }> };
    };
    const accounts = (await requestFrom(options.page, 'listAccounts', null)) as {
      value: Array<{ id: string; name: string }>;
    };
    const atRisk = accounts.value
      .filter((a) => portfolio.value.healthById[a.id]?.band === 'risk')
      .map((a) => a.name)
      .sort();
    expect(atRisk.length).toBeGreaterThan(0);
    await options.page.getByTestId('health-filter').selectOption('risk');
    await expect.poll(() => options.accountNames()).toEqual(atRisk);
    expect(
      await options.page.getByTestId('account-row').first().getByTestId('health').getAttribute('aria-label'),
    ).toContain('at risk');
    await options.page.getByTestId('health-filter').selectOption('all');
  });
});

describe('CSV import on the options page', () => {
  it('imports a HubSpot company CSV and contact CSV together, after a preview, and lists the accounts', async () => {
    const options = await OptionsPage.open(h);
    await options.page.getByTestId('account-row').first().waitFor();
    const companies =
      'Record ID,Company name,Company Domain Name,Industry\r\n9001,Quokka Holdings,quokka.example,Logistics\r\n9002,"Bright Stone, Inc.",brightstone.io,Retail\r\n';
    const contacts =
      'Record ID,First Name,Last Name,Email,Job Title,Associated Company,Associated Company IDs\r\n1,Kim,Quokka,kim@quokka.example,CFO,Quokka Holdings,9001\r\n2,Lee,Stone,lee@brightstone.io,Buyer,,\r\n3,Free,Mail,x@gmail.com,,,\r\n';
    await options.page.getByTestId('import-file').setInputFiles([
      { name: 'hubspot-companies.csv', mimeType: 'text/csv', buffer: Buffer.from(companies) },
      { name: 'hubspot-contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(contacts) },
    ]);
    await expect.poll(() => options.page.getByTestId('import-preview').textContent()).toContain('Accounts: new: 2');
    expect(await options.page.getByTestId('import-preview').textContent()).toContain('Contacts: new: 2');
    expect(await options.page.getByTestId('import-skipped').textContent()).toContain(
      'hubspot-contacts.csv, line 4: no account for gmail.com',
    );
    await screenshot(options.page, 'options-csv-preview');
    await options.page.getByTestId('import-confirm').click();
    await expect
      .poll(() => options.page.getByTestId('data-status').textContent())
      .toContain('Imported: 2 accounts and 2 contacts');
    await expect
      .poll(() => options.accountNames())
      .toEqual(expect.arrayContaining(['Quokka Holdings', 'Bright Stone, Inc.', 'Northwind Traders']));
    // Found where search is: the popup's search box.
    const popup = await h.context.newPage();
    await popup.goto(h.extensionUrl('popup.html'));
    const hits = (await requestFrom(popup, 'search', { query: 'kim@quokka' })) as {
      value: Array<{ name: string; detail: string }>;
    };
    expect(hits.value[0]).toMatchObject({ name: 'Kim Quokka', detail: expect.stringContaining('Quokka Holdings') });
    await popup.close();
  });
});

describe('CSV import of any spreadsheet, through the column-mapping step', () => {
  it('asks which column holds what, previews, and imports values, tiers and renewals', async () => {
    const options = await OptionsPage.open(h);
    await options.page.getByTestId('account-row').first().waitFor();
    const book =
      'Client;Site;Segment;ARR;Renews\r\nPelican Freight;pelican-freight.example;Key;48.000,00 EUR;2027-04-30\r\nOsprey Labs;osprey.example;strategic;$120,000;May 2, 2027\r\n';
    await options.page
      .getByTestId('import-file')
      .setInputFiles([{ name: 'my-book.csv', mimeType: 'text/csv', buffer: Buffer.from(book) }]);
    const mapper = options.page.getByTestId('column-mapper');
    await mapper.waitFor();
    expect(await mapper.getByTestId('mapping-kind').inputValue()).toBe('accounts');
    expect(await mapper.getByTestId('mapping-name').inputValue()).toBe('Client');
    // "Site" is not a header the guess knows: the user points the domain at it.
    expect(await mapper.getByTestId('mapping-domain').inputValue()).toBe('');
    await mapper.getByTestId('mapping-domain').selectOption('Site');
    expect(await mapper.textContent()).toContain('pelican-freight.example · osprey.example');
    await screenshot(options.page, 'options-csv-mapping');
    await mapper.getByTestId('mapping-confirm').click();
    await expect.poll(() => options.page.getByTestId('import-preview').textContent()).toContain('Accounts: new: 2');
    expect(await options.page.getByTestId('import-preview').textContent()).toContain(
      'my-book.csv (your column mapping, accounts)',
    );
    await options.page.getByTestId('import-confirm').click();
    await expect.poll(() => options.page.getByTestId('data-status').textContent()).toContain('Imported: 2 accounts');
    const accounts = (await requestFrom(options.page, 'listAccounts', null)) as {
      value: Array<{ name: string; tier: string; domains: string[]; annualValue?: unknown; renewalDate?: string }>;
    };
    expect(accounts.value.find((a) => a.name === 'Pelican Freight')).toMatchObject({
      tier: 'key',
      domains: ['pelican-freight.example'],
      annualValue: { amount: 48_000, currency: 'EUR' },
      renewalDate: '2027-04-30',
    });
    expect(accounts.value.find((a) => a.name === 'Osprey Labs')).toMatchObject({
      tier: 'strategic',
      annualValue: { amount: 120_000, currency: 'USD' },
      renewalDate: '2027-05-02',
    });
  });
});

describe('backup and restore on the options page', () => {
  it('exports a backup and restores it unchanged after the data changed', async () => {
    const options = await OptionsPage.open(h);
    await options.page.getByTestId('account-row').first().waitFor();
    const names = await options.accountNames();

    const [download] = await Promise.all([
      options.page.waitForEvent('download'),
      options.page.getByTestId('backup').click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'account-lens-backup-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^account-lens-backup-\d{4}-\d{2}-\d{2}\.json$/);

    const accounts = (await requestFrom(options.page, 'listAccounts', null)) as {
      value: Array<{ id: string; name: string }>;
    };
    await requestFrom(options.page, 'deleteRecord', { store: 'accounts', id: accounts.value[0]!.id });
    await options.page.reload();
    await options.page.getByTestId('account-row').first().waitFor();
    expect(await options.accountNames()).toHaveLength(names.length - 1);

    await options.page.getByTestId('import-file').setInputFiles(file);
    await expect
      .poll(() => options.page.getByTestId('import-preview').textContent())
      .toContain(`accounts: ${names.length}`);
    await screenshot(options.page, 'options-restore-preview');
    await options.page.getByTestId('import-confirm').click();
    await expect
      .poll(() => options.page.getByTestId('data-status').textContent())
      .toContain(`Restored: ${names.length} accounts`);
    await expect.poll(() => options.accountNames()).toEqual(names);
  });

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const options = await OptionsPage.open(h);
    await options.page.getByTestId('account-row').first().waitFor();
    const names = await options.accountNames();
    await options.page
      .getByTestId('import-file')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
    await expect
      .poll(() => options.page.getByTestId('data-status').textContent())
      .toContain('not an Account Lens backup');
    expect(await options.page.getByTestId('import-preview').count()).toBe(0);
    expect(await options.accountNames()).toEqual(names);
  });
});
