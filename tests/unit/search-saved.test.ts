import { beforeEach, describe, expect, it } from 'vitest';
import { createHandler } from '../../utils/background/handler';
import type { BackgroundServices } from '../../utils/background/handler';
import { listLive } from '../../utils/background/db/reads';
import { dropSavedSearch, noteSearchChange, searchStore } from '../../utils/background/db/search-store';
import { SAVE_AFTER_CHANGES, SearchIndex, type SearchHit } from '../../utils/background/search/index';
import type { SearchStore } from '../../utils/background/search/saved';
import type { Account, Contact } from '../../utils/shared/model';
import { callerOf, TEST_SENDERS, testServices } from './test-services';

let services: BackgroundServices;
let ok: ReturnType<typeof callerOf>;
const asOptions = (type: string, data: unknown) => ok(type, data, TEST_SENDERS.options);

/** The store a woken worker reads, counting full builds: reading the saved index should need none. */
function countingStore(): { store: SearchStore; fullBuilds: () => number } {
  const store = searchStore(services.db);
  let builds = 0;
  return { store: { ...store, loadAll: () => (builds++, store.loadAll()) }, fullBuilds: () => builds };
}
const savedBlocks = async (store: SearchStore) => ({
  accounts: await store.loadAllBlocks('accounts'),
  contacts: await store.loadAllBlocks('contacts'),
});
/** The index of a worker woken now: nothing in memory, only what IndexedDB holds. */
const woken = () => new SearchIndex(searchStore(services.db));
const names = (hits: SearchHit[]) => hits.map((h) => h.name);
const liveAccount = async (name: string) =>
  (await listLive(await services.db(), 'accounts')).find((a) => a.name === name)!;
const liveContact = async (name: string) =>
  (await listLive(await services.db(), 'contacts')).find((c) => c.name === name)!;

/** Accented names, and the typical queries the popup sees: whole and partial words, typos, addresses, domains. */
const QUERIES = [
  'north',
  'nrthwind',
  'contsoo',
  'jnoas',
  'Hoffman',
  'cath',
  'ana r',
  'priya.nair@north',
  'tom.becker@northwind.com',
  'tailspin-air.com',
  'woodgrove',
  'Zoë',
  'zoe angstrom',
  'ångström',
  'jose muller',
  'müll',
  'josé',
  'raj',
];

beforeEach(async () => {
  services = testServices();
  ok = callerOf(createHandler(services));
  await asOptions('loadDemoData', { replace: true });
  const northwind = await liveAccount('Northwind Traders');
  for (const [name, email] of [
    ['Zoë Ångström', 'zoe.angstrom@northwind.com'],
    ['José Müller', 'jose.muller@northwind.com'],
  ])
    await asOptions('saveRecord', {
      store: 'contacts',
      record: { accountId: northwind.id, name, emails: [email], role: 'user' },
    });
  // The demo load rebuilt the index in the background and saved it.
  await services.search.settled();
});

describe('the saved search index', () => {
  it('is saved after the data is loaded, and a woken worker reads it instead of rebuilding', async () => {
    const { store, fullBuilds } = countingStore();
    const cold = new SearchIndex(store);
    expect(names(await cold.search('jose muller'))[0]).toBe('José Müller');
    expect(fullBuilds()).toBe(0);
  });

  it('a woken worker answers exactly as the warm one, for every typical query', async () => {
    const cold = woken();
    for (const query of QUERIES) expect(await cold.search(query), query).toEqual(await services.search.search(query));
    // And as a worker that rebuilt everything from the records (the version before the index was saved).
    const rebuilt = new SearchIndex({ ...searchStore(services.db), loadSaved: async () => null });
    for (const query of QUERIES) expect(await rebuilt.search(query), query).toEqual(await cold.search(query));
  });

  it('finds accented names however they are typed', async () => {
    for (const query of ['Zoë', 'zoe angstrom', 'ångström', 'angstrom'])
      expect(names(await woken().search(query))[0], query).toBe('Zoë Ångström');
    for (const query of ['jose muller', 'müll', 'josé'])
      expect(names(await woken().search(query))[0], query).toBe('José Müller');
  });
});

