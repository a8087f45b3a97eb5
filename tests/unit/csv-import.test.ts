import { describe, expect, it } from 'vitest';
import { buildDemoPortfolio } from '../../utils/shared/demo/portfolio';
import { parseCsv } from '../../utils/shared/io/csv/parse';
import { planImport } from '../../utils/shared/io/csv/plan';

const NOW = new Date('2026-11-24T12:00:00Z');
const demo = buildDemoPortfolio(NOW);
const existing = { accounts: demo.accounts, contacts: demo.contacts };
const none = { accounts: [], contacts: [] };

const HUBSPOT_COMPANIES = `\ufeffRecord ID,Company name,Company Domain Name,Industry,Annual Revenue,Company owner\r
9001,Quokka Holdings,quokka.example,Logistics,1200000,Sam Lee\r
9002,"Bright Stone, Inc.",brightstone.io,Retail,,Sam Lee\r
9003,Northwind Traders,northwind.com,Wholesale distribution,,You\r
9004,,nameless.example,,,\r
`;
const HUBSPOT_CONTACTS = `Record ID,First Name,Last Name,Email,Job Title,Associated Company,Associated Company IDs\r
1,Kim,Quokka,kim@quokka.example,CFO,Quokka Holdings,9001\r
2,Lee,Stone,lee@eu.brightstone.io,"Buyer, EMEA",,\r
3,Ana,Ruiz,ANA.RUIZ@northwind.com,COO,Northwind Traders,9003\r
4,No,Mail,,,Quokka Holdings,9001\r
5,Free,Mail,someone@gmail.com,,,\r
6,Bad,Address,not-an-address,,,\r
`;

describe('CSV parsing', () => {
  it('handles a BOM, CRLF, quoted commas and quoted line breaks, with line numbers', () => {
    const table = parseCsv(
      'c.csv',
      'Account ID,Account Name,Website\r\n001,"Acme, Inc.",acme.com\r\n002,"Two\r\nLines",two.com\r\n003,Three,three.com\r\n',
    );
    expect(table.headers).toEqual(['Account ID', 'Account Name', 'Website']);
    expect(table.rows.map((r) => [r.line, r.values['Account Name']])).toEqual([
      [2, 'Acme, Inc.'],
      [3, 'Two\r\nLines'],
      [5, 'Three'],
    ]);
  });

  it('reads a file cut at a line end, or between the two characters of a CRLF, as its complete rows', () => {
    expect(
      parseCsv('c.csv', 'Account ID,Account Name\r\n1,Acme\r\n2,Other\r').rows.map((r) => r.values['Account Name']),
    ).toEqual(['Acme', 'Other']);
    expect(parseCsv('c.csv', 'Account ID,Account Name\r\n1,Acme\r\n').rows).toHaveLength(1);
  });

  it('detects semicolon delimiters', () => {
    expect(parseCsv('s.csv', 'Account ID;Account Name;Website\n1;Acme;acme.com\n').rows[0]!.values).toEqual({
      'Account ID': '1',
      'Account Name': 'Acme',
      Website: 'acme.com',
    });
  });

  it.each([
    ['an empty file', '', /is empty/],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000binary', /not UTF-8 text/],
    ['text in an unknown encoding', 'Account ID,Account Name\n1,M\ufffdnchen \ufffd\ufffd\ufffd\n', /not UTF-8 text/],
    ['an unclosed quote', 'Account ID,Account Name\n1,"Acme\n2,Other\n', /cannot be read/],
    ['no header row', 'just one column\n', /no header row/],
    ['column names and no rows', 'Account ID,Account Name\r\n', /has column names but no rows/],
    [
      'a file cut in the middle of a row',
      'Account ID,Account Name,Website\r\n1,Acme,acme.com\r\n2,Oth',
      /ends in the middle of a row, so it looks cut short/,
    ],
    ['a backup renamed .csv', '{"format":"account-lens-backup","schemaVersion":3}', /holds JSON, not CSV/],
  ])('refuses %s with a clear message', (_, text, message) => {
    expect(() => parseCsv('f.csv', text)).toThrow(message);
  });
});

