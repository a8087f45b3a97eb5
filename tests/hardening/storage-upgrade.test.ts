import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { lazyDb, openLensDb } from '../../utils/background/db/open';
import { MIGRATIONS, SCHEMA_VERSION } from '../../utils/background/db/migrations';
import { countFigure } from './figures';

// An open page of the extension (or a worker still running the old version) holds the database when a new
// version wants to upgrade it. The old connection must step aside on `versionchange`, or the upgrade waits forever.

const NAME = 'upgrade-db';
const account = {
  id: 'a1',
  createdAt: '2026-11-24T09:00:00.000Z',
  updatedAt: '2026-11-24T09:00:00.000Z',
  name: 'Northwind Traders',
  domains: ['northwind.com'],
  tier: 'key',
  status: 'active',
  objectives: [],
  tags: [],
};

/** Counts `blocked` events on every open request; a blocked open is unblocked by force so the test reports instead of hanging. */
function watchBlocked(release: () => void): () => number {
  let blocked = 0;
  const original = IDBFactory.prototype.open;
  vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(function (
    this: IDBFactory,
    name: string,
    version?: number,
  ) {
    const request = original.call(this, name, version);
    request.addEventListener('blocked', () => (blocked++, release()));
    return request;
  });
  return () => blocked;
}

const isClosed = (db: { transaction: (store: 'accounts') => unknown }) => {
  try {
    db.transaction('accounts');
    return false;
  } catch (error) {
    return (error as DOMException).name === 'InvalidStateError';
  }
};

describe('a database upgrade while an older connection is open', () => {
  it('the open connection closes on versionchange, the real migration completes, and the data survives', async () => {
    // The old version's connection, opened the way every context opens it.
    const oldGetter = lazyDb(() => openLensDb(NAME, SCHEMA_VERSION - 1));
    const old = await oldGetter();
    await old.put('accounts', account as never);
    const blocked = watchBlocked(() => old.close());
    countFigure('faults injected', 1);

    const upgraded = await openLensDb(NAME, SCHEMA_VERSION);

    expect(blocked()).toBe(0);
    expect(isClosed(old)).toBe(true);
    expect(upgraded.version).toBe(SCHEMA_VERSION);
    expect([...upgraded.objectStoreNames]).toEqual(expect.arrayContaining(['undo', 'staging']));
    expect(await upgraded.get('accounts', 'a1')).toEqual(account);
    // The old code, asked again, refuses the newer database plainly instead of touching it.
    await expect(oldGetter()).rejects.toThrow(
      `The stored data is from a newer version of Account Lens (schema ${SCHEMA_VERSION}, this one reads up to ${SCHEMA_VERSION - 1}). Update the extension; nothing was changed.`,
    );
    upgraded.close();
  });

  it('the current version steps aside for a future one, and its next request is refused plainly instead of touching newer data', async () => {
    const getter = lazyDb(() => openLensDb(NAME));
    const current = await getter();
    await current.put('accounts', account as never);
    const blocked = watchBlocked(() => current.close());
    countFigure('faults injected', 1);

    const future = await openDB(NAME, SCHEMA_VERSION + 1, {
      upgrade(db) {
        db.createObjectStore('future-store', { keyPath: 'id' });
      },
    });
    expect(blocked()).toBe(0);
    expect(isClosed(current)).toBe(true);
    expect(await future.get('accounts', 'a1')).toEqual(account);
    future.close();
    await expect(getter()).rejects.toThrow(/newer version of Account Lens \(schema \d+, this one reads up to \d+\)/);
  });

  it('two contexts on the same version share the database without blocking each other', async () => {
    const a = await lazyDb(() => openLensDb(NAME))();
    const b = await lazyDb(() => openLensDb(NAME))();
    await a.put('accounts', account as never);
    expect(await b.get('accounts', 'a1')).toEqual(account);
    expect(MIGRATIONS.length).toBe(SCHEMA_VERSION);
    a.close();
    b.close();
  });
});
