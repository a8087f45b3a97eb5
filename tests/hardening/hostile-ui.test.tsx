// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BriefingApp } from '../../components/briefing/BriefingApp';
import { ACCOUNT_PAGE_SIZE } from '../../components/options/accounts/AccountsTable';
import type { OptionsApi } from '../../components/options/api';
import { OptionsApp } from '../../components/options/OptionsApp';
import { PopupApp } from '../../components/popup/PopupApp';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import { createHandler } from '../../utils/background/handler';
import { optionsDataActions } from '../../utils/pages/options-data';
import { request } from '../../utils/protocol/client';
import { backgroundClient, REQUEST_CHANNEL, type RequestMap, type RequestType } from '../../utils/protocol/messaging';
import type { PageContext } from '../../utils/shared/model';
import { getSettings } from '../../utils/settings/settings';
import { tickingClock } from '../unit/helpers';
import { optionsApiOver, TEST_BASE_URL, TEST_EXTENSION_ID, testServices } from '../unit/test-services';
import { countFigure } from './figures';
import { HOSTILE_STRINGS } from './hostile-strings';
import { getTemplates, watchTemplates } from '../../utils/settings/templates';
import { privateThreads } from '../../utils/pages/private-threads';

/**
 * The sidebar, the briefing card, the popup and the options page, rendered with Preact in jsdom over
 * records whose every name and title is a hostile string, wired to the real background handler as the
 * entrypoints wire them (`request` → runtime messages → handler). Each string must be shown as the
 * same text, and nothing from the data may become an element, an event-handler attribute or a link.
 * (Execution and layout in a real browser: hostile.browser.test.ts.)
 */
const EXT = TEST_EXTENSION_ID;
const TAB = 4;
const SENDERS = {
  options: { id: EXT, url: `${TEST_BASE_URL}options.html` },
  popup: { id: EXT, url: `${TEST_BASE_URL}popup.html` },
  sidebar: { id: EXT, url: `${TEST_BASE_URL}sidebar.html`, tab: { id: TAB } as never, frameId: 2 },
  briefing: { id: EXT, url: `${TEST_BASE_URL}briefing.html`, tab: { id: TAB } as never, frameId: 3 },
  content: { id: EXT, url: 'https://calendar.google.com/calendar/u/0/r/week', tab: { id: TAB } as never, frameId: 0 },
} satisfies Record<string, Runtime.MessageSender>;
const NOW = new Date('2026-11-24T12:00:00Z');
const BATCH = 25;
/** Elements no component of Account Lens renders: one of them in the tree came from data. */
const FOREIGN_TAGS = [
  'script',
  'iframe',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'style',
  'img',
  'marquee',
  'video',
  'audio',
  'source',
  'math',
  'template',
  'plaintext',
  'xmp',
  'noscript',
  'frame',
  'frameset',
  'body',
  'b',
  'i',
  'u',
  'marquee',
];

/** The strings that fit every field they go into (names up to 2,000 characters; longer ones are refused, see hostile-storage). */
const SHOWN = HOSTILE_STRINGS.map((h) => h.value).filter((v) => v.trim() && v.length <= 2000 && v.trim() === v);
const batches = Array.from({ length: Math.ceil(SHOWN.length / BATCH) }, (_, i) =>
  SHOWN.slice(i * BATCH, (i + 1) * BATCH),
);

let handle: ReturnType<typeof createHandler>;
let sender: Runtime.MessageSender = SENDERS.options;
let call: <K extends RequestType>(
  type: K,
  data: RequestMap[K]['data'],
  from?: Runtime.MessageSender,
) => Promise<RequestMap[K]['reply']>;
const emailsOf = new Map<string, string>();
let checks = 0;