describe('import plan', () => {
  it('reads HubSpot companies and contacts together: new, merged by domain, linked by company ID, name and domain, skipped with reasons', () => {
    const plan = planImport(
      [parseCsv('companies.csv', HUBSPOT_COMPANIES), parseCsv('contacts.csv', HUBSPOT_CONTACTS)],
      existing,
      NOW,
    );
    expect(plan.formats).toEqual([
      { file: 'companies.csv', format: 'HubSpot companies' },
      { file: 'contacts.csv', format: 'HubSpot contacts' },
    ]);
    // Northwind is already there with the same name, domain, industry and owner: unchanged. Ana's title changed.
    expect(plan.counts).toEqual({
      accounts: { new: 2, updated: 0, unchanged: 1 },
      contacts: { new: 2, updated: 1, unchanged: 0 },
    });
    expect(plan.records.accounts.map((a) => [a.name, a.domains])).toEqual([
      ['Quokka Holdings', ['quokka.example']],
      ['Bright Stone, Inc.', ['brightstone.io']],
    ]);
    const [kim, lee, ana] = plan.records.contacts;
    expect(kim).toMatchObject({
      name: 'Kim Quokka',
      emails: ['kim@quokka.example'],
      title: 'CFO',
      accountId: plan.records.accounts[0]!.id,
    });
    expect(lee).toMatchObject({ name: 'Lee Stone', title: 'Buyer, EMEA', accountId: plan.records.accounts[1]!.id });
    const stored = demo.contacts.find((c) => c.emails[0] === 'ana.ruiz@northwind.com')!;
    expect(ana).toMatchObject({
      id: stored.id,
      createdAt: stored.createdAt,
      title: 'COO',
      accountId: stored.accountId,
      updatedAt: NOW.toISOString(),
    });
    expect(plan.skipped).toEqual([
      { file: 'companies.csv', line: 5, reason: 'no company name' },
      { file: 'contacts.csv', line: 5, reason: 'no email address' },
      {
        file: 'contacts.csv',
        line: 6,
        reason: 'no account for gmail.com: include its company in the import, or add the account first',
      },
      { file: 'contacts.csv', line: 7, reason: 'the email address is not valid' },
    ]);
  });

  it('reads Salesforce accounts and contacts, website to domain, contacts linked by Account ID', () => {
    const accounts =
      'Account ID,Account Name,Website,Industry\n001A,Zephyr Labs,https://www.zephyr-labs.de/en,Biotech\n';
    const contacts =
      'Contact ID,First Name,Last Name,Email,Title,Account ID,Account Name\n003A,Lena,Berg,lena@zephyr-labs.de,CTO,001A,Zephyr Labs\n';
    const plan = planImport([parseCsv('a.csv', accounts), parseCsv('c.csv', contacts)], none, NOW);
    expect(plan.formats.map((f) => f.format)).toEqual(['Salesforce accounts', 'Salesforce contacts']);
    expect(plan.records.accounts[0]).toMatchObject({
      name: 'Zephyr Labs',
      domains: ['zephyr-labs.de'],
      industry: 'Biotech',
    });
    expect(plan.records.contacts[0]).toMatchObject({
      name: 'Lena Berg',
      accountId: plan.records.accounts[0]!.id,
      title: 'CTO',
    });
  });

  it('merges duplicate rows and counts unchanged records, never creating a second one', () => {
    const twice = 'Record ID,Company name,Company Domain Name\n1,Quokka,quokka.example\n2,Quokka,www.quokka.example\n';
    const plan = planImport([parseCsv('dup.csv', twice)], none, NOW);
    expect(plan.records.accounts).toHaveLength(1);
    const again = planImport([parseCsv('dup.csv', twice)], { accounts: plan.records.accounts, contacts: [] }, NOW);
    expect(again.counts.accounts).toEqual({ new: 0, updated: 0, unchanged: 1 });
    expect(again.records.accounts).toEqual([]);
  });

  it('refuses a CSV it does not recognise, naming its columns', () => {
    expect(() => planImport([parseCsv('x.csv', 'Foo,Bar\n1,2\n')], none, NOW)).toThrow(
      /x.csv is not a HubSpot or Salesforce export .*Foo, Bar/,
    );
  });

  it('plans 20,000 contact rows', () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `${i},First${i},Last,p${i}@northwind.com,,Northwind Traders,`,
    ).join('\n');
    const plan = planImport(
      [
        parseCsv(
          'big.csv',
          `Record ID,First Name,Last Name,Email,Job Title,Associated Company,Associated Company IDs\n${rows}\n`,
        ),
      ],
      existing,
      NOW,
    );
    expect(plan.counts.contacts.new).toBe(20_000);
    expect(plan.skipped).toEqual([]);
  });
});
