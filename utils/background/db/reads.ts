import type { StoreName, RecordTypes, Touchpoint } from '../../shared/model';
import type { LensDB } from './schema';

export async function listLive<S extends StoreName>(db: LensDB, store: S): Promise<RecordTypes[S][]> {
  const all = (await db.getAll(store)) as RecordTypes[S][];
  return all.filter((r) => !r.deletedAt);
}

/** Everything shown about one account. Touchpoints come newest first, at most `touchpointLimit`. */
export type { AccountBundle } from '../../shared/model';
import type { AccountBundle } from '../../shared/model';

export async function getAccountBundle(
  db: LensDB,
  accountId: string,
  touchpointLimit = 200,
): Promise<AccountBundle | null> {
  const tx = db.transaction(['accounts', 'contacts', 'touchpoints', 'tasks', 'issues', 'opportunities']);
  const account = await tx.objectStore('accounts').get(accountId);
  if (!account || account.deletedAt) return null;
  const live = <T extends { deletedAt?: string }>(records: T[]) => records.filter((r) => !r.deletedAt);
  const [contacts, tasks, issues, opportunities] = await Promise.all([
    tx.objectStore('contacts').index('byAccount').getAll(accountId),
    tx.objectStore('tasks').index('byAccount').getAll(accountId),
    tx.objectStore('issues').index('byAccount').getAll(accountId),
    tx.objectStore('opportunities').index('byAccount').getAll(accountId),
  ]);
  const touchpoints: Touchpoint[] = [];
  const range = IDBKeyRange.bound([accountId, ''], [accountId, '\uffff']);
  let cursor = await tx.objectStore('touchpoints').index('byAccountTime').openCursor(range, 'prev');
  while (cursor && touchpoints.length < touchpointLimit) {
    if (!cursor.value.deletedAt) touchpoints.push(cursor.value);
    cursor = await cursor.continue();
  }
  return {
    account,
    contacts: live(contacts),
    touchpoints,
    tasks: live(tasks),
    issues: live(issues),
    opportunities: live(opportunities),
  };
}

/** Whether the book holds any account outside the trash: stops at the first, so it costs next to nothing on a full book. */
export async function hasLiveAccount(db: LensDB): Promise<boolean> {
  for (let cursor = await db.transaction('accounts').store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (!cursor.value.deletedAt) return true;
  }
  return false;
}

export async function countLive(db: LensDB): Promise<Record<StoreName, number>> {
  const counts = {} as Record<StoreName, number>;
  for (const store of ['accounts', 'contacts', 'touchpoints', 'tasks', 'issues', 'opportunities'] as const) {
    counts[store] = (await listLive(db, store)).length;
  }
  return counts;
}
