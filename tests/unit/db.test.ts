import { deleteDB, openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeRecordSet } from '../../utils/background/db/bulk';
import { MIGRATIONS, SCHEMA_VERSION } from '../../utils/background/db/migrations';
import { openLensDb, SchemaTooNewError } from '../../utils/background/db/open';
import { getAccountBundle, listLive } from '../../utils/background/db/reads';
import type { LensDB } from '../../utils/background/db/schema';
import { searchStore } from '../../utils/background/db/search-store';
import { SearchIndex } from '../../utils/background/search/index';
import { saveRecord, softDelete, undo } from '../../utils/background/db/writes';
import { buildDemoPortfolio } from '../../utils/shared/demo/portfolio';
import type { Draft, RecordTypes, StoreName } from '../../utils/shared/model';
import { accountDraft, contactDraft, openTestDb, seedAccount, tickingClock } from './helpers';

let db: LensDB;
const clock = tickingClock();
beforeEach(async () => {
  db = await openTestDb();
});

/** A valid draft for each store, and an edit a user would make to it. */
function samples(
  accountId: string,
  contactId: string,
): { [S in StoreName]: [Draft<RecordTypes[S]>, Partial<RecordTypes[S]>] } {
  return {
    accounts: [accountDraft({ name: 'Fabrikam', domains: ['fabrikam.io'] }), { status: 'at-risk' }],
    contacts: [contactDraft(accountId, { name: 'Jonas Weber', emails: ['Jonas@Fabrikam.IO'] }), { title: 'CTO' }],
    touchpoints: [
      {
        accountId,
        contactIds: [contactId],
        kind: 'call',
        direction: 'outbound',
        occurredAt: '2026-11-20T10:00:00.000Z',
        summary: 'Renewal call',
        sentiment: 'positive',
      },
      { summary: 'Renewal call: agreed on terms' },
    ],
    tasks: [
      { accountId, title: 'Send the migration plan', dueAt: '2026-11-28T17:00:00.000Z' },
      { doneAt: '2026-11-24T12:00:00.000Z' },
    ],
    issues: [
      { accountId, title: 'Price-cap clause', severity: 'high', status: 'open', openedAt: '2026-11-12T09:00:00.000Z' },
      { status: 'resolved' },
    ],
    opportunities: [
      {
        accountId,
        title: 'Analytics add-on',
        kind: 'upsell',
        stage: 'identified',
        value: { amount: 60000, currency: 'USD' },
      },
      { stage: 'proposed' },
    ],
  };
}

describe('records in every store', () => {
  const stores: StoreName[] = ['accounts', 'contacts', 'touchpoints', 'tasks', 'issues', 'opportunities'];

  it.each(stores)('%s: create, read, update, soft delete and undo', async (store) => {
    const account = await seedAccount(db, clock);
    const contact = (await saveRecord(db, 'contacts', contactDraft(account.id), clock)).record;
    const [draft, edit] = samples(account.id, contact.id)[store];

    const created = await saveRecord(db, store, draft as never, clock);
    expect(created.created).toBe(true);
    expect(await db.get(store, created.record.id)).toEqual(created.record);

    const updated = await saveRecord(db, store, { ...created.record, ...edit } as never, clock);
    expect(updated.created).toBe(false);
    expect(updated.record).toMatchObject(edit);
    expect(updated.record.createdAt).toBe(created.record.createdAt);
    expect(updated.record.updatedAt > created.record.updatedAt).toBe(true);

    await softDelete(db, store, created.record.id, clock);
    expect((await listLive(db, store)).map((r) => r.id)).not.toContain(created.record.id);
    expect((await db.get(store, created.record.id))?.deletedAt).toBeTruthy();

    const deleted = await softDelete(db, store, created.record.id, clock).catch((e: Error) => e);
    expect(deleted).toBeInstanceOf(Error);
  });

  it('undo of a delete brings the record back exactly as it was', async () => {
    const account = await seedAccount(db, clock);
    const { undoId } = await softDelete(db, 'accounts', account.id, clock);
    await undo(db, undoId);
    expect(await db.get('accounts', account.id)).toEqual(account);
  });

  it('undo of a creation removes the record, and of an edit restores the old values', async () => {
    const created = await saveRecord(db, 'accounts', accountDraft(), clock);
    const edited = await saveRecord(db, 'accounts', { ...created.record, name: 'Northwind Ltd' }, clock);
    await undo(db, edited.undoId);
    expect((await db.get('accounts', created.record.id))?.name).toBe('Northwind Traders');
    await undo(db, created.undoId);
    expect(await db.get('accounts', created.record.id)).toBeUndefined();
  });

  it('refuses an undo when the record changed since, and changes nothing', async () => {
    const created = await saveRecord(db, 'accounts', accountDraft(), clock);
    const later = await saveRecord(db, 'accounts', { ...created.record, name: 'Renamed' }, clock);
    await expect(undo(db, created.undoId)).rejects.toThrow(/changed again since/);
    expect(await db.get('accounts', created.record.id)).toEqual(later.record);
  });

  it('deleting an account takes its records to the trash, and one undo restores them all', async () => {
    const portfolio = buildDemoPortfolio(new Date('2026-11-24T09:00:00Z'));
    await writeRecordSet(db, portfolio, { replace: true });
    const northwind = portfolio.accounts.find((a) => a.name === 'Northwind Traders')!;
    const before = await getAccountBundle(db, northwind.id);
    expect(before!.contacts.length).toBe(3);

    const { undoId, deleted } = await softDelete(db, 'accounts', northwind.id, clock);
    const children =
      before!.contacts.length +
      before!.touchpoints.length +
      before!.tasks.length +
      before!.issues.length +
      before!.opportunities.length;
    expect(deleted).toBe(1 + children);
    expect(await getAccountBundle(db, northwind.id)).toBeNull();
    expect((await listLive(db, 'contacts')).some((c) => c.accountId === northwind.id)).toBe(false);

    await undo(db, undoId);
    expect(await getAccountBundle(db, northwind.id)).toEqual(before);
  });
});

