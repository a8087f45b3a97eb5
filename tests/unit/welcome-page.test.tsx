// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { OptionsApi } from '../../components/options/api';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createHandler } from '../../utils/background/handler';
import type { MailTab, SignedIn } from '../../utils/pages/mail-tabs';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/shared/settings-shape';
import { callerOf, optionsApiOver, TEST_SENDERS, testServices } from './test-services';

/** The options page's welcome view (`#/welcome`) against the real background handler, with the page's own services faked. */
let root: HTMLElement | undefined;

async function until(check: () => boolean) {
  for (let i = 0; i < 250 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
  expect(check()).toBe(true);
}
const $ = (id: string) => root!.querySelector<HTMLElement>(`[data-testid=${id}]`);
const valueOf = (id: string) => ($(id) as HTMLTextAreaElement).value;

async function openWelcome(overrides: Partial<OptionsApi> = {}) {
  const call = callerOf(createHandler(testServices()));
  const api: OptionsApi = {
    ...optionsApiOver((type, data) => call(type, data, TEST_SENDERS.options)),
    ...overrides,
  };
  location.hash = '#/welcome';
  root = document.body.appendChild(document.createElement('div'));
  await act(() => render(<OptionsApp api={api} />, root!));
  await until(() => $('welcome-book')?.textContent === 'Your book is empty: choose a way to start.');
  return { call };
}

afterEach(async () => {
  if (root) await act(() => render(null, root!));
  root?.remove();
  root = undefined;
  location.hash = '';
});

describe('the welcome page', () => {
  it('where the browser left host access to the user, asks for it first and checks it was given', async () => {
    let granted = false;
    await openWelcome({
      hostAccess: async () => granted,
      requestHostAccess: async () => ((granted = true), true),
    });
    await until(() => $('welcome-access') !== null);
    // First of the steps, and the options page's own banner stays away.
    expect(root!.querySelector('.welcome-step')).toBe($('welcome-access'));
    expect($('host-access')).toBeNull();
    await act(() => $('allow-access')!.click());
    await until(() => $('access-given') !== null);
    expect($('access-given')!.textContent).toContain('Access given');
  });

  it('says so when the prompt was answered but access is still missing', async () => {
    // The browser's reply is not trusted: what is granted afterwards decides.
    await openWelcome({ hostAccess: async () => false, requestHostAccess: async () => true });
    await until(() => $('allow-access') !== null);
    await act(() => $('allow-access')!.click());
    await until(() => $('access-refused') !== null);
    expect($('access-given')).toBeNull();
    expect($('allow-access')).not.toBeNull();
  });

  it('shows no access step where access came with the install', async () => {
    await openWelcome();
    await until(() => $('welcome-you') !== null);
    expect($('welcome-access')).toBeNull();
  });

  it('prefills your addresses from open tabs and from tabs opened meanwhile, never a free-mail domain, and saves them', async () => {
    let notify: (who: SignedIn) => void = () => undefined;
    let saved: Settings | undefined;
    const reloaded: number[] = [];
    const tabs: MailTab[] = [
      {
        tabId: 4,
        host: 'mail.google.com',
        read: true,
        signedIn: { email: 'alex@mycompany.com', companyDomain: 'mycompany.com' },
      },
      { tabId: 9, host: 'outlook.office.com', read: false, signedIn: null },
      // The same address in another tab is found once.
      {
        tabId: 5,
        host: 'calendar.google.com',
        read: true,
        signedIn: { email: 'alex@mycompany.com', companyDomain: 'mycompany.com' },
      },
    ];
    await openWelcome({
      settings: async () => ({ ...DEFAULT_SETTINGS, selfAddresses: ['alex.old@mycompany.com'] }),
      mailTabs: async () => tabs,
      watchSignedIn: (callback) => ((notify = callback), () => undefined),
      saveSettings: async (next) => void (saved = next),
      reloadTab: async (tabId) => void reloaded.push(tabId),
    });
    await until(() => valueOf('welcome-self-addresses') === 'alex.old@mycompany.com\nalex@mycompany.com');
    expect(valueOf('welcome-company-domains')).toBe('mycompany.com');
    await act(() => notify({ email: 'alex.private@gmail.com', companyDomain: null }));
    await act(() => notify({ email: 'alex@mycompany.com', companyDomain: 'mycompany.com' }));
    await until(() => valueOf('welcome-self-addresses').endsWith('\nalex.private@gmail.com'));
    expect(valueOf('welcome-company-domains')).toBe('mycompany.com');
    expect($('signed-in-found')!.textContent).toBe(
      'Read from your open mail and calendar tabs: alex@mycompany.com, alex.private@gmail.com.',
    );

    // A tab open from before the install is not read yet: one click reloads it.
    expect($('unread-tab')!.textContent).toContain('Outlook is open in a tab Account Lens has not read yet');
    await act(() => $('unread-tab')!.querySelector('button')!.click());
    expect(reloaded).toEqual([9]);

    await act(() => $('welcome-save-you')!.click());
    await until(() => $('welcome-you-saved') !== null);
    expect(saved).toMatchObject({
      selfAddresses: ['alex.old@mycompany.com', 'alex@mycompany.com', 'alex.private@gmail.com'],
      companyDomains: ['mycompany.com'],
    });
    // The settings form further down starts again from what was saved.
    expect(valueOf('self-addresses')).toBe('alex.old@mycompany.com\nalex@mycompany.com\nalex.private@gmail.com');
  });

  it('loads the demo book, then removes it in one click, and Undo brings it back', async () => {
    const { call } = await openWelcome();
    await act(() => $('welcome-load-demo')!.click());
    await until(() => $('demo-loaded') !== null);
    expect($('welcome-book')!.textContent).toBe('Your book holds 12 accounts.');
    await act(() => $('welcome-remove-demo')!.click());
    await until(() => $('welcome-book')!.textContent === 'Your book is empty: choose a way to start.');
    expect($('notice')!.textContent).toContain('Removed the demo book: 12 accounts');
    await act(() => $('notice-undo')!.click());
    await until(() => $('demo-loaded') !== null);
    expect(((await call('listAccounts', null, TEST_SENDERS.options)) as unknown[]).length).toBe(12);
  });

  it('says the CRM is coming, with nothing to click', async () => {
    await openWelcome();
    const crm = $('crm-coming')!.closest('li')!;
    expect(crm.textContent).toContain('Coming: HubSpot first, then Salesforce');
    expect(crm.querySelectorAll('button, a, input')).toHaveLength(0);
  });
});