beforeAll(async () => {
  // One database for the whole file: the seeding below is the slow part.
  handle = createHandler(
    testServices({ clock: tickingClock('2026-11-24T11:00:00.000Z'), activeTabId: async () => TAB }),
  );
  call = async (type, data, from = SENDERS.options) => {
    const reply = await handle({ channel: REQUEST_CHANNEL, type, data }, from);
    if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
    return reply.value as never;
  };
  for (const [i, name] of SHOWN.entries()) {
    const account = (
      await call('saveRecord', {
        store: 'accounts',
        record: {
          name,
          domains: [`h${i}.example`],
          tier: 'key',
          status: 'active',
          objectives: [{ text: name, done: false }],
          tags: [name.slice(0, 200)],
          notes: name,
          owner: name,
        },
      })
    ).record;
    const email = `p${i}@h${i}.example`;
    emailsOf.set(name, email);
    await call(
      'saveRecords',
      {
        records: [
          {
            store: 'contacts',
            record: { accountId: account.id, name, emails: [email], role: 'champion', title: name },
          },
          {
            store: 'touchpoints',
            record: {
              accountId: account.id,
              contactIds: [],
              kind: 'email',
              direction: 'inbound',
              occurredAt: '2026-11-20T10:00:00.000Z',
              summary: name,
              sentiment: 'negative',
              source: { site: 'gmail', itemId: `m${i}`, subject: name },
            },
          },
          { store: 'tasks', record: { accountId: account.id, title: name, dueAt: '2026-11-23T09:00:00.000Z' } },
          {
            store: 'issues',
            record: {
              accountId: account.id,
              title: name,
              severity: 'high',
              status: 'open',
              openedAt: '2026-11-01T09:00:00.000Z',
            },
          },
          {
            store: 'opportunities',
            record: { accountId: account.id, title: name, kind: 'upsell', stage: 'proposed', nextStep: name },
          },
        ],
      },
      // Several records as one action is how the popup logs.
      SENDERS.popup,
    );
  }
}, 300_000);

beforeEach(() => {
  // Extension pages reach the background through runtime messages, as in the browser; the test decides who is asking.
  fakeBrowser.runtime.onMessage.addListener(((message: unknown, _from: unknown, sendResponse: (r: unknown) => void) => {
    void handle(message, sender).then(sendResponse);
    return true;
  }) as never);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  vi.stubGlobal('confirm', () => false);
  delete (window as { __pwned?: unknown }).__pwned;
});
afterEach(() => vi.unstubAllGlobals());

/** Renders and lets the component's requests settle until `ready` holds (or a generous number of rounds passed). */
async function mount(node: preact.ComponentChild, ready: (root: HTMLElement) => boolean): Promise<HTMLElement> {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(node, root));
  for (let round = 0; round < 400 && !ready(root); round++) await act(() => new Promise((r) => setTimeout(r, 5)));
  return root;
}
const showsAll = (names: string[]) => (root: HTMLElement) => names.every((name) => root.textContent?.includes(name));
async function unmount(root: HTMLElement) {
  await act(async () => render(null, root));
}

/** Nothing in the tree came from data as markup: no foreign element, no handler attribute, no script URL. */
function expectOnlyOwnElements(root: HTMLElement, surface: string) {
  const foreign = [...root.querySelectorAll(FOREIGN_TAGS.join(','))].map((el) => el.tagName);
  expect(foreign, `${surface}: elements from data`).toEqual([]);
  const bad: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) bad.push(`${el.tagName} ${attr.name}`);
      if (
        /^(href|src|action|formaction|xlink:href)$/i.test(attr.name) &&
        /^\s*(javascript|data|vbscript):/i.test(attr.value)
      )
        bad.push(`${el.tagName} ${attr.name}=${attr.value.slice(0, 40)}`);
    }
  }
  expect(bad, `${surface}: attributes from data`).toEqual([]);
  expect((window as { __pwned?: unknown }).__pwned, `${surface}: a payload ran`).toBeUndefined();
}

/** Every string is in the text exactly as stored (markup parsed by mistake would lose its tags here). */
function expectShownAsText(root: HTMLElement, names: string[], surface: string) {
  const text = root.textContent ?? '';
  const missing = names.filter((name) => !text.includes(name)).map((n) => JSON.stringify(n.slice(0, 50)));
  expect(missing, `${surface}: not shown as text`).toEqual([]);
  checks += names.length;
}

const pageOf = (names: string[], view: 'thread' | 'event-popup'): PageContext => ({
  site: view === 'thread' ? 'gmail' : 'google-calendar',
  view,
  people: names.map((name) => ({
    email: emailsOf.get(name)!,
    name: name.replace(/\s+/g, ' ').slice(0, 1000),
    role: view === 'thread' ? 'from' : 'guest',
  })),
  subject: names[0]!.replace(/\s+/g, ' ').slice(0, 1000),
  ...(view === 'thread'
    ? { messageId: 'hostile-1', threadId: 'thread-1' }
    : { eventId: 'evt-1', start: '2026-11-24T15:00:00.000Z' }),
});