/** A write through the real requests, then what the very next search must find (`found`) or not (`gone`). */
interface WriteCase {
  write: () => Promise<unknown>;
  found?: Array<[query: string, name: string, detail?: string]>;
  gone?: Array<[query: string, name: string]>;
}

const WRITES: Record<string, () => Promise<WriteCase>> = {
  'a new contact': async () => {
    const account = await liveAccount('Contoso Pharmaceuticals');
    return {
      write: () =>
        asOptions('saveRecord', {
          store: 'contacts',
          record: { accountId: account.id, name: 'Quentin Okafor', emails: ['q.okafor@contoso.com'], role: 'user' },
        }),
      found: [
        ['quentin okafor', 'Quentin Okafor', 'Contoso Pharmaceuticals'],
        ['okafr', 'Quentin Okafor'],
      ],
    };
  },
  'a renamed account': async () => {
    const account = await liveAccount('Northwind Traders');
    return {
      write: () => asOptions('saveRecord', { store: 'accounts', record: { ...account, name: 'Quokka Holdings' } }),
      found: [
        ['quokka', 'Quokka Holdings'],
        // A contact's hit names its account as it is now.
        ['ana ruiz', 'Ana Ruiz', 'Quokka Holdings'],
      ],
      gone: [['northwind traders', 'Northwind Traders']],
    };
  },
  'a renamed contact': async () => {
    const contact = await liveContact('Priya Nair');
    return {
      write: () => asOptions('saveRecord', { store: 'contacts', record: { ...contact, name: 'Priya Raman' } }),
      found: [['priya raman', 'Priya Raman']],
      gone: [['priya nair', 'Priya Nair']],
    };
  },
  'a contact deleted': async () => {
    const contact = await liveContact('Priya Nair');
    return {
      write: () => asOptions('deleteRecord', { store: 'contacts', id: contact.id }),
      gone: [['priya nair', 'Priya Nair']],
    };
  },
  'an account deleted with its contacts': async () => {
    const account = await liveAccount('Northwind Traders');
    return {
      write: () => asOptions('deleteRecord', { store: 'accounts', id: account.id }),
      gone: [
        ['northwind', 'Northwind Traders'],
        ['ana ruiz', 'Ana Ruiz'],
        ['zoe angstrom', 'Zoë Ångström'],
      ],
    };
  },
  'a delete undone': async () => {
    const contact = await liveContact('Priya Nair');
    return {
      write: async () => {
        const { undoId } = await asOptions('deleteRecord', { store: 'contacts', id: contact.id });
        await asOptions('undo', { undoId });
      },
      found: [['priya nair', 'Priya Nair']],
    };
  },
  'a contact restored from the trash': async () => {
    const contact = await liveContact('Priya Nair');
    return {
      write: async () => {
        await asOptions('deleteRecord', { store: 'contacts', id: contact.id });
        await asOptions('restoreFromTrash', { store: 'contacts', id: contact.id });
      },
      found: [['priya nair', 'Priya Nair', 'Northwind Traders']],
    };
  },
  'an account restored from the trash, with its contacts': async () => {
    const account = await liveAccount('Northwind Traders');
    return {
      write: async () => {
        await asOptions('deleteRecord', { store: 'accounts', id: account.id });
        await asOptions('restoreFromTrash', { store: 'accounts', id: account.id });
      },
      found: [
        ['northwind', 'Northwind Traders'],
        ['zoe angstrom', 'Zoë Ångström'],
      ],
    };
  },
  'a contact erased for good': async () => {
    const contact = await liveContact('Tom Becker');
    return {
      write: () => asOptions('erasePermanently', { store: 'contacts', id: contact.id }),
      gone: [['tom becker', 'Tom Becker']],
    };
  },
  'two accounts merged': async () => {
    const [keep, merge] = [await liveAccount('Contoso Pharmaceuticals'), await liveAccount('Northwind Traders')];
    return {
      write: () => asOptions('mergeAccounts', { keepId: keep.id, mergeId: merge.id }),
      found: [
        ['ana ruiz', 'Ana Ruiz', 'Contoso Pharmaceuticals'],
        ['northwind.com', 'Contoso Pharmaceuticals'],
      ],
      gone: [['northwind traders', 'Northwind Traders']],
    };
  },
  'two contacts merged': async () => {
    const [keep, merge] = [await liveContact('Ana Ruiz'), await liveContact('Tom Becker')];
    return {
      write: () => asOptions('mergeContacts', { keepId: keep.id, mergeId: merge.id }),
      found: [['tom.becker@northwind.com', 'Ana Ruiz']],
      gone: [['tom becker', 'Tom Becker']],
    };
  },
  'a backup restored over everything': async () => {
    const account: Account = {
      ...(await liveAccount('Northwind Traders')),
      id: 'restored-account',
      name: 'Restored Quokka Co',
      domains: ['quokka.example'],
    };
    const contact: Contact = {
      ...(await liveContact('Ana Ruiz')),
      id: 'restored-contact',
      accountId: account.id,
      name: 'Wilhelmina Restored',
      emails: ['wil@quokka.example'],
    };
    return {
      write: async () => {
        await asOptions('stageImport', { importId: 'i1', seq: 0, store: 'accounts', records: [account] });
        await asOptions('stageImport', { importId: 'i1', seq: 1, store: 'contacts', records: [contact] });
        await asOptions('commitImport', { importId: 'i1', replace: true });
      },
      found: [
        ['quokka', 'Restored Quokka Co'],
        ['wilhelmina', 'Wilhelmina Restored', 'Restored Quokka Co'],
      ],
      gone: [
        ['northwind', 'Northwind Traders'],
        ['ana ruiz', 'Ana Ruiz'],
      ],
    };
  },
};

