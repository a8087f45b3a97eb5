import type { IDBPTransaction, StoreNames } from 'idb';
import { LensError } from '../../shared/errors';
import type {
  Account,
  AnyRecord,
  Contact,
  Draft,
  Opportunity,
  RecordTypes,
  StoreName,
  Task,
  Touchpoint,
} from '../../shared/model';
import { CHILD_STORES, childrenOf } from './children';
import { inTransaction, STRICT } from './tx';
import { noteSearchChange } from './search-store';
import {
  normalizeAccount,
  normalizeContact,
  withSourceKey,
  withAccountHistory,
  withStageHistory,
} from '../../shared/normalize-record';
import type { LensDB, LensSchema, RecordChange, UndoEntry } from './schema';

/**
 * Every user action is one transaction that also writes its undo entry, so
 * the action and its undo land together or not at all.
 */

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface WriteResult<T> {
  record: T;
  undoId: string;
  created: boolean;
}

/** A record as an action left it (`after` null: removed), for caches such as the search index. */
export interface Touched {
  store: StoreName;
  id: string;
  after: AnyRecord | null;
}

/** Undo entries older than this are dropped; the trash still holds deleted records. */
const UNDO_KEEP_MS = 24 * 60 * 60 * 1000;

type Tx = IDBPTransaction<LensSchema, StoreNames<LensSchema>[], 'readwrite'>;

export async function saveRecord<S extends StoreName>(
  db: LensDB,
  store: S,
  draft: Draft<RecordTypes[S]>,
  clock: Clock = systemClock,
): Promise<WriteResult<RecordTypes[S]>> {
  // TypeScript cannot tie a generic store to its member of the SaveRequest union, so this one is asserted.
  const { records, undoId } = await saveRecords(db, [{ store, record: draft }] as unknown as SaveRequest[], clock);
  const { record, created } = records[0]!;
  return { record: record as RecordTypes[S], undoId, created };
}

export type { SaveRequest } from '../../shared/model';
import type { SaveRequest } from '../../shared/model';

/**
 * Saves several records as one user action (a logged meeting and its
 * follow-ups): one transaction, one undo entry. Any refusal writes nothing.
 */
export async function saveRecords(
  db: LensDB,
  requests: SaveRequest[],
  clock: Clock = systemClock,
): Promise<{ records: Array<{ store: StoreName; record: AnyRecord; created: boolean }>; undoId: string }> {
  if (!requests.length) throw new LensError('invalid', 'Nothing to save.');
  const now = clock.now().toISOString();
  const tx = db.transaction([...new Set(requests.flatMap((r) => storesFor(r.store)))], 'readwrite', STRICT);
  return inTransaction(tx, async () => {
    const saved: Array<{ store: StoreName; record: AnyRecord; created: boolean }> = [];
    const changes: RecordChange[] = [];
    for (const { store, record: draft } of requests) {
      const existing = draft.id ? ((await tx.objectStore(store).get(draft.id)) as AnyRecord | undefined) : undefined;
      if (existing?.deletedAt)
        throw new LensError('conflict', 'This record is in the trash. Restore it before editing.');
      const record = prepare(
        store,
        {
          ...draft,
          id: existing?.id ?? draft.id ?? crypto.randomUUID(),
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        },
        existing,
      );
      await checkIntegrity(tx, store, record);
      await tx.objectStore(store).put(record);
      await noteSearchChange(tx, store, record.id);
      saved.push({ store, record, created: !existing });
      changes.push({ store, id: record.id, before: existing ?? null, afterUpdatedAt: now });
    }
    const first = saved[0]!;
    const label = `${first.created ? 'Added' : 'Edited'} ${describe(first.store, first.record)}${saved.length > 1 ? ` and ${saved.length - 1} more` : ''}`;
    return { records: saved, undoId: await writeUndo(tx, label, changes, now) };
  });
}

/** What a write to whole accounts touches: the accounts, their records, the undo log and the search notes. */
const WHOLE_ACCOUNT_STORES = ['accounts', ...CHILD_STORES, 'undo', 'searchChanges'] as StoreNames<LensSchema>[];