describe('integrity: a refused write leaves nothing behind', () => {
  it('refuses a second contact with the same address, writing neither the contact nor an undo entry', async () => {
    const account = await seedAccount(db, clock);
    await saveRecord(db, 'contacts', contactDraft(account.id), clock);
    const undoBefore = await db.count('undo');
    await expect(
      saveRecord(
        db,
        'contacts',
        contactDraft(account.id, { name: 'Someone else', emails: ['ANA.RUIZ@northwind.com'] }),
        clock,
      ),
    ).rejects.toThrow(/already the address of Ana Ruiz/);
    expect(await db.count('contacts')).toBe(1);
    expect(await db.count('undo')).toBe(undoBefore);
  });

  it('refuses a domain that another account owns', async () => {
    await seedAccount(db, clock);
    await expect(seedAccount(db, clock, { name: 'Other', domains: ['NorthWind.com'] })).rejects.toThrow(
      /already belongs to Northwind Traders/,
    );
    expect(await db.count('accounts')).toBe(1);
  });

  it('refuses a child record whose account does not exist', async () => {
    await expect(saveRecord(db, 'contacts', contactDraft('missing'), clock)).rejects.toThrow(
      /account for this record does not exist/,
    );
    expect(await db.count('contacts')).toBe(0);
  });

  it('logs one message once: a second touchpoint with the same source is refused', async () => {
    const account = await seedAccount(db, clock);
    const source = { site: 'gmail' as const, itemId: '18c2f0a1b2c3d4e5', threadId: 't1', subject: 'Renewal' };
    const draft = {
      accountId: account.id,
      contactIds: [],
      kind: 'email' as const,
      direction: 'inbound' as const,
      occurredAt: '2026-11-20T10:00:00.000Z',
      summary: 'Renewal',
      sentiment: 'neutral' as const,
      source,
    };
    const first = await saveRecord(db, 'touchpoints', draft, clock);
    expect(first.record.sourceKey).toBe('gmail:18c2f0a1b2c3d4e5');
    const second = await saveRecord(db, 'touchpoints', draft, clock).catch((e) => e);
    expect(second).toMatchObject({ code: 'duplicate', detail: { id: first.record.id } });
    expect(await db.count('touchpoints')).toBe(1);
    // Another message of the same thread is its own touchpoint.
    await saveRecord(db, 'touchpoints', { ...draft, source: { ...source, itemId: '18c2f0a1b2c3d4e6' } }, clock);
    expect(await db.count('touchpoints')).toBe(2);
  });

  it('a bulk write that fails midway writes none of its records', async () => {
    const portfolio = buildDemoPortfolio(new Date('2026-11-24T09:00:00Z'));
    const broken = {
      ...portfolio,
      contacts: [...portfolio.contacts, { ...portfolio.contacts[0]!, id: 'bad', emails: ['not an address'] }],
    };
    await expect(writeRecordSet(db, broken, { replace: true })).rejects.toThrow(/not an email address/);
    for (const store of ['accounts', 'contacts', 'touchpoints'] as const) expect(await db.count(store)).toBe(0);
  });

  it('a bulk write does not overwrite existing data unless asked to replace', async () => {
    await seedAccount(db, clock, { name: 'Mine', domains: ['mine.example'] });
    const portfolio = buildDemoPortfolio(new Date('2026-11-24T09:00:00Z'));
    await expect(writeRecordSet(db, portfolio, { replace: false })).rejects.toThrow(/already data/);
    expect((await listLive(db, 'accounts')).map((a) => a.name)).toEqual(['Mine']);
  });
});

