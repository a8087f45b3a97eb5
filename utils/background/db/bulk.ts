import type { IDBPTransaction, StoreNames } from 'idb';
import { LensError } from '../../shared/errors';
import { STORE_NAMES, type AnyRecord, type StoreName } from '../../shared/model';
import { normalizeAccount, normalizeContact, withSourceKey } from '../../shared/normalize-record';
import type { LensDB, LensSchema } from './schema';
import { inTransaction, STRICT } from './tx';
import { hasLiveAccount } from './reads';
import { dropSavedSearch } from './search-store';

export type { RecordSet } from '../../shared/model';
import type { RecordSet } from '../../shared/model';

const BULK_STORES: StoreNames<LensSchema>[] = [
  ...STORE_NAMES,
  'undo',
  'staging',
  'search',
  'searchGrams',
  'searchChanges',
];
type BulkTx = IDBPTransaction<LensSchema, StoreNames<LensSchema>[], 'readwrite'>;

/**
 * Writes a whole set of records in one strict transaction: all of them or
 * none. With `replace`, everything else (trash and undo log included) goes;
 * without, records are added or overwrite those with the same id (the trashed
 * copies of a removed demo book, when it is loaded again).
 */
export async function writeRecordSet(
  db: LensDB,
  records: RecordSet,
  { replace, onlyIfEmpty = !replace }: { replace: boolean; onlyIfEmpty?: boolean },
): Promise<void> {
  const prepared = prepareSet(records);
  const tx = db.transaction(BULK_STORES, 'readwrite', STRICT);
  await inTransaction(tx, async () => {
    // Accounts in the trash do not count: the demo book can come back after it was removed.
    if (onlyIfEmpty && (await hasLiveAccount(tx.objectStore('accounts')))) {
      throw new LensError('conflict', 'There is already data here. Choose to replace it, or back it up first.');
    }
    await putSet(tx, prepared, replace);
  });
}

/** Rows of an import under way go to the staging store in chunks (a message is size-capped), apart from the live data. */
export async function stageChunk(
  db: LensDB,
  importId: string,
  seq: number,
  store: StoreName,
  records: AnyRecord[],
  now = new Date(),
): Promise<void> {
  await db.put('staging', { importId, seq, store, records, stagedAt: now.toISOString() });
}

/** An import must finish within this long; after it, its staged rows are taken to be abandoned (the page was closed). */
export const STAGING_KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * Drops the staged rows of imports abandoned midway (a page closed before its
 * commit or discard). They were never live data; they only take up space.
 */
export async function purgeAbandonedStaging(db: LensDB, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - STAGING_KEEP_MS).toISOString();
  const tx = db.transaction('staging', 'readwrite');
  return inTransaction(tx, async () => {
    let purged = 0;
    let cursor = await tx.store.openCursor();
    while (cursor) {
      if (!cursor.value.stagedAt || cursor.value.stagedAt < cutoff) {
        await cursor.delete();
        purged++;
      }
      cursor = await cursor.continue();
    }
    return purged;
  });
}

/**
 * Moves a staged import into the live stores in one strict transaction, and
 * drops its staging rows in the same one: an import cut off before this point
 * leaves the live data untouched.
 */
export async function commitStaged(
  db: LensDB,
  importId: string,
  { replace }: { replace: boolean },
): Promise<Record<StoreName, number>> {
  const tx = db.transaction(BULK_STORES, 'readwrite', STRICT);
  return inTransaction(tx, async () => {
    const range = IDBKeyRange.bound([importId, 0], [importId, Number.MAX_SAFE_INTEGER]);
    const chunks = await tx.objectStore('staging').getAll(range);
    if (!chunks.length)
      throw new LensError(
        'not-found',
        'Nothing was staged for this import (it may have been cut off). Start it again.',
      );
    const set: RecordSet = { accounts: [], contacts: [], touchpoints: [], tasks: [], issues: [], opportunities: [] };
    for (const chunk of chunks) (set[chunk.store] as AnyRecord[]).push(...chunk.records);
    await putSet(tx, prepareSet(set), replace);
    await tx.objectStore('staging').delete(range);
    return Object.fromEntries(STORE_NAMES.map((s) => [s, set[s].length])) as Record<StoreName, number>;
  });
}

export async function discardStaged(db: LensDB, importId: string): Promise<void> {
  await db.delete('staging', IDBKeyRange.bound([importId, 0], [importId, Number.MAX_SAFE_INTEGER]));
}

/** Normalize first: a bad record fails here, before any write is issued. */
function prepareSet(records: RecordSet): RecordSet {
  return {
    ...records,
    accounts: records.accounts.map(normalizeAccount),
    contacts: records.contacts.map(normalizeContact),
    touchpoints: records.touchpoints.map(withSourceKey),
  };
}

async function putSet(tx: BulkTx, records: RecordSet, replace: boolean): Promise<void> {
  // Cheaper than noting 22,000 changes: the search index is rebuilt once, and saved again.
  await dropSavedSearch(tx);
  if (replace) for (const store of [...STORE_NAMES, 'undo'] as const) await tx.objectStore(store).clear();
  const puts: Promise<unknown>[] = [];
  for (const store of STORE_NAMES) for (const record of records[store]) puts.push(tx.objectStore(store).put(record));
  await Promise.all(puts);
}
