import { beforeEach, describe, expect, it } from 'vitest';
import { countLive } from '../../utils/background/db/reads';
import { createHandler } from '../../utils/background/handler';
import { DEMO_ACCOUNT_IDS, hasDemoAccounts } from '../../utils/shared/demo/ids';
import { buildDemoPortfolio } from '../../utils/shared/demo/portfolio';
import { STORE_NAMES } from '../../utils/shared/model';
import { RequestFailed } from '../../utils/protocol/wire';
import { accountDraft, contactDraft } from './helpers';
import { callerOf, TEST_BASE_URL, TEST_EXTENSION_ID, TEST_SENDERS, testServices } from './test-services';

/** The demo book is identifiable, and removable in one action with one undo, without touching the user's own records. */
const options = TEST_SENDERS.options;
let call: ReturnType<typeof callerOf>;
let services: ReturnType<typeof testServices>;

beforeEach(async () => {
  services = testServices();
  call = callerOf(createHandler(services));
  await call('loadDemoData', { replace: false }, options);
});

const stats = async (): Promise<Record<string, number>> => countLive(await services.db());

describe('the demo book', () => {
  it('has the same account ids whatever day it is loaded, as DEMO_ACCOUNT_IDS lists them', () => {
    for (const day of ['2020-02-29T23:30:00Z', '2026-11-26T17:00:00Z', '2031-07-09T04:00:00Z']) {
      const demo = buildDemoPortfolio(new Date(day));
      expect(new Set(demo.accounts.map((a) => a.id))).toEqual(DEMO_ACCOUNT_IDS);
    }
    expect(hasDemoAccounts([{ id: [...DEMO_ACCOUNT_IDS][3]! }])).toBe(true);
    expect(hasDemoAccounts([{ id: crypto.randomUUID() }])).toBe(false);
  });

  it("goes, with everything on its accounts, in one action; the user's own account and records stay; Undo brings it all back", async () => {
    const own = (await call(
      'saveRecord',
      { store: 'accounts', record: accountDraft({ name: 'Quokka Ltd', domains: ['quokka.example'] }) },
      options,
    )) as { record: { id: string } };
    await call(
      'saveRecord',
      {
        store: 'contacts',
        record: contactDraft(own.record.id, { name: 'Kim Quokka', emails: ['kim@quokka.example'] }),
      },
      options,
    );
    const northwind = [...DEMO_ACCOUNT_IDS][0]!;
    // A note the user logged on a demo account goes with that account, as any account's records do.
    await call(
      'saveRecord',
      {
        store: 'touchpoints',
        record: {
          accountId: northwind,
          contactIds: [],
          kind: 'note',
          direction: 'outbound',
          occurredAt: '2026-11-24T10:00:00.000Z',
          summary: 'Tried the demo',
          sentiment: 'neutral',
        },
      },
      options,
    );
    const before = await stats();

    const removed = (await call('removeDemoData', null, options)) as {
      undoId: string;
      accounts: number;
      deleted: number;
    };
    expect(removed.accounts).toBe(12);
    expect(removed.deleted).toBe(
      before.accounts! -
        1 +
        before.contacts! -
        1 +
        before.touchpoints! +
        before.tasks! +
        before.issues! +
        before.opportunities!,
    );
    expect(await stats()).toEqual({ accounts: 1, contacts: 1, touchpoints: 0, tasks: 0, issues: 0, opportunities: 0 });
    const left = (await call('listAccounts', null, options)) as Array<{ name: string }>;
    expect(left.map((a) => a.name)).toEqual(['Quokka Ltd']);

    await call('undo', { undoId: removed.undoId }, options);
    expect(await stats()).toEqual(before);
  });

  it('can be loaded again once removed (its accounts in the trash do not count as data)', async () => {
    await call('removeDemoData', null, options);
    expect(await call('loadDemoData', { replace: false }, options)).toMatchObject({ accounts: 12 });
    const fresh = buildDemoPortfolio(new Date());
    const counts = await stats();
    for (const store of STORE_NAMES) expect(counts[store]).toBe(fresh[store].length);
  });

  it('says so when there is none to remove, and only the options page may remove it', async () => {
    await call('removeDemoData', null, options);
    await expect(call('removeDemoData', null, options)).rejects.toThrow('There is no demo book to remove.');
    const popup = { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}popup.html` };
    await expect(call('removeDemoData', null, popup)).rejects.toBeInstanceOf(RequestFailed);
    await expect(call('removeDemoData', null, TEST_SENDERS.sidebar)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
