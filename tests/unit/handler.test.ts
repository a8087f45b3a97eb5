import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandler, type BackgroundServices } from '../../utils/background/handler';
import { REQUEST_CHANNEL, type Reply, type RequestMap, type RequestType } from '../../utils/protocol/messaging';
import type { PageContext } from '../../utils/shared/model';
import { countLive } from '../../utils/background/db/reads';
import { TEST_BASE_URL, TEST_EXTENSION_ID, testServices } from './test-services';

const EXT = TEST_EXTENSION_ID;
const BASE = TEST_BASE_URL;
const senders = {
  options: { id: EXT, url: `${BASE}options.html` },
  popup: { id: EXT, url: `${BASE}popup.html` },
  sidebar: { id: EXT, url: `${BASE}sidebar.html`, tab: { id: 7 } as never, frameId: 3 },
  gmail: { id: EXT, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz', tab: { id: 7 } as never, frameId: 0 },
} satisfies Record<string, Runtime.MessageSender>;

let notified: Array<[number | undefined, boolean | undefined]>;
let handle: ReturnType<typeof createHandler>;
let services: BackgroundServices;

function makeServices(): BackgroundServices {
  return testServices({
    self: async () => ({ addresses: new Set(['me@mycompany.com']), domains: new Set(['mycompany.com']) }),
    activeTabId: async () => 7,
    refreshTabs: (tabId, dataChanged) => void notified.push([tabId, dataChanged]),
  });
}

beforeEach(() => {
  notified = [];
  services = makeServices();
  handle = createHandler(services);
});

function send<K extends RequestType>(
  type: K,
  data: RequestMap[K]['data'],
  sender: Runtime.MessageSender,
): Promise<Reply<RequestMap[K]['reply']>> {
  return handle({ channel: REQUEST_CHANNEL, type, data }, sender) as Promise<Reply<RequestMap[K]['reply']>>;
}
async function ok<K extends RequestType>(
  type: K,
  data: RequestMap[K]['data'],
  sender: Runtime.MessageSender = senders.options,
) {
  const reply = await send(type, data, sender);
  if (!reply.ok) throw new Error(`${type} failed: ${reply.error.message}`);
  return reply.value;
}
/** How many live records each store holds, read straight from the database. */
const stored = async () => countLive(await services.db());
/** The sidebar frame of tab `tabId`, as the browser reports it. */
const sidebarIn = (tabId: number) => ({ ...senders.sidebar, tab: { id: tabId } as never });

const threadContext: PageContext = {
  site: 'gmail',
  view: 'thread',
  people: [
    { email: 'ana.ruiz@northwind.com', name: 'Ana Ruiz', role: 'from' },
    { email: 'me@mycompany.com', name: 'me', role: 'to' },
  ],
  subject: 'Renewal terms',
  threadId: 'thread-f:1',
  messageId: '18c2f0a1b2c3d4e5',
};

describe('who may send what', () => {
  it('rejects a message from another extension', async () => {
    const reply = await send('listAccounts', null, { ...senders.options, id: 'someone-else' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('rejects a page the extension does not run on, and a frame inside a mail page', async () => {
    expect(
      await send(
        'reportPageContext',
        { context: threadContext },
        { id: EXT, url: 'https://evil.example/', tab: { id: 9 } as never, frameId: 0 },
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await send('reportPageContext', { context: threadContext }, { ...senders.gmail, frameId: 4 })).toMatchObject(
      { ok: false, error: { code: 'forbidden' } },
    );
    expect(
      await send('reportPageContext', { context: threadContext }, { ...senders.gmail, url: 'http://mail.google.com/' }),
    ).toMatchObject({ ok: false });
  });

  it.each([
    'listAccounts',
    'getAccount',
    'search',
    'getTabAccounts',
    'saveRecord',
    'deleteRecord',
    'exportRecords',
    'loadDemoData',
  ] as const)('a content script may not ask for %s', async (type) => {
    const data = {
      listAccounts: null,
      exportRecords: { store: 'accounts', limit: 10 },
      getAccount: { id: 'x' },
      search: { query: 'north' },
      getTabAccounts: {},
      deleteRecord: { store: 'accounts', id: 'x' },
      loadDemoData: { replace: true },
      saveRecord: {
        store: 'accounts',
        record: { name: 'X', domains: [], tier: 'key', status: 'active', objectives: [], tags: [] },
      },
    }[type];
    const reply = await send(type, data as never, senders.gmail);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await stored()).toMatchObject({ accounts: 0 });
  });

  it('only the options page may load the demo data', async () => {
    expect(await send('loadDemoData', { replace: true }, senders.popup)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await ok('loadDemoData', { replace: true })).toMatchObject({ accounts: 12 });
  });

  it('a sidebar page outside a tab is not trusted as a sidebar', async () => {
    const reply = await send('getTabAccounts', {}, { id: EXT, url: `${BASE}sidebar.html` });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('malformed data', () => {
  it.each([
    ['not an object', 'hello'],
    ['no channel', { type: 'listAccounts', data: null }],
    ['unknown type', { channel: REQUEST_CHANNEL, type: 'dropDatabase', data: null }],
    ['prototype key as type', { channel: REQUEST_CHANNEL, type: 'constructor', data: null }],
    [
      'an object that cannot become a string as type',
      { channel: REQUEST_CHANNEL, type: Object.create(null), data: null },
    ],
    [
      'an envelope only inherited from a prototype',
      Object.create({ channel: REQUEST_CHANNEL, type: 'listAccounts', data: null }),
    ],
  ])('%s: a clear error', async (_, message) => {
    const reply = await handle(message, senders.options);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it.each([
    ['missing fields', { store: 'accounts', record: { name: 'X' } }],
    [
      'wrong enum',
      {
        store: 'accounts',
        record: { name: 'X', domains: [], tier: 'gold', status: 'active', objectives: [], tags: [] },
      },
    ],
    ['unknown store', { store: 'users', record: {} }],
    [
      'extra field',
      {
        store: 'accounts',
        record: { name: 'X', domains: [], tier: 'key', status: 'active', objectives: [], tags: [], isAdmin: true },
      },
    ],
    [
      'bad date',
      {
        store: 'accounts',
        record: {
          name: 'X',
          domains: [],
          tier: 'key',
          status: 'active',
          objectives: [],
          tags: [],
          renewalDate: '2026-02-30',
        },
      },
    ],
    [
      'bad currency',
      {
        store: 'accounts',
        record: {
          name: 'X',
          domains: [],
          tier: 'key',
          status: 'active',
          objectives: [],
          tags: [],
          annualValue: { amount: 5, currency: 'dollars' },
        },
      },
    ],
    [
      'empty name',
      {
        store: 'accounts',
        record: { name: '   ', domains: [], tier: 'key', status: 'active', objectives: [], tags: [] },
      },
    ],
    [
      'bad domain',
      {
        store: 'accounts',
        record: { name: 'X', domains: ['not a domain'], tier: 'key', status: 'active', objectives: [], tags: [] },
      },
    ],
  ])('saveRecord with %s is refused and nothing is written', async (_, data) => {
    const reply = await send('saveRecord', data as never, senders.options);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('invalid');
    expect(await stored()).toMatchObject({ accounts: 0 });
  });

  it('a page context with too many people or a bad role is refused, and the tab keeps its last context', async () => {
    await ok('reportPageContext', { context: threadContext }, senders.gmail);
    const flood = {
      ...threadContext,
      people: Array.from({ length: 201 }, (_, i) => ({ email: `p${i}@x.com`, role: 'to' as const })),
    };
    expect(await send('reportPageContext', { context: flood }, senders.gmail)).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(
      await send(
        'reportPageContext',
        { context: { ...threadContext, people: [{ email: 'a@b.com', role: 'boss' }] } } as never,
        senders.gmail,
      ),
    ).toMatchObject({ ok: false });
    expect((await ok('getTabAccounts', {}, senders.sidebar)).context).toEqual(threadContext);
  });
});

describe('page context', () => {
  it('is kept per tab in session storage, and survives a worker restart', async () => {
    expect(await ok('reportPageContext', { context: threadContext }, senders.gmail)).toEqual({ changed: true });
    expect(notified).toEqual([[7, true]]);
    // Unchanged: the layout is pushed again (a reloaded page needs its sidebar), the frames are not told to refetch.
    expect(await ok('reportPageContext', { context: threadContext }, senders.gmail)).toEqual({ changed: false });
    expect(notified).toEqual([
      [7, true],
      [7, false],
    ]);

    const restarted = createHandler(makeServices());
    const reply = await restarted({ channel: REQUEST_CHANNEL, type: 'getTabAccounts', data: {} }, senders.sidebar);
    expect(reply).toMatchObject({ ok: true, value: { context: threadContext } });
  });

  it('a frame only ever reads its own tab, and names none', async () => {
    await ok('reportPageContext', { context: threadContext }, senders.gmail);
    expect((await ok('getTabAccounts', {}, sidebarIn(8))).context).toBeNull();
    expect(await send('getTabAccounts', { tabId: 7 } as never, sidebarIn(8))).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });

  it('resolves the tab context to accounts for the sidebar, without self', async () => {
    await ok('loadDemoData', { replace: true });
    await ok('reportPageContext', { context: threadContext }, senders.gmail);
    const { resolution } = await ok('getTabAccounts', {}, senders.sidebar);
    expect(resolution!.accounts.map((a) => a.account.name)).toEqual(['Northwind Traders']);
    expect(resolution!.self).toEqual(['me@mycompany.com']);
  });

  it('resolves from the kept directory once loaded, keeps it across a logged touchpoint, and finds a contact saved since', async () => {
    await ok('loadDemoData', { replace: true });
    const page = {
      ...threadContext,
      people: [...threadContext.people, { email: 'kim@quokka.example', role: 'cc' as const }],
    };
    await ok('reportPageContext', { context: page }, senders.gmail);
    await ok('getTabAccounts', {}, senders.sidebar);
    await vi.waitFor(() => expect(services.memo.loadedDirectory()).toBeDefined());
    const northwind = (await ok('listAccounts', null)).find((a) => a.name === 'Northwind Traders')!;
    await ok(
      'saveRecord',
      {
        store: 'touchpoints',
        record: {
          accountId: northwind.id,
          contactIds: [],
          kind: 'call',
          direction: 'outbound',
          occurredAt: '2026-11-24T09:00:00.000Z',
          summary: 'Call',
          sentiment: 'neutral',
        },
      },
      senders.sidebar,
    );
    expect(services.memo.loadedDirectory()).toBeDefined();
    await ok('saveRecord', {
      store: 'contacts',
      record: { accountId: northwind.id, name: 'Kim', emails: ['kim@quokka.example'], role: 'user' },
    });
    expect(services.memo.loadedDirectory()).toBeUndefined();
    const { resolution } = await ok('getTabAccounts', {}, senders.sidebar);
    const kim = resolution!.accounts.flatMap((a) => a.people).find((p) => p.email === 'kim@quokka.example');
    expect(kim).toMatchObject({ reason: 'email' });
    // Loaded again for the new data, it gives the same answer.
    await vi.waitFor(() =>
      expect(services.memo.loadedDirectory()?.contactsByEmail.get('kim@quokka.example')?.name).toBe('Kim'),
    );
    await ok('reportPageContext', { context: { ...page, subject: 'Again' } }, senders.gmail);
    expect(
      (await ok('getTabAccounts', {}, senders.sidebar))
        .resolution!.accounts.flatMap((a) => a.people)
        .find((p) => p.email === 'kim@quokka.example'),
    ).toMatchObject({ reason: 'email' });
  });

  it('finds an account saved after the page was first resolved (the kept directory is dropped on writes)', async () => {
    await ok('loadDemoData', { replace: true });
    const page = {
      ...threadContext,
      people: [...threadContext.people, { email: 'kim@quokka.example', role: 'cc' as const }],
    };
    await ok('reportPageContext', { context: page }, senders.gmail);
    expect((await ok('getTabAccounts', {}, senders.sidebar)).resolution!.unknownDomains.map((u) => u.domain)).toContain(
      'quokka.example',
    );
    await ok(
      'saveRecord',
      {
        store: 'accounts',
        record: {
          name: 'Quokka Holdings',
          domains: ['quokka.example'],
          tier: 'key',
          status: 'active',
          objectives: [],
          tags: [],
        },
      },
      senders.options,
    );
    const { resolution } = await ok('getTabAccounts', {}, senders.sidebar);
    expect(resolution!.accounts.map((a) => a.account.name)).toEqual(['Northwind Traders', 'Quokka Holdings']);
  });
});

describe('records through messages', () => {
  it('saves, deletes and undoes, keeping search current', async () => {
    const saved = await ok(
      'saveRecord',
      {
        store: 'accounts',
        record: {
          name: 'Quokka Holdings',
          domains: ['Quokka.example'],
          tier: 'key',
          status: 'active',
          objectives: [],
          tags: [],
        },
      },
      senders.options,
    );
    expect(saved.record).toMatchObject({ name: 'Quokka Holdings', domains: ['quokka.example'] });
    expect((await ok('search', { query: 'quoka' }, senders.popup))[0]).toMatchObject({ name: 'Quokka Holdings' });

    const { undoId } = await ok('deleteRecord', { store: 'accounts', id: saved.record.id });
    expect(await ok('listAccounts', null)).toEqual([]);
    expect(await ok('search', { query: 'quokka' }, senders.popup)).toEqual([]);

    await ok('undo', { undoId });
    expect((await ok('listAccounts', null)).map((a) => a.name)).toEqual(['Quokka Holdings']);
    expect((await ok('search', { query: 'quokka' }, senders.popup))[0]).toMatchObject({ name: 'Quokka Holdings' });
  });

  it('answers a clear error when a write clashes, with the database unchanged', async () => {
    await ok('loadDemoData', { replace: true });
    const before = await stored();
    const reply = await send(
      'saveRecord',
      {
        store: 'accounts',
        record: { name: 'Copy', domains: ['northwind.com'], tier: 'key', status: 'active', objectives: [], tags: [] },
      },
      senders.options,
    );
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'northwind.com already belongs to Northwind Traders.' },
    });
    expect(await stored()).toEqual(before);
  });

  it('warmSearch answers at once and builds the index in the background', async () => {
    expect(await ok('warmSearch', null, senders.popup)).toEqual({ built: false });
    await services.search.warm();
    expect(await ok('warmSearch', null, senders.popup)).toEqual({ built: true });
  });
});

describe('sidebar data', () => {
  it("gives the sidebar its tab's accounts with their records, and remembers its state per site", async () => {
    await ok('loadDemoData', { replace: true });
    await ok('reportPageContext', { context: threadContext }, senders.gmail);
    const first = await ok('getTabAccounts', {}, senders.sidebar);
    expect(first.sidebar).toBe('expanded');
    expect(first.bundles.map((b) => b.account.name)).toEqual(['Northwind Traders']);
    expect(first.bundles[0]!.touchpoints.length).toBeGreaterThan(0);
    await ok('setSidebarState', { state: 'collapsed' }, senders.sidebar);
    expect((await ok('getTabAccounts', {}, senders.sidebar)).sidebar).toBe('collapsed');
    // The choice is per site: an Outlook tab is unaffected.
    const outlook = { ...senders.gmail, url: 'https://outlook.office.com/mail/inbox', tab: { id: 9 } as never };
    await ok('reportPageContext', { context: { ...threadContext, site: 'outlook', view: 'reading-pane' } }, outlook);
    expect((await ok('getTabAccounts', {}, sidebarIn(9))).sidebar).toBe('expanded');
    // In a calendar event the briefing card shows; the sidebar waits as a tab until asked for.
    const calendar = { ...senders.gmail, url: 'https://calendar.google.com/calendar/u/0/r', tab: { id: 10 } as never };
    await ok(
      'reportPageContext',
      { context: { ...threadContext, site: 'google-calendar', view: 'event-popup' } },
      calendar,
    );
    const inEvent = await ok('getTabAccounts', {}, sidebarIn(10));
    expect([inEvent.sidebar, inEvent.briefing]).toEqual(['collapsed', 'expanded']);
    expect(first.briefing).toBe('hidden');
  });

  it('"not this account" stops a match for that address', async () => {
    await ok('loadDemoData', { replace: true });
    await ok(
      'reportPageContext',
      { context: { ...threadContext, people: [{ email: 'someone@northwind.com', role: 'from' }] } },
      senders.gmail,
    );
    const [bundle] = (await ok('getTabAccounts', {}, senders.sidebar)).bundles;
    await ok('excludeMatch', { email: 'Someone@Northwind.com', accountId: bundle!.account.id }, senders.sidebar);
    const after = await ok('getTabAccounts', {}, senders.sidebar);
    expect(after.bundles).toEqual([]);
    // The sidebar stays as the user left it (what matched never sizes it), so its Undo stays in reach.
    expect(after.sidebar).toBe('expanded');
  });
});

describe('detection misses', () => {
  it('are counted per site, view and part, and only the options page reads the report', async () => {
    await ok(
      'reportPageContext',
      { context: threadContext, misses: [{ view: 'thread', part: 'sender' }] },
      senders.gmail,
    );
    await ok(
      'reportPageContext',
      {
        context: null,
        misses: [
          { view: 'thread', part: 'sender' },
          { view: 'compose', part: 'recipient-fields' },
        ],
      },
      senders.gmail,
    );
    const report = await ok('getDetectionReport', null);
    expect(report.map(({ site, view, part, count }) => ({ site, view, part, count }))).toEqual([
      { site: 'gmail', view: 'thread', part: 'sender', count: 2 },
      { site: 'gmail', view: 'compose', part: 'recipient-fields', count: 1 },
    ]);
    expect(JSON.stringify(report)).not.toContain('@');
    expect(await send('getDetectionReport', null, senders.gmail)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('frames loaded through a dynamic extension URL', () => {
  it('are recognised by the sender id and the extension scheme', async () => {
    await ok('reportPageContext', { context: threadContext }, senders.gmail);
    const dynamic = { ...senders.sidebar, url: 'chrome-extension://0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/sidebar.html' };
    expect((await ok('getTabAccounts', {}, dynamic)).context).toEqual(threadContext);
    expect(await send('getTabAccounts', {}, { ...dynamic, id: 'other-extension' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('the sidebar keyboard command', () => {
  it("flips the sidebar on the tab's site, from what is showing now", async () => {
    const { toggleSidebar } = await import('../../utils/background/tab-state');
    await ok('loadDemoData', { replace: true });
    await ok('reportPageContext', { context: threadContext }, senders.gmail);
    const refreshed: number[] = [];
    const refresh = async (tabId: number) => void refreshed.push(tabId);
    await toggleSidebar(services, 7, refresh);
    expect((await ok('getTabAccounts', {}, senders.sidebar)).sidebar).toBe('collapsed');
    await toggleSidebar(services, 7, refresh);
    expect((await ok('getTabAccounts', {}, senders.sidebar)).sidebar).toBe('expanded');
    expect(refreshed).toEqual([7, 7]);
    await toggleSidebar(services, 99, refresh);
    expect(refreshed).toEqual([7, 7]);
  });
});

describe('report order', () => {
  it("applies a tab's reports in the order they came, even when an earlier one waits on storage", async () => {
    const slow = makeServices();
    const record = slow.misses.record.bind(slow.misses);
    slow.misses = {
      ...slow.misses,
      record: async (site, misses) => (await new Promise((r) => setTimeout(r, 30)), record(site, misses)),
    };
    const handleSlow = createHandler(slow);
    const first = handleSlow(
      {
        channel: REQUEST_CHANNEL,
        type: 'reportPageContext',
        data: { context: { ...threadContext, subject: 'first' }, misses: [{ view: 'thread', part: 'sender' }] },
      },
      senders.gmail,
    );
    const second = handleSlow(
      {
        channel: REQUEST_CHANNEL,
        type: 'reportPageContext',
        data: { context: { ...threadContext, subject: 'second' } },
      },
      senders.gmail,
    );
    await Promise.all([first, second]);
    expect((await slow.tabs.get(7))!.subject).toBe('second');
  });
});
