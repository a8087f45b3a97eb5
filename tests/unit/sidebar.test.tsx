// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import { countLive } from '../../utils/background/db/reads';
import { createHandler, type BackgroundServices } from '../../utils/background/handler';
import { REQUEST_CHANNEL, type RequestMap, type RequestType } from '../../utils/protocol/messaging';
import type { PageContext } from '../../utils/shared/model';
import { tickingClock } from './helpers';
import { sidebarApiOver, TEST_EXTENSION_ID, testServices } from './test-services';

/** The sidebar against the real background handler (fake IndexedDB, fake browser storage), as the frame would use it. */
const EXT = TEST_EXTENSION_ID;
const sidebarSender: Runtime.MessageSender = {
  id: EXT,
  url: `chrome-extension://${EXT}/sidebar.html`,
  tab: { id: 3 } as never,
  frameId: 2,
};
const contentSender: Runtime.MessageSender = {
  id: EXT,
  url: 'https://mail.google.com/mail/u/0/',
  tab: { id: 3 } as never,
  frameId: 0,
};
const optionsSender: Runtime.MessageSender = { id: EXT, url: `chrome-extension://${EXT}/options.html` };
const NOW = new Date('2026-11-24T12:00:00Z');

const thread: PageContext = {
  site: 'gmail',
  view: 'thread',
  people: [
    { email: 'tom.becker@northwind.com', name: 'Tom Becker', role: 'from' },
    { email: 'new.buyer@northwind.com', name: '<b>New</b> Buyer', role: 'cc' },
    { email: 'someone@newclient.io', name: 'Someone', role: 'cc' },
  ],
  subject: '<script>alert(1)</script> Renewal',
  threadId: 'thread-f:1',
  messageId: '193a6c2d4e5f6a78',
  start: '2026-11-23T16:12:00.000Z',
};

let listeners: Array<() => void>;
let call: <K extends RequestType>(
  type: K,
  data: RequestMap[K]['data'],
  sender?: Runtime.MessageSender,
) => Promise<RequestMap[K]['reply']>;
let root: HTMLElement;
let services: BackgroundServices;

beforeEach(async () => {
  listeners = [];
  services = testServices({
    clock: tickingClock('2026-11-24T12:00:00.000Z'),
    activeTabId: async () => 3,
    refreshTabs: () => listeners.forEach((l) => l()),
  });
  const handle = createHandler(services);
  call = async (type, data, sender = sidebarSender) => {
    const reply = await handle({ channel: REQUEST_CHANNEL, type, data }, sender);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value as never;
  };
  await call('loadDemoData', { replace: true }, optionsSender);
  await call('reportPageContext', { context: thread }, contentSender);

  const api = sidebarApiOver(call, { now: NOW, listeners });
  document.body.innerHTML = '';
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<SidebarApp api={api} />, root));
  // The first render waits on several reads: wait for the account itself, not for a fixed time (slow under load).
  await vi.waitFor(() => expect(root.querySelector('[data-testid="account-name"]')).not.toBeNull(), {
    timeout: 5000,
    interval: 10,
  });
  await settle();
});

