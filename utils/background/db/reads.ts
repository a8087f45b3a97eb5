import type { StoreName, RecordTypes, Touchpoint } from '../../shared/model';
import { unwrap, wrap, type IDBPIndex, type IDBPObjectStore } from 'idb';
import type { LensDB, LensSchema } from './schema';

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
  const [contacts, tasks, issues, opportunities, touchpoints] = await Promise.all([
    tx.objectStore('contacts').index('byAccount').getAll(accountId),
    tx.objectStore('tasks').index('byAccount').getAll(accountId),
    tx.objectStore('issues').index('byAccount').getAll(accountId),
    tx.objectStore('opportunities').index('byAccount').getAll(accountId),
    newestTouchpoints(tx.objectStore('touchpoints').index('byAccountTime'), accountId, touchpointLimit),
  ]);
  return {
    account,
    contacts: live(contacts),
    touchpoints,
    tasks: live(tasks),
    issues: live(issues),
    opportunities: live(opportunities),
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any transaction's stores: the bundle's or a single one
type TouchpointsByTime = IDBPIndex<LensSchema, any, 'touchpoints', 'byAccountTime'>;
/** Chromium 141 and later: records of an index range in either direction, in one request. */
type WithGetAllRecords = IDBIndex & {
  getAllRecords?(options: {
    query: IDBKeyRange;
    count: number;
    direction: 'prev';
  }): IDBRequest<Array<{ value: Touchpoint }>>;
};

/**
 * An account's newest live touchpoints, newest first. Where the browser has `getAllRecords`, one request
 * (again, for more, only when some were in the trash); elsewhere a cursor step per touchpoint, each a round
 * trip to the browser, which is what a woken worker's first page waited on for 20 accounts.
 */
async function newestTouchpoints(index: TouchpointsByTime, accountId: string, limit: number): Promise<Touchpoint[]> {
  const range = IDBKeyRange.bound([accountId, ''], [accountId, '\uffff']);
  const raw = unwrap(index) as WithGetAllRecords;
  if (raw.getAllRecords) {
    for (let count = limit; ; count *= 2) {
      const records = await wrap(raw.getAllRecords({ query: range, count, direction: 'prev' }));
      const live = records.map((r) => r.value).filter((t) => !t.deletedAt);
      if (live.length >= limit || records.length < count) return live.slice(0, limit);
    }
  }
  const touchpoints: Touchpoint[] = [];
  let cursor = await index.openCursor(range, 'prev');
  while (cursor && touchpoints.length < limit) {
    if (!cursor.value.deletedAt) touchpoints.push(cursor.value);
    cursor = await cursor.continue();
  }
  return touchpoints;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the accounts store of any transaction, read or write
type AccountStore = IDBPObjectStore<LensSchema, any, 'accounts', any>;

/**
 * Whether the book holds any account outside the trash: stops at the first, so it costs next to nothing on a
 * full book. Given the accounts store of the caller's transaction (a write that must find the book empty).
 */
export async function hasLiveAccount(accounts: AccountStore): Promise<boolean> {
  for (let cursor = await accounts.openCursor(); cursor; cursor = await cursor.continue()) {
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
