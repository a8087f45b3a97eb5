import { beforeEach, describe, expect, it } from 'vitest';
import { dbDirectory, loadDirectoryIndex } from '../../utils/background/db/lookup';
import type { LensDB } from '../../utils/background/db/schema';
import { saveRecord } from '../../utils/background/db/writes';
import { isFreeMailDomain, registrableDomain } from '../../utils/shared/match/domains';
import { normalizeDomain, normalizeEmail, personNameKey, stripPlusTag } from '../../utils/shared/match/normalize';
import { resolvePeople, type SelfIdentity } from '../../utils/shared/match/resolve';
import type { Account, PagePerson } from '../../utils/shared/model';
import { contactDraft, openTestDb, seedAccount, tickingClock } from './helpers';

describe('normalizeEmail', () => {
  it.each([
    ['Ana.Ruiz@Northwind.COM', 'ana.ruiz@northwind.com'],
    ['  ana@northwind.com  ', 'ana@northwind.com'],
    ['"Ruiz, Ana" <ana@northwind.com>', 'ana@northwind.com'],
    ['Ana Ruiz <ANA@NORTHWIND.COM>', 'ana@northwind.com'],
    ['<ana@northwind.com>', 'ana@northwind.com'],
    ['mailto:ana@northwind.com', 'ana@northwind.com'],
    ['ana+deals@northwind.com', 'ana+deals@northwind.com'],
    ['jörg@bücher.example', 'jörg@xn--bcher-kva.example'],
    ['ana@münchen.de', 'ana@xn--mnchen-3ya.de'],
    ['ana@northwind.com.', 'ana@northwind.com'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeEmail(raw)).toBe(expected);
  });

  it.each([
    '',
    'ana',
    'ana@',
    '@northwind.com',
    'ana@localhost',
    'ana@@x.com',
    'a b@x.com',
    '<script>@x.com',
    'ana@1.2.3.4',
    'ana@x..com',
  ])('rejects %j', (raw) => {
    expect(normalizeEmail(raw)).toBeNull();
  });

  it('composes decomposed Unicode (NFC) so the same name matches', () => {
    expect(normalizeEmail('jo\u0308rg@example.com')).toBe(normalizeEmail('jörg@example.com'));
  });

  it('strips a +tag only when asked', () => {
    expect(stripPlusTag('ana+deals@northwind.com')).toBe('ana@northwind.com');
    expect(stripPlusTag('ana@northwind.com')).toBe('ana@northwind.com');
  });
});

describe('personNameKey: names as directories and mail clients write them', () => {
  it.each([
    'Lena Fischer',
    'lena fischer',
    'LENA FISCHER',
    '  Lena   Fischer ',
    'Fischer, Lena',
    'Fischer,Lena',
    'Dr. Lena M. Fischer',
    'Fischer, Lena M.',
    'Prof. Dr. Fischer, Léna',
    'Léna Fischer',
    'Le\u0301na Fischer',
    'Lena Fischer, PhD',
    'Fischer, Lena (External)',
    'Ms Lena Fischer',
  ])('%j → "lena fischer"', (raw) => {
    expect(personNameKey(raw)).toBe('lena fischer');
  });

  it.each([
    ['Jörg Weiß', 'jorg weiss'],
    ['O’Brien, Seán', 'sean obrien'],
    ['Anna-Lena Fischer-Bauer', 'anna-lena fischer-bauer'],
    // An initial is kept as a first or last name: "J. Smith" is not "John Smith".
    ['J. Smith', 'j smith'],
    ['Dr.', ''],
    ['(External)', ''],
  ])('%j → %j', (raw, key) => {
    expect(personNameKey(raw)).toBe(key);
  });

  it('keeps different people apart', () => {
    expect(personNameKey('Lena Fischer')).not.toBe(personNameKey('Lena Fischerova'));
    expect(personNameKey('Lena Fischer')).not.toBe(personNameKey('Lea Fischer'));
  });
});

describe('domains', () => {
  it('normalizes IDN and case', () => {
    expect(normalizeDomain('Bücher.Example')).toBe('xn--bcher-kva.example');
    expect(normalizeDomain('https://x.com')).toBeNull();
  });
  it.each([
    ['eu.northwind.com', 'northwind.com'],
    ['mail.eu.northwind.com', 'northwind.com'],
    ['shop.acme.co.uk', 'acme.co.uk'],
    ['northwind.com', 'northwind.com'],
  ])('registrable domain of %s is %s', (domain, expected) => {
    expect(registrableDomain(domain)).toBe(expected);
  });
  it.each([
    'gmail.com',
    'googlemail.com',
    'outlook.com',
    'hotmail.co.uk',
    'yahoo.com',
    'proton.me',
    'icloud.com',
    'gmx.de',
  ])('%s is free mail', (d) => {
    expect(isFreeMailDomain(d)).toBe(true);
  });
  it('a company domain is not free mail', () => {
    expect(isFreeMailDomain('northwind.com')).toBe(false);
  });
});