describe('every write is found by the very next search, warm and after a worker restart', () => {
  async function expectFound(index: SearchIndex, { found = [], gone = [] }: WriteCase, when: string) {
    for (const [query, name, detail] of found) {
      const hit = (await index.search(query)).find((h) => h.name === name);
      expect(hit, `${when}: "${query}" finds ${name}`).toBeDefined();
      if (detail) expect(hit!.detail, `${when}: ${name}'s account`).toContain(detail);
    }
    for (const [query, name] of gone)
      expect(names(await index.search(query)), `${when}: "${query}" no longer finds ${name}`).not.toContain(name);
  }

  it.each(Object.keys(WRITES))('%s', async (label) => {
    const expected = await WRITES[label]!();
    await services.search.search('warm it up');
    await expected.write();
    // The worker that wrote, and one started right after the write, before any save.
    await expectFound(services.search, expected, 'warm');
    await expectFound(woken(), expected, 'woken');
    // And one started after the background save folded the write into the saved index.
    await services.search.settled();
    await expectFound(woken(), expected, 'woken after the save');
    for (const query of QUERIES)
      expect(await woken().search(query), query).toEqual(await services.search.search(query));
  });

  it('a write while the worker is stopped (nothing in memory) is found by the next woken worker', async () => {
    const account = await liveAccount('Woodgrove Financial');
    const fresh = testServices({ db: services.db });
    await callerOf(createHandler(fresh))(
      'saveRecord',
      { store: 'accounts', record: { ...account, name: 'Woodgrove Quantum Bank' } },
      TEST_SENDERS.options,
    );
    expect(fresh.search.isBuilt).toBe(false);
    expect(names(await woken().search('quantum'))[0]).toBe('Woodgrove Quantum Bank');
  });
});

