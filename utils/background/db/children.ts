import type { IDBPTransaction, StoreNames } from 'idb';
import type { AnyRecord } from '../../shared/model';
import type { LensSchema } from './schema';

/** The stores whose records belong to an account (by `accountId`). */
export const CHILD_STORES = ['contacts', 'touchpoints', 'tasks', 'issues', 'opportunities'] as const;
export type ChildStore = (typeof CHILD_STORES)[number];

/** An account's records in one child store, trash included, read through that store's account index. */
export function childrenOf(
  tx: IDBPTransaction<LensSchema, StoreNames<LensSchema>[], IDBTransactionMode>,
  store: ChildStore,
  accountId: string,
): Promise<AnyRecord[]> {
  if (store === 'touchpoints')
    return tx
      .objectStore('touchpoints')
      .index('byAccountTime')
      .getAll(IDBKeyRange.bound([accountId, ''], [accountId, '\uffff']));
  return tx.objectStore(store).index('byAccount').getAll(accountId);
}