describe('migrations', () => {
  const allStores = [
    'accounts',
    'contacts',
    'issues',
    'opportunities',
    'search',
    'searchChanges',
    'searchGrams',
    'staging',
    'tasks',
    'touchpoints',
    'undo',
  ];

  it('creates every store and index on an empty database', async () => {
    expect([...db.objectStoreNames].sort()).toEqual(allStores);
    expect(db.version).toBe(SCHEMA_VERSION);
    const tx = db.transaction(['contacts', 'accounts', 'touchpoints', 'tasks']);
    expect([...tx.objectStore('contacts').indexNames].sort()).toEqual(['byAccount', 'byEmail', 'byName']);
    expect(tx.objectStore('contacts').index('byEmail').multiEntry).toBe(true);
    expect(tx.objectStore('accounts').index('byDomain').multiEntry).toBe(true);
    expect([...tx.objectStore('touchpoints').indexNames].sort()).toEqual(['byAccountTime', 'bySource', 'byTime']);
    expect([...tx.objectStore('tasks').indexNames].sort()).toEqual(['byAccount', 'byDue']);
  });

  it.each(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1))(
    'upgrades from version %i keeping its data',
    async (oldVersion) => {
      db.close();
      await deleteDB('test-db');
      const old = await openLensDb('old-db', oldVersion);
      const account = (await saveOld(old)) as { id: string };
      old.close();

      const upgraded = await openLensDb('old-db');
      expect(upgraded.version).toBe(SCHEMA_VERSION);
      expect([...upgraded.objectStoreNames].sort()).toEqual(allStores);
      expect(await upgraded.get('accounts', account.id)).toMatchObject({ name: 'Old Co' });
      expect(await upgraded.getFromIndex('contacts', 'byEmail', 'old@old.example')).toMatchObject({
        name: 'Old Contact',
      });
      // The upgraded database takes writes in every store, with undo.
      const { undoId } = await saveRecord(
        upgraded,
        'issues',
        {
          accountId: account.id,
          title: 'After upgrade',
          severity: 'low',
          status: 'open',
          openedAt: '2026-11-24T09:00:00.000Z',
        },
        clock,
      );
      expect(await upgraded.get('undo', undoId)).toBeTruthy();
      // Search: the first search builds the index from the records kept, and saves it; a later write is noted for it.
      const search = new SearchIndex(searchStore(async () => upgraded));
      expect((await search.search('old contact'))[0]).toMatchObject({
        name: 'Old Contact',
        detail: 'Old Co · old@old.example',
      });
      await search.settled();
      expect(await searchStore(async () => upgraded).loadSaved()).toMatchObject({ changed: [] });
      await saveRecord(
        upgraded,
        'contacts',
        contactDraft(account.id, { name: 'New Contact', emails: ['new@old.example'] }),
        clock,
      );
      expect(await upgraded.count('searchChanges')).toBe(1);
      expect((await new SearchIndex(searchStore(async () => upgraded)).search('new contact'))[0]).toMatchObject({
        name: 'New Contact',
      });
      upgraded.close();
    },
  );

  it('refuses a database from a newer version with a clear error, leaving it untouched', async () => {
    db.close();
    const future = await openDB('future-db', SCHEMA_VERSION + 1, {
      upgrade(raw) {
        raw.createObjectStore('accounts', { keyPath: 'id' }).put({ id: 'a1', name: 'From the future' });
      },
    });
    future.close();
    const error = await openLensDb('future-db').catch((e) => e);
    expect(error).toBeInstanceOf(SchemaTooNewError);
    expect(String(error.message)).toMatch(/newer version of Account Lens/);
    const again = await openDB('future-db');
    expect(again.version).toBe(SCHEMA_VERSION + 1);
    expect(await again.get('accounts', 'a1')).toEqual({ id: 'a1', name: 'From the future' });
    again.close();
  });

  it('has one step per version', () => {
    expect(MIGRATIONS.length).toBe(SCHEMA_VERSION);
  });
});

