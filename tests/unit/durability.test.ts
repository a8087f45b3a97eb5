import { IDBDatabase as FakeDatabase } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandler } from '../../utils/background/handler';
import { callerOf, TEST_SENDERS, testServices } from './test-services';

/**
 * A write the user was told is saved must survive a crash right after: every transaction that changes
 * records asks for strict durability (relaxed, the default, may report complete before the disk has it).
 * Only an import's staging may stay relaxed: staged rows are thrown away if lost, and the commit is strict.
 * So may saving the search index, which holds no records: a save lost in a crash leaves the previous one
 * and the notes of what changed since, which a woken worker reads instead.
 */

interface Opened {
  stores: string[];
  durability: string;
}
let opened: Opened[];

beforeEach(() => {
  opened = [];
  const original = FakeDatabase.prototype.transaction;
  vi.spyOn(FakeDatabase.prototype, 'transaction').mockImplementation(function (
    this: InstanceType<typeof FakeDatabase>,
    stores: string | Iterable<string>,
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    if (mode === 'readwrite')
      opened.push({
        stores: typeof stores === 'string' ? [stores] : [...stores],
        durability: options?.durability ?? 'default (relaxed)',
      });
    return original.call(this, stores, mode, options);
  });
});

const mayBeRelaxed = (stores: string[]) =>
  stores.join() === 'staging' || [...stores].sort().join() === 'search,searchChanges,searchGrams';
const relaxedWrites = () => opened.filter((t) => t.durability !== 'strict' && !mayBeRelaxed(t.stores));

describe('durability of writes', () => {
  it('is strict for every user action: log, task, edit, delete, undo, merge, trash, import', async () => {
    const call = callerOf(createHandler(testServices()));
    const as = TEST_SENDERS.options;
    await call('loadDemoData', { replace: true }, as);
    const accounts: Array<{ id: string; name: string }> = await call('listAccounts', null, as);
    const [first, second] = accounts;
    const logged: { undoId: string } = await call(
      'saveRecord',
      {
        store: 'touchpoints',
        record: {
          accountId: first!.id,
          contactIds: [],
          kind: 'email',
          direction: 'inbound',
          occurredAt: '2026-11-20T10:00:00.000Z',
          summary: 'Renewal terms',
          sentiment: 'neutral',
        },
      },
      as,
    );
    await call('undo', { undoId: logged.undoId }, as);
    await call(
      'saveRecords',
      {
        records: [
          {
            store: 'tasks',
            record: { accountId: first!.id, title: 'Send the plan', dueAt: '2026-12-01T17:00:00.000Z' },
          },
        ],
      },
      TEST_SENDERS.popup,
    );
    await call('deleteRecord', { store: 'accounts', id: second!.id }, as);
    await call('restoreFromTrash', { store: 'accounts', id: second!.id }, as);
    await call('mergeAccounts', { keepId: first!.id, mergeId: second!.id }, as);
    const writes = opened.length;
    expect(writes).toBeGreaterThanOrEqual(7);
    expect(relaxedWrites()).toEqual([]);
  });
});