/** Moves a record to the trash; an account takes its contacts, touchpoints, tasks, issues and opportunities with it. */
export async function softDelete(
  db: LensDB,
  store: StoreName,
  id: string,
  clock: Clock = systemClock,
): Promise<{ undoId: string; deleted: number; touched: Touched[] }> {
  const now = clock.now().toISOString();
  const stores: StoreNames<LensSchema>[] =
    store === 'accounts' ? WHOLE_ACCOUNT_STORES : [store, 'undo', 'searchChanges'];
  const tx = db.transaction(stores, 'readwrite', STRICT);
  return inTransaction(tx, async () => {
    const target = (await tx.objectStore(store).get(id)) as AnyRecord | undefined;
    if (!target || target.deletedAt)
      throw new LensError('not-found', 'That record does not exist or is already in the trash.');
    const { changes, touched } = await moveToTrash(tx, await withChildren(tx, store, target), now);
    const undoId = await writeUndo(tx, `Deleted ${describe(store, target)}`, changes, now);
    return { undoId, deleted: changes.length, touched };
  });
}

/**
 * "Undo" of automatic logging: the automatic entries among `ids` go to the trash, as one action with one undo.
 * Entries logged by hand are left alone. Returns the source keys of those moved.
 */
export async function trashAutomaticEntries(
  db: LensDB,
  ids: Iterable<string>,
  clock: Clock = systemClock,
): Promise<{ undoId: string; sourceKeys: string[]; touched: Touched[] }> {
  const now = clock.now().toISOString();
  const tx = db.transaction(['touchpoints', 'undo', 'searchChanges'], 'readwrite', STRICT);
  return inTransaction(tx, async () => {
    const victims: Array<[StoreName, AnyRecord]> = [];
    for (const id of ids) {
      const entry = await tx.objectStore('touchpoints').get(id);
      if (entry && !entry.deletedAt && entry.automatic) victims.push(['touchpoints', entry]);
    }
    if (!victims.length) throw new LensError('not-found', 'There is no automatic entry to take back here.');
    const { changes, touched } = await moveToTrash(tx, victims, now);
    const label = `Took back ${victims.length} automatic entr${victims.length === 1 ? 'y' : 'ies'}`;
    const sourceKeys = victims.flatMap(([, record]) =>
      (record as Touchpoint).sourceKey ? [(record as Touchpoint).sourceKey!] : [],
    );
    return { undoId: await writeUndo(tx, label, changes, now), sourceKeys, touched };
  });
}

/**
 * Removes entries automatic logging wrote for a send the user then undid: the message was never sent, so the
 * entries go for good, not to the trash (there is nothing to restore). Entries logged by hand are left alone.
 */
export async function removeAutomaticEntries(db: LensDB, ids: Iterable<string>): Promise<Touched[]> {
  const tx = db.transaction('touchpoints', 'readwrite', STRICT);
  return inTransaction(tx, async () => {
    const touched: Touched[] = [];
    for (const id of ids) {
      const entry = await tx.store.get(id);
      if (!entry?.automatic) continue;
      await tx.store.delete(id);
      touched.push({ store: 'touchpoints', id, after: null });
    }
    return touched;
  });
}

/**
 * Moves several accounts to the trash, each with its records, as one action with one undo (the demo book).
 * Ids not found, or already in the trash, are skipped; none left to delete is refused with `nothingMessage`.
 */
export async function softDeleteAccounts(
  db: LensDB,
  ids: Iterable<string>,
  { label, nothingMessage }: { label: string; nothingMessage: string },
  clock: Clock = systemClock,
): Promise<{ undoId: string; accounts: number; deleted: number; touched: Touched[] }> {
  const now = clock.now().toISOString();
  const tx = db.transaction(WHOLE_ACCOUNT_STORES, 'readwrite', STRICT);
  return inTransaction(tx, async () => {
    const victims: Array<[StoreName, AnyRecord]> = [];
    let accounts = 0;
    for (const id of ids) {
      const account = await tx.objectStore('accounts').get(id);
      if (!account || account.deletedAt) continue;
      accounts++;
      victims.push(...(await withChildren(tx, 'accounts', account)));
    }
    if (!accounts) throw new LensError('not-found', nothingMessage);
    const { changes, touched } = await moveToTrash(tx, victims, now);
    return { undoId: await writeUndo(tx, label, changes, now), accounts, deleted: changes.length, touched };
  });
}

