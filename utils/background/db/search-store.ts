import type { IDBPTransaction, StoreNames } from 'idb';
import type { StoreName } from '../../shared/model';
import type { ChangedRecord, ChangesSinceSaved, IndexName, SavedSearch, SearchStore } from '../search/saved';
import type { StoredBlock } from '../search/stored';
import type { LensDB, LensSchema, SearchChange } from './schema';
import { inTransaction } from './tx';

const SAVED = 'saved';
const EPOCH = 'epoch';

type WriteTx = IDBPTransaction<LensSchema, StoreNames<LensSchema>[], 'readwrite'>;
/** What reading the saved index and its changes takes. */
const READ_STORES = ['search', 'searchChanges', 'searchGrams', 'accounts', 'contacts'] as const;
type ReadTx = IDBPTransaction<LensSchema, Array<(typeof READ_STORES)[number]>, 'readonly'>;

/**
 * Notes, in the write's own transaction, that an account or contact was put or deleted: a woken worker
 * brings the saved search index up to date from these notes, so one is never missed, even if the worker
 * stops right after the write. The transaction must include `searchChanges`.
 */
export function noteSearchChange(tx: WriteTx, store: StoreName, id: string): Promise<unknown> | undefined {
  if (store !== 'accounts' && store !== 'contacts') return undefined;
  return tx.objectStore('searchChanges').add({ store, id });
}

/** In a bulk write's transaction (import, restore, demo): the saved search index describes data that is gone. */
export async function dropSavedSearch(tx: WriteTx): Promise<void> {
  const search = tx.objectStore('search');
  const epoch = await search.get(EPOCH);
  await Promise.all([
    search.put((typeof epoch === 'number' ? epoch : 0) + 1, EPOCH),
    search.delete(SAVED),
    tx.objectStore('searchGrams').clear(),
    tx.objectStore('searchChanges').clear(),
  ]);
}

/** The search index's IndexedDB side: the saved index, its blocks, the changes noted since, and the live records. */
export function searchStore(db: () => Promise<LensDB>): SearchStore {
  return {
    async loadSaved(codes = []) {
      const tx = (await db()).transaction([...READ_STORES]);
      // Every request goes out at once: a woken worker's first search waits for this read.
      const grams = tx.objectStore('searchGrams');
      const blocksOf = async (index: IndexName) => {
        const found = await Promise.all(codes.map((code) => grams.get([index, code])));
        return new Map(codes.map((code, i) => [code, found[i] ?? null]));
      };
      const [saved, changes, accounts, contacts] = await Promise.all([
        tx.objectStore('search').get(SAVED),
        readChanges(tx),
        blocksOf('accounts'),
        blocksOf('contacts'),
      ]);
      return isSaved(saved) ? { saved, ...changes, blocks: { accounts, contacts } } : null;
    },
    async loadBlocks(index, codes) {
      const store = (await db()).transaction('searchGrams').store;
      const blocks = await Promise.all(codes.map((code) => store.get([index, code])));
      const found = new Map<number, StoredBlock>();
      codes.forEach((code, i) => blocks[i] && found.set(code, blocks[i]));
      return found;
    },
    async loadAllBlocks(index) {
      const store = (await db()).transaction('searchGrams').store;
      const range = IDBKeyRange.bound([index, 0], [index, Number.MAX_SAFE_INTEGER]);
      const [keys, blocks] = await Promise.all([store.getAllKeys(range), store.getAll(range)]);
      return new Map(keys.map(([, code], i) => [code, blocks[i]!]));
    },
    async loadAll() {
      const tx = (await db()).transaction(['accounts', 'contacts', 'search']);
      const [accounts, contacts, epoch] = await Promise.all([
        tx.objectStore('accounts').getAll(),
        tx.objectStore('contacts').getAll(),
        tx.objectStore('search').get(EPOCH),
      ]);
      return { accounts, contacts, epoch: typeof epoch === 'number' ? epoch : 0 };
    },
    async changesSinceSaved() {
      return readChanges((await db()).transaction([...READ_STORES]));
    },
    async save(saved, blocks, through) {
      // A cache, not records: relaxed durability. What a crash loses is read again from the notes or rebuilt.
      const tx = (await db()).transaction(['search', 'searchGrams', 'searchChanges'], 'readwrite');
      return inTransaction(tx, async () => {
        const epoch = await tx.objectStore('search').get(EPOCH);
        if ((typeof epoch === 'number' ? epoch : 0) !== saved.epoch) return false;
        const grams = tx.objectStore('searchGrams');
        await grams.clear();
        await Promise.all([
          tx.objectStore('search').put(saved, SAVED),
          ...(['accounts', 'contacts'] as const).flatMap((index: IndexName) =>
            [...blocks[index]].map(([code, block]) => grams.put(block, [index, code])),
          ),
          through === undefined ? undefined : tx.objectStore('searchChanges').delete(IDBKeyRange.upperBound(through)),
        ]);
        return true;
      });
    },
  };
}

function isSaved(value: SavedSearch | number | undefined): value is SavedSearch {
  return typeof value === 'object';
}

/** The records noted as changed, each once, in the order of its latest change, as they are now. */
async function readChanges(tx: ReadTx): Promise<ChangesSinceSaved> {
  const notes = tx.objectStore('searchChanges');
  const [keys, changes] = await Promise.all([notes.getAllKeys(), notes.getAll()]);
  if (!changes.length) return { changed: [], notes: 0 };
  const latest = new Map<string, SearchChange>();
  for (const change of changes) {
    const key = `${change.store}\n${change.id}`;
    latest.delete(key);
    latest.set(key, change);
  }
  const distinct = [...latest.values()];
  const records = await Promise.all(distinct.map(({ store, id }) => tx.objectStore(store).get(id)));
  const changed = distinct.map(({ store, id }, i) => ({ store, id, record: records[i] ?? null }) as ChangedRecord);
  return { changed, notes: changes.length, through: keys.at(-1) };
}