/** Writes directly with the stores every version has (accounts and contacts since version 1). */
async function saveOld(old: LensDB) {
  const now = '2026-01-01T00:00:00.000Z';
  const account = {
    id: 'acc-old',
    createdAt: now,
    updatedAt: now,
    name: 'Old Co',
    domains: ['old.example'],
    tier: 'key',
    status: 'active',
    objectives: [],
    tags: [],
  };
  await old.put('accounts', account as never);
  await old.put('contacts', {
    id: 'c-old',
    createdAt: now,
    updatedAt: now,
    accountId: 'acc-old',
    name: 'Old Contact',
    emails: ['old@old.example'],
    role: 'user',
  } as never);
  return account;
}

describe('opportunity stage history', () => {
  it('records each stage change with its time, kept by the data layer', async () => {
    const account = await seedAccount(db, clock);
    const created = await saveRecord(
      db,
      'opportunities',
      { accountId: account.id, title: 'Add-on', kind: 'upsell', stage: 'identified' },
      clock,
    );
    expect(created.record.stageHistory).toEqual([{ stage: 'identified', at: created.record.createdAt }]);
    const same = await saveRecord(db, 'opportunities', { ...created.record, nextStep: 'Call' }, clock);
    expect(same.record.stageHistory).toHaveLength(1);
    const moved = await saveRecord(db, 'opportunities', { ...same.record, stage: 'proposed', stageHistory: [] }, clock);
    expect(moved.record.stageHistory).toEqual([
      { stage: 'identified', at: created.record.createdAt },
      { stage: 'proposed', at: moved.record.updatedAt },
    ]);
  });
});

describe('account status and value history', () => {
  it('records each change of status or value with its time, never what the caller sends, and undo restores it', async () => {
    const created = await saveRecord(
      db,
      'accounts',
      accountDraft({ status: 'active', annualValue: { amount: 100, currency: 'EUR' } }),
      clock,
    );
    expect(created.record.history).toEqual([
      { at: created.record.createdAt, status: 'active', annualValue: { amount: 100, currency: 'EUR' } },
    ]);
    const renamed = await saveRecord(db, 'accounts', { ...created.record, name: 'Renamed', history: [] }, clock);
    expect(renamed.record.history).toEqual(created.record.history);
    const grown = await saveRecord(
      db,
      'accounts',
      { ...renamed.record, annualValue: { amount: 150, currency: 'EUR' } },
      clock,
    );
    const churned = await saveRecord(db, 'accounts', { ...grown.record, status: 'churned' }, clock);
    expect(churned.record.history!.map((h) => [h.status, h.annualValue?.amount, h.at])).toEqual([
      ['active', 100, created.record.createdAt],
      ['active', 150, grown.record.updatedAt],
      ['churned', 150, churned.record.updatedAt],
    ]);
    await undo(db, churned.undoId);
    expect((await db.get('accounts', created.record.id))!.history).toHaveLength(2);
  });

  it('starts the history of an account stored before histories were kept from its state at creation', async () => {
    const now = '2026-01-01T00:00:00.000Z';
    await db.put('accounts', {
      id: 'old',
      createdAt: now,
      updatedAt: now,
      name: 'Old Co',
      domains: ['old.example'],
      tier: 'key',
      status: 'active',
      objectives: [],
      tags: [],
    });
    const saved = await saveRecord(db, 'accounts', { ...(await db.get('accounts', 'old'))!, status: 'at-risk' }, clock);
    expect(saved.record.history!.map((h) => [h.status, h.at])).toEqual([
      ['active', now],
      ['at-risk', saved.record.updatedAt],
    ]);
  });
});