const frameApi = () => ({
  background: backgroundClient(),
  settings: getSettings,
  onChange: () => () => undefined,
  now: () => NOW,
  openWelcome: async () => undefined,
  templates: { get: getTemplates, watch: watchTemplates },
  privateThreads,
});

describe('hostile records in every page of the extension', () => {
  it('the sidebar shows one card per hostile account, each name as text', async () => {
    for (const names of batches) {
      await call(
        'reportPageContext',
        { context: pageOf(names, 'thread') },
        { ...SENDERS.content, url: 'https://mail.google.com/mail/u/0/' },
      );
      sender = SENDERS.sidebar;
      const root = await mount(
        <SidebarApp api={frameApi()} />,
        (r) => r.querySelectorAll('[data-testid=account-name]').length === names.length,
      );
      expect(root.querySelectorAll('[data-testid=account-name]')).toHaveLength(names.length);
      expectShownAsText(root, names, 'sidebar');
      expectOnlyOwnElements(root, 'sidebar');
      await unmount(root);
    }
  });

  it("the briefing card shows every attendee's account as text", async () => {
    for (const names of batches) {
      await call('reportPageContext', { context: pageOf(names, 'event-popup') }, SENDERS.content);
      sender = SENDERS.briefing;
      const root = await mount(<BriefingApp api={frameApi()} />, showsAll(names));
      expectShownAsText(root, names, 'briefing');
      expectOnlyOwnElements(root, 'briefing');
      await unmount(root);
    }
  });

  it("the popup shows the page's accounts and every task due as text", async () => {
    for (const names of batches) {
      await call(
        'reportPageContext',
        { context: pageOf(names, 'thread') },
        { ...SENDERS.content, url: 'https://mail.google.com/mail/u/0/' },
      );
      sender = SENDERS.popup;
      // The popup's first load (tab and settings) is awaited before unmounting, so none of it outlives the test.
      const loads: Array<Promise<unknown>> = [];
      const loading = <T,>(work: Promise<T>) => (loads.push(work), work);
      const root = await mount(
        <PopupApp
          api={{
            background: backgroundClient((type, data) =>
              type === 'getTabAccounts' ? loading(request(type, data)) : request(type, data),
            ),
            settings: () => loading(getSettings()),
            now: () => NOW,
            openWelcome: async () => undefined,
          }}
        />,
        showsAll(names),
      );
      // The due list names every overdue task; the log form is prefilled with the page's first account.
      expectShownAsText(root, names, 'popup');
      expectOnlyOwnElements(root, 'popup');
      await act(async () => (await Promise.allSettled(loads), await new Promise((r) => setTimeout(r))));
      await unmount(root);
    }
  });

  it('the options page lists every account as text', async () => {
    sender = SENDERS.options;
    const api: OptionsApi = {
      ...optionsApiOver(request),
      settings: getSettings,
      data: optionsDataActions,
      lastBackupDays: async () => 1,
    };
    const root = await mount(
      <OptionsApp api={api} />,
      (r) => r.querySelectorAll('[data-testid=account-row]').length === ACCOUNT_PAGE_SIZE,
    );
    // The list is drawn a page at a time: read every page.
    const listed: string[] = [];
    for (;;) {
      const table = root.querySelector<HTMLElement>('[data-testid=accounts-table]')!;
      listed.push(...[...table.querySelectorAll('[data-testid=account-row] strong')].map((e) => e.textContent ?? ''));
      expectOnlyOwnElements(root, 'options page');
      const next = root.querySelector<HTMLButtonElement>('[data-testid=accounts-next]')!;
      if (next.disabled) break;
      await act(async () => next.click());
    }
    const page = document.createElement('div');
    page.textContent = listed.join('\n');
    expectShownAsText(page, SHOWN, 'options page');
    await unmount(root);
  });
});

it('counts these surfaces', () => {
  expect(SHOWN.length).toBeGreaterThan(300);
  countFigure('hostile string × surface checks', checks);
  // sidebar, briefing, popup, options page
  countFigure('surfaces', 4);
});