/** A record and, for an account, its live contacts, touchpoints, tasks, issues and opportunities. */
async function withChildren(tx: Tx, store: StoreName, target: AnyRecord): Promise<Array<[StoreName, AnyRecord]>> {
  const victims: Array<[StoreName, AnyRecord]> = [[store, target]];
  if (store !== 'accounts') return victims;
  for (const child of CHILD_STORES) {
    for (const record of await childrenOf(tx, child, target.id)) if (!record.deletedAt) victims.push([child, record]);
  }
  return victims;
}

async function moveToTrash(
  tx: Tx,
  victims: Array<[StoreName, AnyRecord]>,
  now: string,
): Promise<{ changes: RecordChange[]; touched: Touched[] }> {
  const changes: RecordChange[] = [];
  const touched: Touched[] = [];
  for (const [name, record] of victims) {
    const after = { ...record, deletedAt: now, updatedAt: now };
    await tx.objectStore(name).put(after);
    await noteSearchChange(tx, name, record.id);
    changes.push({ store: name, id: record.id, before: record, afterUpdatedAt: now });
    touched.push({ store: name, id: record.id, after });
  }
  return { changes, touched };
}

/** A put inside a merge that also notes the change for undo and the record for search and tabs. */
function recordingPut(tx: Tx, now: string) {
  const changes: RecordChange[] = [];
  const touched: Touched[] = [];
  const put = async (store: StoreName, before: AnyRecord, after: AnyRecord) => {
    await tx.objectStore(store).put(after);
    await noteSearchChange(tx, store, after.id);
    changes.push({ store, id: after.id, before, afterUpdatedAt: now });
    touched.push({ store, id: after.id, after });
  };
  return { put, changes, touched };
}

/**
 * Merges a duplicate account into the one kept: its contacts, touchpoints,
 * tasks, issues and opportunities move over, its domains and tags join, and
 * the duplicate goes to the trash. One transaction, one undo.
 */
export async function mergeAccounts(
  db: LensDB,
  keepId: string,
  mergeId: string,
  clock: Clock = systemClock,
): Promise<{ undoId: string; moved: number; touched: Touched[] }> {
  if (keepId === mergeId) throw new LensError('invalid', 'Choose two different accounts to merge.');
  const now = clock.now().toISOString();
  const tx = db.transaction(WHOLE_ACCOUNT_STORES, 'readwrite', STRICT);
  return inTransaction(tx, async () => {
    const [keep, merge] = await Promise.all([
      tx.objectStore('accounts').get(keepId),
      tx.objectStore('accounts').get(mergeId),
    ]);
    if (!keep || keep.deletedAt || !merge || merge.deletedAt)
      throw new LensError('not-found', 'Both accounts must exist and not be in the trash.');
    const { put, changes, touched } = recordingPut(tx, now);
    let moved = 0;
    for (const child of CHILD_STORES) {
      for (const record of await childrenOf(tx, child, mergeId)) {
        await put(child, record, { ...record, accountId: keepId, updatedAt: now } as AnyRecord);
        moved++;
      }
    }
    const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
    // The duplicate gives up its domains first, so the kept account may take them.
    await put('accounts', merge, { ...merge, domains: [], deletedAt: now, updatedAt: now });
    await put('accounts', keep, {
      ...keep,
      domains: union(keep.domains, merge.domains),
      tags: union(keep.tags, merge.tags),
      updatedAt: now,
    });
    const undoId = await writeUndo(tx, `Merged ${merge.name} into ${keep.name}`, changes, now);
    return { undoId, moved, touched };
  });
}