describe('saving several records as one action', () => {
  it('writes all with one undo entry, and one undo removes them all', async () => {
    const { saveRecords } = await import('../../utils/background/db/writes');
    const account = await seedAccount(db, clock);
    const { records, undoId } = await saveRecords(
      db,
      [
        {
          store: 'touchpoints',
          record: {
            accountId: account.id,
            contactIds: [],
            kind: 'meeting',
            direction: 'outbound',
            occurredAt: '2026-11-26T15:00:00.000Z',
            summary: 'QBR',
            sentiment: 'positive',
            source: { site: 'google-calendar', itemId: 'evt_1' },
          },
        },
        { store: 'tasks', record: { accountId: account.id, title: 'Send minutes', dueAt: '2026-11-27T17:00:00.000Z' } },
      ],
      clock,
    );
    expect(records.map((r) => r.store)).toEqual(['touchpoints', 'tasks']);
    expect((await db.get('undo', undoId))!.changes).toHaveLength(2);
    await undo(db, undoId);
    expect(await db.count('touchpoints')).toBe(0);
    expect(await db.count('tasks')).toBe(0);
  });

  it('writes none when one is refused', async () => {
    const { saveRecords } = await import('../../utils/background/db/writes');
    const account = await seedAccount(db, clock);
    const meeting = {
      accountId: account.id,
      contactIds: [],
      kind: 'meeting' as const,
      direction: 'outbound' as const,
      occurredAt: '2026-11-26T15:00:00.000Z',
      summary: 'QBR',
      sentiment: 'positive' as const,
      source: { site: 'google-calendar' as const, itemId: 'evt_1' },
    };
    await saveRecord(db, 'touchpoints', meeting, clock);
    await expect(
      saveRecords(
        db,
        [
          {
            store: 'tasks',
            record: { accountId: account.id, title: 'Send minutes', dueAt: '2026-11-27T17:00:00.000Z' },
          },
          { store: 'touchpoints', record: meeting },
        ],
        clock,
      ),
    ).rejects.toMatchObject({ code: 'duplicate' });
    expect(await db.count('tasks')).toBe(0);
    expect(await db.count('touchpoints')).toBe(1);
  });
});

describe('merging duplicate accounts', () => {
  it('moves every record of the duplicate to the account kept, joins the domains, and one undo splits them again', async () => {
    const { mergeAccounts } = await import('../../utils/background/db/writes');
    const portfolio = buildDemoPortfolio(new Date('2026-11-24T09:00:00Z'));
    await writeRecordSet(db, portfolio, { replace: true });
    const keep = portfolio.accounts.find((a) => a.name === 'Northwind Traders')!;
    const merge = portfolio.accounts.find((a) => a.name === 'Litware Health')!;
    const before = [await getAccountBundle(db, keep.id), await getAccountBundle(db, merge.id)];
    const { undoId, moved } = await mergeAccounts(db, keep.id, merge.id, clock);
    const after = await getAccountBundle(db, keep.id);
    expect(moved).toBe(
      before[1]!.contacts.length +
        before[1]!.touchpoints.length +
        before[1]!.tasks.length +
        before[1]!.issues.length +
        before[1]!.opportunities.length,
    );
    expect(after!.account.domains).toEqual(['northwind.com', 'litware.health']);
    expect(after!.contacts).toHaveLength(before[0]!.contacts.length + before[1]!.contacts.length);
    expect(await getAccountBundle(db, merge.id)).toBeNull();
    await undo(db, undoId);
    expect([await getAccountBundle(db, keep.id), await getAccountBundle(db, merge.id)]).toEqual(before);
    await expect(mergeAccounts(db, keep.id, keep.id, clock)).rejects.toThrow(/two different accounts/);
  });
});

describe("an account's newest touchpoints, as the frames get them", () => {
  /** Ten touchpoints a day apart; the newest four in the trash. */
  async function accountWithTrashedNewest() {
    const account = await seedAccount(db, clock);
    const ids: string[] = [];
    for (let day = 1; day <= 10; day++) {
      const saved = await saveRecord(
        db,
        'touchpoints',
        {
          accountId: account.id,
          contactIds: [],
          kind: 'call',
          direction: 'outbound',
          occurredAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
          summary: `Call on day ${day}`,
          sentiment: 'neutral',
        },
        clock,
      );
      ids.push(saved.record.id);
    }
    for (const id of ids.slice(6)) await softDelete(db, 'touchpoints', id, clock);
    return account;
  }

  it('are the live ones, newest first, even when the newest were deleted (one request, then a larger one)', async () => {
    const account = await accountWithTrashedNewest();
    const bundle = await getAccountBundle(db, account.id, 3);
    expect(bundle!.touchpoints.map((t) => t.summary)).toEqual(['Call on day 6', 'Call on day 5', 'Call on day 4']);
    expect((await getAccountBundle(db, account.id, 50))!.touchpoints).toHaveLength(6);
  });

  it('are the same where the browser has no getAllRecords (a cursor step each)', async () => {
    const account = await accountWithTrashedNewest();
    const withIt = await getAccountBundle(db, account.id, 3);
    const proto = IDBIndex.prototype as { getAllRecords?: unknown };
    const original = proto.getAllRecords;
    delete proto.getAllRecords;
    try {
      expect('getAllRecords' in IDBIndex.prototype).toBe(false);
      expect(await getAccountBundle(db, account.id, 3)).toEqual(withIt);
    } finally {
      proto.getAllRecords = original;
    }
  });
});
