import { describe, expect, it } from 'vitest';
import { buildDemoPortfolio } from '../../utils/shared/demo/portfolio';
import { readDate, readMoney, readStatus, readTier } from '../../utils/shared/io/csv/cells';
import { formatFromMapping, guessMapping, mappingProblem } from '../../utils/shared/io/csv/mapping';
import { parseCsv } from '../../utils/shared/io/csv/parse';
import { planImport } from '../../utils/shared/io/csv/plan';

const NOW = new Date('2026-11-24T12:00:00Z');
const demo = buildDemoPortfolio(NOW);

// A book kept in a spreadsheet: no CRM's headers, a European amount, a bad date on one row.
const BOOK = `Client;Web site;Segment;ARR;Cur.;Renews;AM\r
Quokka Holdings;https://www.quokka.example/about;Strategic;1.200.000,50;EUR;2027-03-31;Sam Lee\r
Bright Stone;brightstone.io;key;$48,000;;12 May 2027;Sam Lee\r
Northwind Traders;northwind.com;strategic;250000;USD;2027-01-15;You\r
Ghost Co;ghost.example;gold;10;USD;2027-01-01;\r
Late Co;late.example;standard;10;USD;03/04/2027;\r
`;
const PEOPLE = `E-mail address,Full name,Position,Organisation\r
kim@quokka.example,Kim Quokka,CFO,Quokka Holdings\r
ana.ruiz@northwind.com,Ana Ruiz,COO,\r
`;

describe('reading cells a mapping points at', () => {
  it('reads dates only when they cannot be misread', () => {
    expect(readDate('2027-03-31')).toEqual({ value: '2027-03-31' });
    expect(readDate('2027/3/5')).toEqual({ value: '2027-03-05' });
    expect(readDate('12 May 2027')).toEqual({ value: '2027-05-12' });
    expect(readDate('May 12, 2027')).toEqual({ value: '2027-05-12' });
    expect(readDate('2027-02-30')).toHaveProperty('problem');
    expect(readDate('03/04/2027')).toEqual({ problem: expect.stringContaining('YYYY-MM-DD') });
  });
  it('reads amounts in either separator style, with a currency from a column, a code or a symbol', () => {
    expect(readMoney('1.200.000,50', 'eur')).toEqual({ value: { amount: 1_200_000.5, currency: 'EUR' } });
    expect(readMoney('1,200,000.50', 'USD')).toEqual({ value: { amount: 1_200_000.5, currency: 'USD' } });
    expect(readMoney('$48,000', '')).toEqual({ value: { amount: 48_000, currency: 'USD' } });
    expect(readMoney('48000 GBP', '')).toEqual({ value: { amount: 48_000, currency: 'GBP' } });
    expect(readMoney('2,5', 'EUR')).toEqual({ value: { amount: 2.5, currency: 'EUR' } });
    expect(readMoney('48000', '')).toEqual({ problem: expect.stringContaining('no currency') });
    expect(readMoney('lots', 'USD')).toEqual({ problem: expect.stringContaining('not an amount') });
  });
  it('reads tiers and statuses without case, refusing others', () => {
    expect(readTier('Strategic')).toEqual({ value: 'strategic' });
    expect(readStatus('At Risk')).toEqual({ value: 'at-risk' });
    expect(readTier('gold')).toEqual({ problem: expect.stringContaining('strategic, key, standard') });
  });
});

describe('the column-mapping step', () => {
  it('guesses accounts or contacts and their columns from the headers and first rows', () => {
    const book = parseCsv('book.csv', BOOK);
    expect(
      guessMapping(
        book.headers,
        book.rows.map((r) => r.values),
      ),
    ).toEqual({
      kind: 'accounts',
      columns: {
        name: 'Client',
        website: 'Web site',
        tier: 'Segment',
        owner: 'AM',
        annualValue: 'ARR',
        renewalDate: 'Renews',
      },
    });
    const people = parseCsv('people.csv', PEOPLE);
    expect(
      guessMapping(
        people.headers,
        people.rows.map((r) => r.values),
      ),
    ).toEqual({
      kind: 'contacts',
      columns: { email: 'E-mail address', name: 'Full name', title: 'Position', company: 'Organisation' },
    });
  });
  it('finds an email column by its values when its header says nothing', () => {
    const table = parseCsv('x.csv', 'Who,Contact\r\nKim,kim@quokka.example\r\n');
    expect(
      guessMapping(
        table.headers,
        table.rows.map((r) => r.values),
      ).columns.email,
    ).toBe('Contact');
  });
  it('says what is missing before planning', () => {
    expect(mappingProblem({ kind: 'contacts', columns: { name: 'Full name' } }, ['Full name'])).toContain('email');
    expect(mappingProblem({ kind: 'accounts', columns: { name: 'Nope' } }, ['Client'])).toContain('no column "Nope"');
    expect(mappingProblem({ kind: 'accounts', columns: { name: 'Client' } }, ['Client'])).toBeNull();
    expect(formatFromMapping({ kind: 'accounts', columns: { name: 'Client', tier: undefined } }).columns).toEqual({
      name: ['Client'],
    });
  });
  it('imports a spreadsheet through a mapping: values, tiers and renewals read, merged by domain, bad rows skipped with their reason', () => {
    const book = parseCsv('book.csv', BOOK);
    const people = parseCsv('people.csv', PEOPLE);
    const accounts = {
      ...guessMapping(book.headers, []),
      columns: { ...guessMapping(book.headers, []).columns, currency: 'Cur.' },
    };
    const contacts = guessMapping(
      people.headers,
      people.rows.map((r) => r.values),
    );
    const plan = planImport([book, people], { accounts: demo.accounts, contacts: demo.contacts }, NOW, {
      'book.csv': accounts,
      'people.csv': contacts,
    });

    expect(plan.formats).toEqual([
      { file: 'book.csv', format: 'your column mapping, accounts' },
      { file: 'people.csv', format: 'your column mapping, contacts' },
    ]);
    const quokka = plan.records.accounts.find((a) => a.name === 'Quokka Holdings')!;
    expect(quokka).toMatchObject({
      domains: ['quokka.example'],
      tier: 'strategic',
      annualValue: { amount: 1_200_000.5, currency: 'EUR' },
      renewalDate: '2027-03-31',
      owner: 'Sam Lee',
    });
    expect(plan.records.accounts.find((a) => a.name === 'Bright Stone')).toMatchObject({
      tier: 'key',
      annualValue: { amount: 48_000, currency: 'USD' },
      renewalDate: '2027-05-12',
    });
    const northwind = plan.records.accounts.find((a) => a.name === 'Northwind Traders')!;
    expect(northwind.id).toBe(demo.accounts.find((a) => a.name === 'Northwind Traders')!.id);
    expect(northwind.annualValue).toEqual({ amount: 250_000, currency: 'USD' });
    expect(plan.counts.accounts).toEqual({ new: 2, updated: 1, unchanged: 0 });
    expect(plan.skipped).toEqual([
      { file: 'book.csv', line: 5, reason: expect.stringContaining('tier "gold"') },
      { file: 'book.csv', line: 6, reason: expect.stringContaining('YYYY-MM-DD') },
    ]);
    expect(plan.records.contacts.find((c) => c.emails[0] === 'kim@quokka.example')).toMatchObject({
      accountId: quokka.id,
      name: 'Kim Quokka',
      title: 'CFO',
    });
    expect(plan.records.contacts.find((c) => c.emails[0] === 'ana.ruiz@northwind.com')!.accountId).toBe(northwind.id);
  });
});
