import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandler } from '../../utils/background/handler';
import { storedExclusions } from '../../utils/background/tab-state';
import { exclusionsFromV1 } from '../../utils/shared/match/exclusions';
import { REQUEST_CHANNEL, type RequestMap, type RequestType } from '../../utils/protocol/messaging';
import type { PageContext } from '../../utils/shared/model';
import { TEST_BASE_URL, TEST_EXTENSION_ID, testServices } from './test-services';

describe('stored exclusions', () => {
  it('version 1 (address|account keys) migrates to version 2 (whole exclusions), keeping every one', async () => {
    await fakeBrowser.storage.local.set({
      matchExclusions: ['ops@eu.northwind.com|acc-1', 'Ana@Northwind.com|acc-2', 'not an address|acc-3'],
      matchExclusions$: { v: 1 },
    });
    await storedExclusions.migrate();
    const stored = await fakeBrowser.storage.local.get(['matchExclusions', 'matchExclusions$']);
    expect(stored.matchExclusions$).toEqual({ v: 2 });
    expect(stored.matchExclusions).toEqual([
      { email: 'ops@eu.northwind.com', accountId: 'acc-1' },
      { email: 'ana@northwind.com', accountId: 'acc-2' },
    ]);
    expect([...(await storedExclusions.loader()())]).toEqual([
      'email:ops@eu.northwind.com|acc-1',
      'email:ana@northwind.com|acc-2',
    ]);
  });

  it('reads a version 1 key still waiting for its migration, and skips what it cannot read', async () => {
    await fakeBrowser.storage.local.set({
      matchExclusions: ['ops@eu.northwind.com|acc-1', { name: 'Fischer, Lena', accountId: 'acc-2' }, { bad: 1 }, 7],
    });
    expect(await storedExclusions.store.list()).toEqual([
      { email: 'ops@eu.northwind.com', accountId: 'acc-1' },
      { name: 'Fischer, Lena', accountId: 'acc-2' },
    ]);
    expect(exclusionsFromV1('not a list')).toEqual([]);
  });

  it('adds once per person and account (a name by its key), and removes', async () => {
    const { store } = storedExclusions;
    expect(await store.add({ name: 'Fischer, Lena', accountId: 'acc-1' })).toBe(true);
    expect(await store.add({ name: 'Dr. Léna Fischer', accountId: 'acc-1' })).toBe(false);
    expect(await store.add({ name: 'Lena Fischer', accountId: 'acc-2' })).toBe(true);
    expect(await store.add({ email: 'lena@northwind.com', accountId: 'acc-1' })).toBe(true);
    expect(await store.remove({ name: 'lena fischer', accountId: 'acc-1' })).toBe(true);
    expect(await store.remove({ name: 'lena fischer', accountId: 'acc-1' })).toBe(false);
    expect(await store.list()).toEqual([
      { name: 'Lena Fischer', accountId: 'acc-2' },
      { email: 'lena@northwind.com', accountId: 'acc-1' },
    ]);
  });
});

describe('"not this account" over the real handler', () => {
  const EXT = TEST_EXTENSION_ID;
  const senders = {
    gmail: { id: EXT, url: 'https://outlook.office.com/mail/', tab: { id: 4 } as never, frameId: 0 },
    sidebar: { id: EXT, url: `${TEST_BASE_URL}sidebar.html`, tab: { id: 4 } as never, frameId: 2 },
    options: { id: EXT, url: `${TEST_BASE_URL}options.html` },
  } satisfies Record<string, Runtime.MessageSender>;
  let call: <K extends RequestType>(
    type: K,
    data: RequestMap[K]['data'],
    sender?: Runtime.MessageSender,
  ) => Promise<RequestMap[K]['reply']>;

  beforeEach(async () => {
    const handle = createHandler(testServices());
    call = async (type, data, sender = senders.options) => {
      const reply = await handle({ channel: REQUEST_CHANNEL, type, data }, sender);
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value as never;
    };
    await call('loadDemoData', { replace: true });
  });

  const shownByName = async (name: string) => {
    const context: PageContext = {
      site: 'outlook',
      view: 'message',
      people: [{ name, role: 'from' }],
      messageId: 'AAMk-1',
    };
    await call('reportPageContext', { context }, senders.gmail);
    return (await call('getTabAccounts', {}, senders.sidebar)).resolution!.accounts;
  };

  it('by name hides the match, and includeMatch (Undo) brings it back', async () => {
    const [contact] = (await call('listContacts', {
      filter: { text: '', accountId: 'all', role: 'all', sort: 'name' },
      offset: 0,
      limit: 1,
    }))!.contacts;
    const [first, last] = contact!.name.split(' ');
    const shown = `${last}, ${first}`;
    const [match] = await shownByName(shown);
    expect(match!.people[0]).toMatchObject({ reason: 'name', contact: { id: contact!.id } });

    const { exclusion } = await call('excludeMatch', { name: shown, accountId: match!.account.id }, senders.sidebar);
    expect(exclusion).toEqual({ name: shown, accountId: match!.account.id });
    expect(await shownByName(shown)).toEqual([]);
    expect(await call('listExclusions', null)).toEqual([
      { exclusion, account: { name: match!.account.name, inTrash: false } },
    ]);

    expect((await call('includeMatch', exclusion, senders.sidebar)).removed).toBe(true);
    expect((await shownByName(shown)).map((m) => m.account.id)).toEqual([match!.account.id]);
    expect(await call('listExclusions', null)).toEqual([]);
  });

  it('by address normalizes it, and refuses what is neither an address nor a name', async () => {
    const [account] = await call('listAccounts', null);
    const { exclusion } = await call('excludeMatch', { email: 'Someone@Northwind.COM', accountId: account!.id });
    expect(exclusion).toEqual({ email: 'someone@northwind.com', accountId: account!.id });
    await expect(call('excludeMatch', { email: 'nobody', accountId: account!.id })).rejects.toThrow(
      /not an email address/,
    );
    await expect(call('excludeMatch', { name: 'Dr. ()', accountId: account!.id })).rejects.toThrow();
    await expect(call('listExclusions', null, senders.sidebar)).rejects.toThrow();
  });
});