async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
}
const $ = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const $$ = (testId: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
async function click(el: HTMLElement) {
  await act(() => el.click());
  await settle();
}
async function undoLast() {
  await click($('undo')!);
}
/** Live records per store, read straight from the database. */
const stats = async () => countLive(await services.db());
const northwindBundle = async () =>
  (await call('getTabAccounts', {})).bundles.find((b) => b.account.name === 'Northwind Traders')!;

describe('the sidebar view', () => {
  it('shows the matched account with its facts, people and records, and page text as text', () => {
    expect($$('account-name').map((e) => e.textContent)).toEqual(['Northwind Traders']);
    expect($('renewal')!.textContent).toMatch(/^renews in 41 days, (Jan 4, 2027|4 Jan 2027)$/);
    expect($('health')!.textContent).toBe('68');
    expect($$('person').map((p) => p.querySelector('.name')!.textContent)).toEqual(['Tom Becker', '<b>New</b> Buyer']);
    expect(root.querySelector('.people b')).toBeNull();
    expect($('page-subject')!.textContent).toBe('<script>alert(1)</script> Renewal');
    expect(root.querySelector('script')).toBeNull();
    expect($$('issue').length).toBe(1);
    expect($$('task').some((t) => t.classList.contains('overdue'))).toBe(true);
    expect($('create-account')).not.toBeNull();
  });
});

describe('sidebar actions, each with undo', () => {
  it('logs this email once, and undo removes it', async () => {
    const before = (await stats()).touchpoints;
    await click($('log-page')!);
    expect((await stats()).touchpoints).toBe(before + 1);
    expect($('log-page')).toBeNull();
    expect($('logged-link')).not.toBeNull();
    const logged = (await northwindBundle()).touchpoints.find((t) => t.sourceKey === 'gmail:193a6c2d4e5f6a78')!;
    expect(logged).toMatchObject({
      kind: 'email',
      direction: 'inbound',
      occurredAt: '2026-11-23T16:12:00.000Z',
      summary: thread.subject,
    });
    await undoLast();
    expect((await stats()).touchpoints).toBe(before);
    expect($('log-page')).not.toBeNull();
  });

  it.each([
    ['Note', 'touchpoints', 'Heard they are re-tendering logistics'],
    ['Task', 'tasks', 'Send the revised wording'],
    ['Issue', 'issues', 'Invoices arrive late'],
  ] as const)('adds a %s, and undo removes it', async (kind, store, text) => {
    const before = (await stats())[store];
    await click(button(kind));
    const input = $('quick-add-text') as HTMLInputElement;
    await act(() => {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button('Save'));
    expect((await stats())[store]).toBe(before + 1);
    expect(root.textContent).toContain(text);
    await undoLast();
    expect((await stats())[store]).toBe(before);
  });

  it('refuses an empty note with a message next to the field', async () => {
    const before = (await stats()).touchpoints;
    await click(button('Note'));
    await click(button('Save'));
    expect(root.querySelector('.quick-add [role=alert]')!.textContent).toBe('Note cannot be empty.');
    expect((await stats()).touchpoints).toBe(before);
  });

  it('resolves an issue, and undo reopens it', async () => {
    await click($$('issue')[0]!.querySelector('button')!);
    expect((await northwindBundle()).issues.filter((i) => i.status === 'open')).toHaveLength(0);
    await undoLast();
    expect((await northwindBundle()).issues.filter((i) => i.status === 'open')).toHaveLength(1);
  });

  it('moves an opportunity to another stage, and undo moves it back', async () => {
    const select = $$('opportunity')[0]!.querySelector('select')!;
    await act(() => {
      select.value = 'negotiating';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await northwindBundle()).opportunities[0]!.stage).toBe('negotiating');
    await undoLast();
    expect((await northwindBundle()).opportunities[0]!.stage).toBe('proposed');
  });

  it('completes a task, and undo reopens it', async () => {
    const open = (await northwindBundle()).tasks.filter((t) => !t.doneAt).length;
    await click($$('task')[0]!.querySelector('button')!);
    expect((await northwindBundle()).tasks.filter((t) => !t.doneAt)).toHaveLength(open - 1);
    await undoLast();
    expect((await northwindBundle()).tasks.filter((t) => !t.doneAt)).toHaveLength(open);
  });

  it('adds an unknown person as a contact, and undo removes them', async () => {
    await click($('add-contact')!);
    expect((await northwindBundle()).contacts.map((c) => c.emails[0])).toContain('new.buyer@northwind.com');
    expect($('add-contact')).toBeNull();
    await undoLast();
    expect((await northwindBundle()).contacts.map((c) => c.emails[0])).not.toContain('new.buyer@northwind.com');
  });

  it('creates an account for an unknown business domain, and undo removes it', async () => {
    const before = (await stats()).accounts;
    await click($('create-account')!);
    expect((await stats()).accounts).toBe(before + 1);
    expect($$('account-name').map((e) => e.textContent)).toContain('Newclient');
    await undoLast();
    expect((await stats()).accounts).toBe(before);
  });

  it('"not this account" drops the match', async () => {
    const tom = $$('person')[0]!;
    await click([...tom.querySelectorAll('button')].find((b) => b.textContent === 'Not this account')!);
    expect($$('person').map((p) => p.querySelector('.name')!.textContent)).toEqual(['<b>New</b> Buyer']);
  });

  it('collapses to the tab and expands again', async () => {
    await click(root.querySelector<HTMLElement>('[aria-label="Collapse the sidebar"]')!);
    expect($('collapsed-tab')!.getAttribute('aria-label')).toBe(
      'Account Lens: 1 account on this page. Open the sidebar.',
    );
    await click($('collapsed-tab')!);
    expect($$('account-name')).toHaveLength(1);
  });
});

describe('people shown by name only, as Outlook and corporate directories write them', () => {
  const outlook = (people: PageContext['people']): PageContext => ({
    site: 'outlook',
    view: 'message',
    people,
    subject: 'Forecast',
    messageId: 'AAMkAG-name-only',
  });
  async function show(context: PageContext) {
    await call('reportPageContext', { context }, contentSender);
    await settle();
  }
  const people = () =>
    $$('person').map((p) => [p.querySelector('.name')!.textContent, p.querySelector('.why')!.textContent]);

  it('"Becker, Tom" is the contact Tom Becker; "Not this account" drops him, and Undo brings him back', async () => {
    await show(outlook([{ name: 'Becker, Tom', role: 'from' }]));
    expect($$('account-name').map((e) => e.textContent)).toEqual(['Northwind Traders']);
    expect(people()).toEqual([['Tom Becker', 'from · matched by the name shownNot this account']]);

    await click(button('Not this account'));
    // The page has no account left; the sidebar stays open, with the notice and its Undo.
    expect($$('account-name')).toEqual([]);
    expect($('toast')!.textContent).toContain('Tom Becker will no longer match Northwind Traders');
    await undoLast();
    expect(people().map(([name]) => name)).toEqual(['Tom Becker']);
    expect($('toast')!.textContent).toContain('Tom Becker matches Northwind Traders again');
  });

  it('shows two contacts with the name as candidates, each with its account, and logs neither as the contact', async () => {
    const [, other] = (await call('listAccounts', null, optionsSender)).filter((a) => a.name !== 'Northwind Traders');
    await call(
      'saveRecord',
      { store: 'contacts', record: { accountId: other!.id, name: 'Tom Becker', emails: [], role: 'user' } },
      optionsSender,
    );
    await settle(); // the reload that save started, before the page changes
    await show(outlook([{ name: 'Dr. Tom Becker', role: 'from' }]));
    expect(
      $$('account-name')
        .map((e) => e.textContent)
        .sort(),
    ).toEqual(['Northwind Traders', other!.name].sort());
    expect($$('same-name').map((e) => e.textContent)).toEqual([
      ', same name as 2 contacts',
      ', same name as 2 contacts',
    ]);

    const northwind = $$('account-card').find((c) => c.querySelector('h2')!.textContent === 'Northwind Traders')!;
    await click(northwind.querySelector<HTMLElement>('[data-testid=log-page]')!);
    const logged = (await northwindBundle()).touchpoints.find((t) => t.sourceKey === 'outlook:AAMkAG-name-only')!;
    expect(logged.contactIds).toEqual([]);

    // Ruling out one candidate leaves the other as the match.
    const wrong = $$('account-card').find((c) => c !== northwind)!;
    await click([...wrong.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === 'Not this account')!);
    expect($$('account-name').map((e) => e.textContent)).toEqual(['Northwind Traders']);
    expect($$('same-name')).toEqual([]);
  });
});