/**
 * Merges a duplicate contact into the one kept: the addresses join, blank
 * fields of the kept contact take the duplicate's, touchpoints and tasks that
 * name the duplicate name the kept contact instead, and the duplicate goes to
 * the trash. One transaction, one undo.
 */
export async function mergeContacts(
  db: LensDB,
  keepId: string,
  mergeId: string,
  clock: Clock = systemClock,
): Promise<{ undoId: string; moved: number; touched: Touched[] }> {
  if (keepId === mergeId) throw new LensError('invalid', 'Choose two different contacts to merge.');
  const now = clock.now().toISOString();
  const tx = db.transaction(
    ['contacts', 'touchpoints', 'tasks', 'undo', 'searchChanges'] as StoreNames<LensSchema>[],
    'readwrite',
    STRICT,
  );
  return inTransaction(tx, async () => {
    const [keep, merge] = await Promise.all([
      tx.objectStore('contacts').get(keepId),
      tx.objectStore('contacts').get(mergeId),
    ]);
    if (!keep || keep.deletedAt || !merge || merge.deletedAt)
      throw new LensError('not-found', 'Both contacts must exist and not be in the trash.');
    const { put, changes, touched } = recordingPut(tx, now);
    let moved = 0;
    // A touchpoint or task names contacts of its own account, so the two accounts' records are all that can point at the duplicate.
    for (const accountId of new Set([merge.accountId, keep.accountId])) {
      for (const record of (await childrenOf(tx, 'touchpoints', accountId)) as Touchpoint[]) {
        if (!record.contactIds.includes(mergeId)) continue;
        const contactIds = [...new Set(record.contactIds.map((id) => (id === mergeId ? keepId : id)))];
        await put('touchpoints', record, { ...record, contactIds, updatedAt: now });
        moved++;
      }
      for (const record of (await childrenOf(tx, 'tasks', accountId)) as Task[]) {
        if (record.contactId !== mergeId) continue;
        await put('tasks', record, { ...record, contactId: keepId, updatedAt: now });
        moved++;
      }
    }
    // The duplicate gives up its addresses, so the kept contact may take them.
    await put('contacts', merge, { ...merge, emails: [], deletedAt: now, updatedAt: now });
    const notes = [keep.notes, merge.notes].filter(Boolean).join('\n\n');
    const blanksFilled = Object.fromEntries(
      (['title', 'phone', 'preferredChannel'] as const).flatMap((field) =>
        !keep[field] && merge[field] ? [[field, merge[field]]] : [],
      ),
    );
    await put('contacts', keep, {
      ...keep,
      ...blanksFilled,
      emails: [...new Set([...keep.emails, ...merge.emails])],
      ...(notes ? { notes } : {}),
      updatedAt: now,
    });
    const undoId = await writeUndo(tx, `Merged ${merge.name} into ${keep.name}`, changes, now);
    return { undoId, moved, touched };
  });
}

/** Reverts one action. Refuses, changing nothing, if any record it touched was edited since. */
export async function undo(
  db: LensDB,
  undoId: string,
): Promise<{ label: string; restored: number; touched: Touched[] }> {
  const entry = await db.get('undo', undoId);
  if (!entry)
    throw new LensError('not-found', 'There is nothing to undo: this action is too old or was already undone.');
  const stores = [...new Set(entry.changes.map((c) => c.store))];
  const tx = db.transaction([...stores, 'undo', 'searchChanges'] as StoreNames<LensSchema>[], 'readwrite', STRICT);
  return inTransaction(tx, async () => {
    if (!(await tx.objectStore('undo').get(undoId)))
      throw new LensError('not-found', 'This action was already undone.');
    for (const change of entry.changes) {
      const current = (await tx.objectStore(change.store).get(change.id)) as AnyRecord | undefined;
      if ((current?.updatedAt ?? null) !== change.afterUpdatedAt) {
        throw new LensError('conflict', `Cannot undo "${entry.label}": it was changed again since.`);
      }
      if (change.before) await tx.objectStore(change.store).put(change.before);
      else await tx.objectStore(change.store).delete(change.id);
      await noteSearchChange(tx, change.store, change.id);
    }
    await tx.objectStore('undo').delete(undoId);
    const touched = entry.changes.map(({ store, id, before }) => ({ store, id, after: before }));
    return { label: entry.label, restored: entry.changes.length, touched };
  });
}

