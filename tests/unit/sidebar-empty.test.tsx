// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SidebarApi } from '../../components/sidebar/api';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import { countLive } from '../../utils/background/db/reads';
import { createHandler } from '../../utils/background/handler';
import { backgroundClient } from '../../utils/protocol/messaging';
import type { PageContext } from '../../utils/shared/model';
import { DEFAULT_SETTINGS } from '../../utils/shared/settings-shape';
import { accountDraft } from './helpers';
import { callerOf, TEST_SENDERS, testServices } from './test-services';
import { getTemplates, watchTemplates } from '../../utils/settings/templates';
import { privateThreads } from '../../utils/pages/private-threads';

/** The sidebar where no account matched: an empty book, or people the book does not know. Real handler, fake storage. */
const thread: PageContext = {
  site: 'gmail',
  view: 'thread',
  selfEmail: 'alex.morgan@mycompany.com',
  people: [
    { email: 'ana.ruiz@northwind.com', name: 'Ana Ruiz', role: 'from' },
    { email: 'jo.private@gmail.com', name: 'Jo Private', role: 'cc' },
  ],
  subject: 'Renewal terms',
  threadId: 'thread-f:1',
  messageId: '193a6c2d4e5f6a78',
};

let call: ReturnType<typeof callerOf>;
let services: ReturnType<typeof testServices>;
let push: () => void = () => undefined;
let welcomes = 0;
let root: HTMLElement;

beforeEach(async () => {
  welcomes = 0;
  services = testServices({ refreshTabs: () => push() });
  call = callerOf(createHandler(services));
  await call('reportPageContext', { context: thread }, TEST_SENDERS.content);
});
afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
});

async function mount() {
  const api: SidebarApi = {
    background: backgroundClient<'sidebar'>((type, data) => call(type, data)),
    settings: async () => DEFAULT_SETTINGS,
    now: () => new Date('2026-11-24T12:00:00Z'),
    onChange: (callback) => ((push = () => callback()), () => undefined),
    openWelcome: async () => void welcomes++,
    templates: { get: getTemplates, watch: watchTemplates },
    privateThreads,
  };
  root = document.body.appendChild(document.createElement('div'));
  await act(() => render(<SidebarApp api={api} />, root));
}
async function until(check: () => boolean) {
  for (let i = 0; i < 250 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
  expect(check()).toBe(true);
}
const $ = (id: string) => root.querySelector<HTMLElement>(`[data-testid=${id}]`);
const $$ = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid=${id}]`)];
const stats = async () => countLive(await services.db());

describe('the sidebar with no account on the page', () => {
  it('with an empty book, says so, lists who was seen (never you) and points to the welcome page', async () => {
    await mount();
    await until(() => $('empty-book') !== null);
    expect($$('person-seen').map((row) => row.textContent)).toEqual([
      'Ana Ruiz ana.ruiz@northwind.comAdd as contact',
      'Jo Private jo.private@gmail.comAdd as contact',
    ]);
    // A business domain can become an account; free mail cannot.
    expect($$('add-domain-account')).toHaveLength(1);
    expect($('no-account')!.textContent).toContain('northwind.com has no account yet');
    expect($('no-account')!.textContent).not.toContain('alex.morgan');
    await act(() => $('sidebar-open-welcome')!.click());
    expect(welcomes).toBe(1);
  });

  it('adds the person as a contact in a new account of their domain, as one action that one Undo takes back', async () => {
    await mount();
    await until(() => $$('add-person-contact').length === 2);
    await act(() => $$('add-person-contact')[0]!.click());
    await until(() => $('account-name')?.textContent === 'Northwind');
    expect(await stats()).toMatchObject({ accounts: 1, contacts: 1 });
    const [account] = (await call('listAccounts', null, TEST_SENDERS.options)) as Array<{ domains: string[] }>;
    expect(account!.domains).toEqual(['northwind.com']);
    await act(() => $('undo')!.click());
    await until(() => $('empty-book') !== null);
    expect(await stats()).toMatchObject({ accounts: 0, contacts: 0 });
  });

  it('adds someone writing from free mail in an account named after them, and a domain as an account', async () => {
    await mount();
    await until(() => $$('add-person-contact').length === 2);
    await act(() => $$('add-person-contact')[1]!.click());
    await until(() => $('account-name')?.textContent === 'Jo Private');
    // Now an account is on the page: the rest is offered as before, the domain as "Create account".
    expect($('no-account')).toBeNull();
    await act(() => $('create-account')!.click());
    await until(() => $$('account-name').length === 2);
    expect($$('account-name').map((a) => a.textContent)).toEqual(['Northwind', 'Jo Private']);
  });

  it('with accounts in the book but none here, says no client is on the page and offers the same', async () => {
    await call(
      'saveRecord',
      { store: 'accounts', record: accountDraft({ name: 'Quokka', domains: ['quokka.example'] }) },
      TEST_SENDERS.options,
    );
    await mount();
    await until(() => $('no-account') !== null && $$('person-seen').length === 2);
    expect($('empty-book')).toBeNull();
    expect($('no-account')!.textContent).toContain('No client account on this page.');
    expect($('sidebar-open-welcome')).toBeNull();
  });

  it('collapsed with an empty book, the tab says what opening it offers instead of a bare 0', async () => {
    await call('setSidebarState', { state: 'collapsed' }, TEST_SENDERS.sidebar);
    await mount();
    await until(() => $('collapsed-tab')?.textContent === '+Lens');
    expect($('collapsed-tab')!.getAttribute('aria-label')).toContain('no accounts yet');
  });
});