// The background reads accounts from an index it keeps until the data changes; both ways must resolve alike.
describe.each([
  ['straight from IndexedDB', false],
  ['from the kept directory of accounts and contacts', true],
])('resolvePeople, accounts %s', (_, indexed) => {
  const clock = tickingClock();
  let db: LensDB;
  let northwind: Account;
  let contoso: Account;
  const noSelf: SelfIdentity = { addresses: new Set(), domains: new Set() };

  beforeEach(async () => {
    db = await openTestDb();
    northwind = await seedAccount(db, clock);
    contoso = await seedAccount(db, clock, { name: 'Contoso', domains: ['contoso-pharma.com', 'xn--mnchen-3ya.de'] });
    await saveRecord(db, 'contacts', contactDraft(northwind.id), clock);
    await saveRecord(
      db,
      'contacts',
      contactDraft(contoso.id, {
        name: 'Lena Hoffmann',
        emails: ['l.hoffmann@contoso-pharma.com'],
        role: 'decision-maker',
      }),
      clock,
    );
    await saveRecord(
      db,
      'contacts',
      contactDraft(contoso.id, { name: 'Marcus Osei', emails: ['marcus+ops@contoso-pharma.com'], role: 'user' }),
      clock,
    );
  });

  const resolve = async (people: PagePerson[], self = noSelf) => resolvePeople(people, self, await directory());
  const directory = async () => dbDirectory(db, indexed ? await loadDirectoryIndex(db) : undefined);

  it('matches an exact address whatever its casing or display name', async () => {
    const result = await resolve([{ email: '"Ruiz, Ana" <Ana.Ruiz@NorthWind.com>', name: 'Ana', role: 'from' }]);
    expect(result.accounts).toHaveLength(1);
    expect(result.accounts[0]!.account.name).toBe('Northwind Traders');
    expect(result.accounts[0]!.people[0]).toMatchObject({
      email: 'ana.ruiz@northwind.com',
      reason: 'email',
      contact: { name: 'Ana Ruiz' },
    });
    expect(result.accounts[0]!.reasons).toEqual(['email']);
  });

  it('tries a +tag exactly first, then without the tag', async () => {
    const tagged = await resolve([{ email: 'ana.ruiz+renewal@northwind.com', role: 'to' }]);
    expect(tagged.accounts[0]!.people[0]).toMatchObject({ reason: 'email', contact: { name: 'Ana Ruiz' } });
    const exact = await resolve([{ email: 'marcus+ops@contoso-pharma.com', role: 'to' }]);
    expect(exact.accounts[0]!.people[0]).toMatchObject({ reason: 'email', contact: { name: 'Marcus Osei' } });
  });

  it('ties a subdomain address to the account of its registrable domain', async () => {
    const result = await resolve([{ email: 'ops@eu.northwind.com', name: 'EU Ops', role: 'cc' }]);
    expect(result.accounts[0]!.account.id).toBe(northwind.id);
    expect(result.accounts[0]!.people[0]).toMatchObject({
      email: 'ops@eu.northwind.com',
      reason: 'domain',
      contact: undefined,
    });
  });

  it('offers an unknown person at a known domain as a suggestion to add', async () => {
    const result = await resolve([{ email: 'new.person@northwind.com', name: 'New Person', role: 'to' }]);
    const person = result.accounts[0]!.people[0]!;
    expect(person.contact).toBeUndefined();
    expect(person).toMatchObject({ reason: 'domain', name: 'New Person' });
  });

  it('matches IDN domains written in Unicode', async () => {
    const result = await resolve([{ email: 'info@München.de', role: 'from' }]);
    expect(result.accounts[0]!.account.id).toBe(contoso.id);
  });

  it('never matches an account through a free-mail domain', async () => {
    await seedAccount(db, clock, { name: 'Mistaken', domains: ['gmail.com'] });
    const result = await resolve([{ email: 'someone@gmail.com', role: 'from' }]);
    expect(result.accounts).toEqual([]);
    expect(result.unknownDomains).toEqual([]);
  });

  it('still matches a known contact who writes from free mail, by exact address', async () => {
    await saveRecord(
      db,
      'contacts',
      contactDraft(northwind.id, { name: 'Tom Becker', emails: ['tom.becker@gmail.com'] }),
      clock,
    );
    const result = await resolve([{ email: 'Tom.Becker@gmail.com', role: 'from' }]);
    expect(result.accounts[0]!.people[0]).toMatchObject({ reason: 'email', contact: { name: 'Tom Becker' } });
  });

  it('never shows the user or colleagues as clients', async () => {
    const self: SelfIdentity = { addresses: new Set(['me@mycompany.com']), domains: new Set(['mycompany.com']) };
    const result = await resolve(
      [
        { email: 'Me+notes@MyCompany.com', name: 'me', role: 'from' },
        { email: 'colleague@eu.mycompany.com', role: 'cc' },
        { email: 'ana.ruiz@northwind.com', role: 'to' },
      ],
      self,
    );
    expect(result.self.sort()).toEqual(['colleague@eu.mycompany.com', 'me+notes@mycompany.com']);
    expect(result.accounts.flatMap((a) => a.people.map((p) => p.email))).toEqual(['ana.ruiz@northwind.com']);
  });

  it('orders two accounts on one page by centrality: the sender first', async () => {
    const result = await resolve([
      { email: 'ana.ruiz@northwind.com', role: 'cc' },
      { email: 'l.hoffmann@contoso-pharma.com', role: 'from' },
      { email: 'ana.ruiz@northwind.com', role: 'body' },
    ]);
    expect(result.accounts.map((a) => a.account.name)).toEqual(['Contoso', 'Northwind Traders']);
    // Ana appears once, in her most central role.
    expect(result.accounts[1]!.people).toHaveLength(1);
    expect(result.accounts[1]!.people[0]!.role).toBe('cc');
  });

  it('puts an account seen only in a message body after the header accounts', async () => {
    const result = await resolve([
      { email: 'ana.ruiz@northwind.com', role: 'body' },
      { email: 'l.hoffmann@contoso-pharma.com', role: 'bcc' },
    ]);
    expect(result.accounts.map((a) => a.account.name)).toEqual(['Contoso', 'Northwind Traders']);
  });

  it('matches a name-only person when exactly one contact has that name', async () => {
    const result = await resolve([
      { name: 'Lena Hoffmann', role: 'to' },
      { name: 'Nobody Known', role: 'to' },
    ]);
    expect(result.accounts).toHaveLength(1);
    expect(result.accounts[0]!.people[0]).toMatchObject({ reason: 'name', contact: { name: 'Lena Hoffmann' } });
  });

  describe('people shown by name only', () => {
    const lena = (accountId: string, overrides = {}) =>
      saveRecord(
        db,
        'contacts',
        contactDraft(accountId, { name: 'Lena Fischer', emails: [], role: 'champion', ...overrides }),
        clock,
      );

    it.each(['Fischer, Lena', 'Dr. Lena M. Fischer', 'lena fischer', 'Léna Fischer', 'FISCHER, LENA (External)'])(
      'matches %j to the contact Lena Fischer',
      async (shown) => {
        const { record } = await lena(northwind.id);
        const result = await resolve([{ name: shown, role: 'to' }]);
        expect(result.accounts.map((a) => a.account.id)).toEqual([northwind.id]);
        const [person] = result.accounts[0]!.people;
        expect(person).toMatchObject({ name: shown, reason: 'name', contact: { id: record.id } });
        expect(person!.ambiguous).toBeUndefined();
      },
    );

    it('matches a contact whose own name is written the directory way', async () => {
      await lena(northwind.id, { name: 'Fischer, Léna M.' });
      const result = await resolve([{ name: 'Lena Fischer', role: 'from' }]);
      expect(result.accounts[0]!.people[0]).toMatchObject({ reason: 'name', contact: { name: 'Fischer, Léna M.' } });
    });

    it('offers every contact with that name as a candidate, in its account, and picks none', async () => {
      const first = (await lena(northwind.id)).record;
      const second = (await lena(contoso.id, { name: 'Léna Fischer' })).record;
      const result = await resolve([
        { name: 'Fischer, Lena', role: 'to' },
        { email: 'l.hoffmann@contoso-pharma.com', role: 'from' },
      ]);
      // Ordered by centrality as always: Contoso has the sender.
      expect(result.accounts.map((a) => a.account.id)).toEqual([contoso.id, northwind.id]);
      expect(result.accounts[0]!.people).toEqual([
        expect.objectContaining({ email: 'l.hoffmann@contoso-pharma.com', reason: 'email' }),
        expect.objectContaining({ name: 'Fischer, Lena', role: 'to', reason: 'name', ambiguous: 2, contact: second }),
      ]);
      expect(result.accounts[1]!.people).toEqual([
        expect.objectContaining({ name: 'Fischer, Lena', reason: 'name', ambiguous: 2, contact: first }),
      ]);
      expect(result.accounts[1]!.reasons).toEqual(['name']);
      expect(result.accounts[0]!.people[0]!.ambiguous).toBeUndefined();
    });

    it('takes someone shown by name and, elsewhere on the page, with their address as one person', async () => {
      await lena(northwind.id, { name: 'Ana Ruiz' });
      const result = await resolve([
        { name: 'Ruiz, Ana', role: 'from' },
        { email: 'ana.ruiz@northwind.com', name: 'Ana Ruiz', role: 'to' },
      ]);
      expect(result.accounts[0]!.people).toEqual([
        expect.objectContaining({ email: 'ana.ruiz@northwind.com', role: 'from', reason: 'email' }),
      ]);
      // Unless two people with an address have that name: then the name alone says nothing about which.
      const two = await resolve([
        { name: 'Ana Ruiz', role: 'cc' },
        { email: 'ana.ruiz@northwind.com', name: 'Ana Ruiz', role: 'to' },
        { email: 'ana.ruiz@contoso-pharma.com', name: 'Ana Ruiz', role: 'to' },
      ]);
      expect(two.accounts.flatMap((a) => a.people.map((p) => p.reason)).sort()).toEqual([
        'domain',
        'email',
        'name',
        'name',
      ]);
    });

    it('never matches someone by name when the page shows their address', async () => {
      await lena(northwind.id);
      const result = await resolve([{ email: 'lena@elsewhere.example', name: 'Lena Fischer', role: 'from' }]);
      expect(result.accounts).toEqual([]);
    });

    it('honours "not this account" by name; a name left with one candidate is no longer in doubt', async () => {
      await lena(northwind.id);
      const other = (await lena(contoso.id)).record;
      const { exclusionKey } = await import('../../utils/shared/match/resolve');
      const exclusions = new Set([exclusionKey({ name: 'Lena Fischer' }, northwind.id)]);
      const result = await resolvePeople(
        [{ name: 'Fischer, Léna', role: 'to' }],
        noSelf,
        await directory(),
        exclusions,
      );
      expect(result.accounts.map((a) => a.account.id)).toEqual([contoso.id]);
      expect(result.accounts[0]!.people).toEqual([expect.objectContaining({ reason: 'name', contact: other })]);
      expect(result.accounts[0]!.people[0]!.ambiguous).toBeUndefined();
      // The same name at the same account shown with an address is matched by that address, as before.
      const byAddress = await resolvePeople(
        [{ email: 'ana.ruiz@northwind.com', name: 'Lena Fischer', role: 'to' }],
        noSelf,
        await directory(),
        exclusions,
      );
      expect(byAddress.accounts.map((a) => a.account.id)).toEqual([northwind.id]);
    });
  });

  it('lists business domains with no account, for "create account"', async () => {
    const result = await resolve([
      { email: 'a@newclient.io', name: 'A', role: 'from' },
      { email: 'b@eu.newclient.io', role: 'to' },
      { email: 'x@gmail.com', role: 'to' },
    ]);
    expect(result.unknownDomains).toEqual([
      {
        domain: 'newclient.io',
        people: [
          { email: 'a@newclient.io', name: 'A', role: 'from' },
          { email: 'b@eu.newclient.io', name: undefined, role: 'to' },
        ],
      },
    ]);
  });

  it('ignores what is not an address, and treats markup in names as plain text', async () => {
    const result = await resolve([
      { email: '<img src=x onerror=alert(1)>', name: 'x', role: 'from' },
      { email: 'ana.ruiz@northwind.com', name: '<b>Ana</b>', role: 'to' },
    ]);
    expect(result.accounts[0]!.people).toEqual([
      expect.objectContaining({ name: '<b>Ana</b>', email: 'ana.ruiz@northwind.com' }),
    ]);
  });

  it('honours "not this account" for that address only', async () => {
    const { exclusionKey } = await import('../../utils/shared/match/resolve');
    const exclusions = new Set([exclusionKey({ email: 'ops@eu.northwind.com' }, northwind.id)]);
    const result = await resolvePeople(
      [
        { email: 'ops@eu.northwind.com', role: 'from' },
        { email: 'ana.ruiz@northwind.com', role: 'to' },
      ],
      noSelf,
      await directory(),
      exclusions,
    );
    expect(result.accounts[0]!.people.map((p) => p.email)).toEqual(['ana.ruiz@northwind.com']);
    expect(result.unknownDomains).toEqual([]);
  });

  it('does not match contacts or accounts in the trash', async () => {
    const { softDelete } = await import('../../utils/background/db/writes');
    await softDelete(db, 'accounts', northwind.id, clock);
    const result = await resolve([{ email: 'ana.ruiz@northwind.com', role: 'from' }]);
    expect(result.accounts).toEqual([]);
  });
});