function storesFor(store: StoreName): StoreNames<LensSchema>[] {
  // Accounts and contacts check for clashes with others; children check their account exists.
  const extra: StoreName[] = store === 'accounts' ? [] : store === 'contacts' ? ['accounts'] : ['accounts', 'contacts'];
  const notes: StoreNames<LensSchema>[] = store === 'accounts' || store === 'contacts' ? ['searchChanges'] : [];
  return [...new Set<StoreNames<LensSchema>>([store, ...extra, 'undo', ...notes])];
}

function prepare<S extends StoreName>(
  store: S,
  record: RecordTypes[S],
  existing: RecordTypes[S] | undefined,
): RecordTypes[S] {
  if (store === 'opportunities')
    return withStageHistory(record as Opportunity, existing as Opportunity | undefined) as RecordTypes[S];
  if (store === 'accounts')
    return withAccountHistory(normalizeAccount(record as Account), existing as Account | undefined) as RecordTypes[S];
  if (store === 'contacts') return normalizeContact(record as Contact) as RecordTypes[S];
  if (store === 'touchpoints') return withSourceKey(record as Touchpoint) as RecordTypes[S];
  return record;
}

async function checkIntegrity(tx: Tx, store: StoreName, record: AnyRecord): Promise<void> {
  if (store === 'accounts') {
    for (const domain of (record as Account).domains) {
      const owners = await tx.objectStore('accounts').index('byDomain').getAll(domain);
      const other = owners.find((a) => a.id !== record.id && !a.deletedAt);
      if (other) throw new LensError('conflict', `${domain} already belongs to ${other.name}.`, { id: other.id });
    }
    return;
  }
  const accountId = (record as { accountId: string }).accountId;
  const account = await tx.objectStore('accounts').get(accountId);
  if (!account || account.deletedAt) throw new LensError('not-found', 'The account for this record does not exist.');
  if (store === 'contacts') {
    for (const email of (record as Contact).emails) {
      const owners = await tx.objectStore('contacts').index('byEmail').getAll(email);
      const other = owners.find((c) => c.id !== record.id && !c.deletedAt);
      if (other) throw new LensError('conflict', `${email} is already the address of ${other.name}.`, { id: other.id });
    }
  }
  if (store === 'touchpoints') {
    const touchpoint = record as Touchpoint;
    for (const contactId of touchpoint.contactIds) {
      const contact = await tx.objectStore('contacts').get(contactId);
      if (!contact || contact.deletedAt)
        throw new LensError('not-found', 'A contact on this touchpoint does not exist.');
    }
    if (touchpoint.sourceKey) {
      const logged = await tx.objectStore('touchpoints').index('bySource').getAll(touchpoint.sourceKey);
      const other = logged.find((t) => t.id !== record.id && !t.deletedAt);
      if (other) throw new LensError('duplicate', 'This item is already logged.', { id: other.id });
    }
  }
}

async function writeUndo(tx: Tx, label: string, changes: RecordChange[], now: string): Promise<string> {
  const undoStore = tx.objectStore('undo');
  const entry: UndoEntry = { id: crypto.randomUUID(), createdAt: now, label, changes };
  await undoStore.put(entry);
  const cutoff = new Date(Date.parse(now) - UNDO_KEEP_MS).toISOString();
  let cursor = await undoStore.index('byCreated').openCursor(IDBKeyRange.upperBound(cutoff, true));
  while (cursor) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
  return entry.id;
}

function describe(store: StoreName, record: AnyRecord): string {
  const name = 'name' in record ? record.name : 'title' in record ? record.title : '';
  const noun = {
    accounts: 'account',
    contacts: 'contact',
    touchpoints: 'touchpoint',
    tasks: 'task',
    issues: 'issue',
    opportunities: 'opportunity',
  }[store];
  return name ? `${noun} ${name}` : noun;
}
