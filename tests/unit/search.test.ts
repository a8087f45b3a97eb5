import { beforeEach, describe, expect, it } from 'vitest';
import { writeRecordSet } from '../../utils/background/db/bulk';
import { listLive } from '../../utils/background/db/reads';
import type { LensDB } from '../../utils/background/db/schema';
import { searchStore } from '../../utils/background/db/search-store';
import { saveRecord, softDelete, undo } from '../../utils/background/db/writes';
import { buildDemoPortfolio } from '../../utils/shared/demo/portfolio';
import { SearchIndex } from '../../utils/background/search/index';
import { contactDraft, openTestDb, tickingClock } from './helpers';

let db: LensDB;
let index: SearchIndex;
let loads = 0;
const clock = tickingClock();

beforeEach(async () => {
  db = await openTestDb();
  await writeRecordSet(db, buildDemoPortfolio(new Date('2026-11-24T09:00:00Z')), { replace: true });
  loads = 0;
  const store = searchStore(async () => db);
  index = new SearchIndex({ ...store, loadSaved: () => (loads++, store.loadSaved()) });
});

const names = async (query: string) => (await index.search(query)).map((h) => h.name);

describe('fuzzy search', () => {
  it('is not built until the first search', async () => {
    expect(index.isBuilt).toBe(false);
    expect(loads).toBe(0);
    await index.search('north');
    expect(index.isBuilt).toBe(true);
    await index.search('contoso');
    expect(loads).toBe(1);
  });

  it.each([
    ['nrthwind', 'Northwind Traders'],
    ['northwnd', 'Northwind Traders'],
    ['contsoo', 'Contoso Pharmaceuticals'],
    ['fabrikam', 'Fabrikam Logistics'],
    ['Hoffman', 'Dr. Lena Hoffmann'],
    ['jnoas', 'Jonas Weber'],
  ])('finds despite typos: %s → %s', async (query, expected) => {
    expect((await names(query))[0]).toBe(expected);
  });

  it.each([
    ['north', 'Northwind Traders'],
    ['wood', 'Woodgrove Financial'],
    ['Raj', 'Raj Patel'],
    ['cath', 'Catherine Dupont'],
  ])('finds partial names: %s → %s', async (query, expected) => {
    expect((await names(query))[0]).toBe(expected);
  });

  it('finds contacts by a fragment of their address, with the account named', async () => {
    const hits = await index.search('priya.nair@north');
    expect(hits[0]).toMatchObject({ kind: 'contact', name: 'Priya Nair' });
    expect(hits[0]!.detail).toContain('Northwind Traders');
  });

  it('ranks an exact address first', async () => {
    const hits = await index.search('tom.becker@northwind.com');
    expect(hits[0]).toMatchObject({ kind: 'contact', name: 'Tom Becker', score: 0 });
  });

  it('finds accounts by domain', async () => {
    expect((await names('tailspin-air.com'))[0]).toBe('Tailspin Air');
  });

  it('returns nothing for an empty query or gibberish', async () => {
    expect(await index.search('   ')).toEqual([]);
    expect(await index.search('qqqqzzzz')).toEqual([]);
  });

  it('stays current on writes, deletes and undo', async () => {
    await index.warm();
    const [account] = await listLive(db, 'accounts');
    const saved = await saveRecord(
      db,
      'contacts',
      contactDraft(account!.id, { name: 'Zeynep Kaya', emails: ['zeynep@example-client.com'] }),
      clock,
    );
    index.applyChange('contacts', saved.record.id, saved.record);
    expect((await names('zeynep'))[0]).toBe('Zeynep Kaya');

    const removed = await softDelete(db, 'contacts', saved.record.id, clock);
    for (const t of removed.touched) index.applyChange(t.store, t.id, t.after);
    expect(await names('zeynep')).not.toContain('Zeynep Kaya');

    const restored = await undo(db, removed.undoId);
    for (const t of restored.touched) index.applyChange(t.store, t.id, t.after);
    expect((await names('zeynep'))[0]).toBe('Zeynep Kaya');
  });

  it('does not lose a write that lands while the index is building', async () => {
    const building = index.warm();
    const [account] = await listLive(db, 'accounts');
    index.applyChange('accounts', account!.id, { ...account!, name: 'Renamed Quokka Holdings' });
    await building;
    expect((await names('quokka'))[0]).toBe('Renamed Quokka Holdings');
  });
});
