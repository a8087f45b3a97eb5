import type { ImportPreview } from '../../utils/pages/data-actions';
import { beforeEach, describe, expect, it } from 'vitest';
import { syntheticPortfolio } from '../../utils/shared/demo/synthetic';
import { QUOTA_MESSAGE } from '../../utils/shared/errors';
import { createBackup } from '../../utils/shared/io/backup';
import { readAllRecords } from '../../utils/pages/backup-client';
import { optionsDataActions } from '../../utils/pages/options-data';
import { backgroundClient } from '../../utils/protocol/messaging';
import { countFigure } from './figures';
import { failCommit, failPut } from './storage-faults';
import { dumpDatabase, storeCounts, wireBackground, type Call } from './storage-support';

// The disk fills up in the middle of a write. The user must be told plainly, and nothing may be half written.

let call: Call;
/** The options page's client over `call`, as the backup code takes it. */
const optionsClient = backgroundClient<'options'>((type, data) => call(type, data));
let before: string;

beforeEach(async () => {
  ({ call } = wireBackground());
  await call('loadDemoData', { replace: true });
  before = await dumpDatabase();
});

/** The reply a page gets: its code and message. */
async function failure(work: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await work;
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
  throw new Error('expected the write to fail');
}

function expectInjected(fired: () => number): void {
  expect(fired(), 'the fault was never reached').toBe(1);
  countFigure('faults injected', 1);
}

describe('quota exceeded during a user action', () => {
  const actions: Array<[string, () => Promise<unknown>, string]> = [
    [
      'adding an account',
      () =>
        call('saveRecord', {
          store: 'accounts',
          record: {
            name: 'Kestrel Optics',
            domains: ['kestrel.example'],
            tier: 'key',
            status: 'active',
            objectives: [],
            tags: [],
          },
        }),
      'accounts',
    ],
    [
      'logging a meeting with two follow-ups',
      async () => {
        const [account] = await call('listAccounts', null);
        const at = '2026-11-24T10:00:00.000Z';
        return call('saveRecords', {
          records: [
            {
              store: 'touchpoints',
              record: {
                accountId: account!.id,
                contactIds: [],
                kind: 'meeting',
                direction: 'outbound',
                occurredAt: at,
                summary: 'QBR',
                sentiment: 'positive',
              },
            },
            { store: 'tasks', record: { accountId: account!.id, title: 'Send the deck', dueAt: at } },
            { store: 'tasks', record: { accountId: account!.id, title: 'Book the next one', dueAt: at } },
          ],
        });
      },
      'tasks',
    ],
    [
      'deleting an account with its records',
      async () => {
        const accounts = await call('listAccounts', null);
        return call('deleteRecord', {
          store: 'accounts',
          id: accounts.find((a) => a.name === 'Northwind Traders')!.id,
        });
      },
      'touchpoints',
    ],
  ];

  it.each(actions)('%s: a failed put is reported as storage full, and nothing is written', async (_, action, store) => {
    // The second put into the store, so an earlier put of the same action has to be rolled back.
    const fired = failPut(store, store === 'accounts' ? 1 : 2);
    expect(await failure(action())).toEqual({ code: 'quota', message: QUOTA_MESSAGE });
    expectInjected(fired);
    expect(await dumpDatabase()).toBe(before);
  });

  it.each(actions)(
    '%s: a transaction aborted at commit is reported as storage full, and nothing is written',
    async (_, action) => {
      const fired = failCommit('undo');
      expect(await failure(action())).toEqual({ code: 'quota', message: QUOTA_MESSAGE });
      expectInjected(fired);
      expect(await dumpDatabase()).toBe(before);
      // Space freed: the same action now goes through.
      await action();
      expect(await dumpDatabase()).not.toBe(before);
    },
  );

  it('says so in words: storage is full, nothing changed, free space or back up', () => {
    expect(QUOTA_MESSAGE).toMatch(/^Storage is full/);
    expect(QUOTA_MESSAGE).toMatch(/nothing was changed/);
    expect(QUOTA_MESSAGE).toMatch(/Free some disk space, or back up/);
  });
});

describe('quota exceeded during an import', () => {
  /** A backup big enough to go in several chunks (2,000 records each). */
  async function bigBackupFile(): Promise<File> {
    const book = syntheticPortfolio(
      { accounts: 300, contacts: 2_500, touchpoints: 4_500, tasks: 100, issues: 50, opportunities: 50 },
      new Date('2026-11-24T12:00:00Z'),
    );
    const demo = await readAllRecords(optionsClient);
    const records = {
      ...book,
      accounts: [...demo.accounts, ...book.accounts],
      contacts: [...demo.contacts, ...book.contacts],
    };
    return new File([JSON.stringify(createBackup(records as never, new Date()))], 'account-lens-backup.json');
  }

  const faults: Array<[string, () => () => number]> = [
    ['the second staged chunk', () => failPut('staging', 2)],
    ['the sixth of nine staged chunks', () => failPut('staging', 6)],
    ['a record written by the final commit', () => failPut('touchpoints', 3_000)],
    ['the final commit itself', () => failCommit('accounts')],
  ];

  it.each(faults)(
    'a restore that hits a full disk at %s says so, and leaves the data and staging as they were',
    async (_, inject) => {
      const actions = optionsDataActions(() => undefined);
      await actions.preview([await bigBackupFile()]);
      const fired = inject();
      const shown = await failure(actions.commit(() => undefined));
      expect(shown.message).toBe(QUOTA_MESSAGE);
      expectInjected(fired);
      expect(await dumpDatabase()).toBe(before);
      expect((await storeCounts()).staging).toBe(0);
    },
  );

  it('a CSV import that hits a full disk at its commit says so, and changes nothing', async () => {
    const actions = optionsDataActions(() => undefined);
    const csv =
      'Record ID,Company name,Company Domain Name\r\n' +
      Array.from({ length: 50 }, (_, i) => `${i},Company ${i},company-${i}.example`).join('\r\n') +
      '\r\n';
    const preview = (await actions.preview([new File([csv], 'companies.csv')])) as ImportPreview;
    expect(preview.counts).toContainEqual({ label: 'Accounts: new', count: 50 });
    const fired = failCommit('staging', 2);
    expect((await failure(actions.commit(() => undefined))).message).toBe(QUOTA_MESSAGE);
    expectInjected(fired);
    expect(await dumpDatabase()).toBe(before);
  });
});
