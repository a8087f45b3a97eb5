import { LensError } from '../errors';
import { STORE_NAMES, type RecordTypes, type StoreName } from '../model';
import { normalizeAccount, normalizeContact, withSourceKey } from './normalize-record';
import type { StoreNames } from 'idb';
import type { LensDB, LensSchema } from './schema';
import { inTransaction } from './tx';

export type RecordSet = { [S in StoreName]: RecordTypes[S][] };

/**
 * Writes a whole set of records in one strict transaction: all of them or
 * none. With `replace`, everything else (trash and undo log included) goes.
 */
export async function writeRecordSet(db: LensDB, records: RecordSet, { replace }: { replace: boolean }): Promise<void> {
  // Normalize first: a bad record fails here, before any write is issued.
  const prepared: RecordSet = {
    ...records,
    accounts: records.accounts.map(normalizeAccount),
    contacts: records.contacts.map(normalizeContact),
    touchpoints: records.touchpoints.map(withSourceKey),
  };
  const stores: StoreNames<LensSchema>[] = [...STORE_NAMES, 'undo'];
  const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
  await inTransaction(tx, async () => {
    if (!replace && (await tx.objectStore('accounts').count()) > 0) {
      throw new LensError('conflict', 'There is already data here. Choose to replace it, or back it up first.');
    }
    if (replace) for (const store of stores) await tx.objectStore(store).clear();
    const puts: Promise<unknown>[] = [];
    for (const store of STORE_NAMES) for (const record of prepared[store]) puts.push(tx.objectStore(store).put(record as never));
    await Promise.all(puts);
  });
}