describe('saving again', () => {
  const notes = async () => (await services.db()).count('searchChanges');

  it(`is done after ${SAVE_AFTER_CHANGES} changes, dropping the notes it folded in`, async () => {
    const contact = await liveContact('Raj Patel');
    await services.search.search('raj');
    for (let i = 1; i <= SAVE_AFTER_CHANGES; i++)
      await asOptions('saveRecord', { store: 'contacts', record: { ...contact, name: `Raj Patel ${i}` } });
    await services.search.settled();
    expect(await notes()).toBe(0);
    expect(names(await woken().search('raj patel'))).toEqual([`Raj Patel ${SAVE_AFTER_CHANGES}`]);
  });

  it(`is done after ${SAVE_AFTER_CHANGES} changes in a worker that never searched, so the notes do not pile up`, async () => {
    const contact = await liveContact('Raj Patel');
    const fresh = testServices({ db: services.db });
    const call = callerOf(createHandler(fresh));
    for (let i = 1; i <= SAVE_AFTER_CHANGES; i++)
      await call(
        'saveRecord',
        { store: 'contacts', record: { ...contact, name: `Raj Patel ${i}` } },
        TEST_SENDERS.options,
      );
    await fresh.search.settled();
    expect(fresh.search.isBuilt).toBe(true);
    expect(await notes()).toBe(0);
    expect(names(await woken().search('raj patel'))).toEqual([`Raj Patel ${SAVE_AFTER_CHANGES}`]);
  });

  it('drops only the notes it read: a write landing during a save stays noted', async () => {
    const store = searchStore(services.db);
    const contact = await liveContact('Raj Patel');
    await asOptions('saveRecord', { store: 'contacts', record: { ...contact, name: 'Raj K. Patel' } });
    const { changed, through } = await store.changesSinceSaved();
    expect(changed.map((c) => c.record?.name)).toEqual(['Raj K. Patel']);
    await asOptions('saveRecord', { store: 'contacts', record: { ...contact, name: 'Rajesh Patel' } });
    const saved = await store.loadSaved();
    expect(await store.save(saved!.saved, await savedBlocks(store), through)).toBe(true);
    expect((await store.changesSinceSaved()).changed.map((c) => c.record?.name)).toEqual(['Rajesh Patel']);
    expect(names(await woken().search('rajesh'))[0]).toBe('Rajesh Patel');
  });

  it('is refused once the data was replaced since the index was read: it would describe data that is gone', async () => {
    const store = searchStore(services.db);
    const saved = (await store.loadSaved())!.saved;
    const blocks = await savedBlocks(store);
    await asOptions('loadDemoData', { replace: true });
    expect(await store.save(saved, blocks, undefined)).toBe(false);
    await services.search.settled();
    expect((await store.loadSaved())!.saved.epoch).toBe(saved.epoch + 1);
    expect(names(await woken().search('zoe angstrom'))).not.toContain('Zoë Ångström');
  });

  it('an index saved in another layout is rebuilt, not read', async () => {
    const db = await services.db();
    const saved = (await searchStore(services.db).loadSaved())!.saved;
    await db.put('search', { ...saved, format: saved.format + 1 }, 'saved');
    const { store, fullBuilds } = countingStore();
    expect(names(await new SearchIndex(store).search('josé'))[0]).toBe('José Müller');
    expect(fullBuilds()).toBe(1);
  });

  it('notes only accounts and contacts, and a bulk write clears the notes and drops the saved index', async () => {
    const db = await services.db();
    const tx = db.transaction(['searchChanges', 'search', 'searchGrams'], 'readwrite');
    expect(noteSearchChange(tx, 'touchpoints', 'x')).toBeUndefined();
    await noteSearchChange(tx, 'contacts', 'c1');
    await dropSavedSearch(tx);
    await tx.done;
    expect(await notes()).toBe(0);
    expect(await searchStore(services.db).loadSaved()).toBeNull();
    expect(await db.count('searchGrams')).toBe(0);
  });
});
