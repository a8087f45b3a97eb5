import type { StoreNames } from 'idb';
import { LensError } from '../../shared/errors';
import { STORE_NAMES, type AnyRecord, type StoreName } from '../../shared/model';
import type { LensDB, LensSchema } from './schema';
import { CHILD_STORES, childrenOf } from './children';
import { inTransaction, STRICT } from './tx';
import { noteSearchChange } from './search-store';

export const TRASH_DAYS = 30;
const ALL: StoreNames<LensSchema>[] = [...STORE_NAMES, 'undo', 'searchChanges'];

/** What the trash shows: deleted accounts, and contacts deleted on their own. Newest first. */
export async function listTrash(db: LensDB): Promise<Array<{ store: 'accounts' | 'contacts'; record: AnyRecord }>> {
  const [accounts, contacts] = await Promise.all([db.getAll('accounts'), db.getAll('contacts')]);
  const deletedAccounts = new Set(accounts.filter((a) => a.deletedAt).map((a) => a.id));
  return [
    ...accounts.filter((a) => a.deletedAt).map((record) => ({ store: 'accounts' as const, record })),
    ...contacts
      .filter((c) => c.deletedAt && !deletedAccounts.has(c.accountId))
      .map((record) => ({ store: 'contacts' as const, record })),
  ].sort((a, b) => b.record.deletedAt!.localeCompare(a.record.deletedAt!));
}

/** Takes a record out of the trash; an account brings back what was deleted with it (same moment). */
export async function restoreFromTrash(
  db: LensDB,
  store: 'accounts' | 'contacts',
  id: string,
  now: Date,
): Promise<number> {
  const stamp = now.toISOString();
  const tx = db.transaction(ALL, 'readwrite', STRICT);
  return inTransaction(tx, async () => {
    const record = (await tx.objectStore(store).get(id)) as AnyRecord | undefined;
    if (!record?.deletedAt) throw new LensError('not-found', 'That record is not in the trash.');
    if (store === 'contacts') {
      const account = await tx.objectStore('accounts').get((record as { accountId: string }).accountId);
      if (!account || account.deletedAt) throw new LensError('conflict', 'Restore the account of this contact first.');
    }
    const when = record.deletedAt;
    const back = async (s: StoreName, r: AnyRecord) => {
      const { deletedAt: _gone, ...rest } = r;
      await tx.objectStore(s).put({ ...rest, updatedAt: stamp });
      await noteSearchChange(tx, s, r.id);
    };
    await back(store, record);
    let restored = 1;
    if (store === 'accounts') {
      for (const child of CHILD_STORES) {
        for (const r of await childrenOf(tx, child, id)) {
          if (r.deletedAt !== when) continue;
          await back(child, r);
          restored++;
        }
      }
    }
    return restored;
  });
}

/**
 * Erases a record for good (a privacy request): an account with everything
 * of it, and any undo entry that still holds a copy. Cannot be undone.
 */
export async function erasePermanently(db: LensDB, store: 'accounts' | 'contacts', id: string): Promise<number> {
  const tx = db.transaction(ALL, 'readwrite', STRICT);
  return inTransaction(tx, async () => {
    const record = await tx.objectStore(store).get(id);
    if (!record) throw new LensError('not-found', 'That record does not exist.');
    const erased = new Set([id]);
    await tx.objectStore(store).delete(id);
    await noteSearchChange(tx, store, id);
    if (store === 'accounts') {
      for (const child of CHILD_STORES) {
        for (const r of await childrenOf(tx, child, id)) {
          erased.add(r.id);
          await tx.objectStore(child).delete(r.id);
          await noteSearchChange(tx, child, r.id);
        }
      }
    }
    let cursor = await tx.objectStore('undo').openCursor();
    while (cursor) {
      if (cursor.value.changes.some((c) => erased.has(c.id))) await cursor.delete();
      cursor = await cursor.continue();
    }
    return erased.size;
  });
}

/** Empties the trash of what was deleted more than 30 days ago. */
export async function purgeTrash(db: LensDB, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - TRASH_DAYS * 86_400_000).toISOString();
  const tx = db.transaction([...STORE_NAMES, 'searchChanges'] as StoreNames<LensSchema>[], 'readwrite', STRICT);
  return inTransaction(tx, async () => {
    let purged = 0;
    for (const store of STORE_NAMES) {
      let cursor = await tx.objectStore(store).openCursor();
      while (cursor) {
        const deletedAt = (cursor.value as AnyRecord).deletedAt;
        if (deletedAt && deletedAt < cutoff) {
          await cursor.delete();
          await noteSearchChange(tx, store, cursor.primaryKey);
          purged++;
        }
        cursor = await cursor.continue();
      }
    }
    return purged;
  });
}
