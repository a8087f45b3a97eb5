// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import { createHandler } from '../../utils/background/handler';
import {
  backgroundClient,
  RequestFailed,
  STOPPED_MESSAGE,
  STOPPED_WRITE_MESSAGE,
  type TabAccounts,
} from '../../utils/protocol/messaging';
import { DEFAULT_SETTINGS } from '../../utils/shared/settings-shape';
import { tickingClock } from './helpers';
import { callerOf, TEST_SENDERS, testServices } from './test-services';
import { getTemplates, watchTemplates } from '../../utils/settings/templates';
import { privateThreads } from '../../utils/pages/private-threads';

/** A frame whose first load is cut off by a worker stop: it says so, offers a retry, and recovers by itself on the next page. */
const senders = TEST_SENDERS;

let root: HTMLElement;
let failNextLoads: number;
/** When set, the next write fails so. */
let failNextWrite: RequestFailed | undefined;
/** How the failing loads fail: cut off by a worker stop (already sent again by the client) unless a test says otherwise. */
let failure: RequestFailed;
/** When set, the next load reads the tab at once but answers only when this settles (a slow reply). */
let slowNextLoad: Promise<void> | undefined;
let slowRead: Promise<unknown> | undefined;
let settingsNow = DEFAULT_SETTINGS;
let slowReply: Promise<unknown> | undefined;
const fabrikamPage = {
  site: 'gmail' as const,
  view: 'thread',
  people: [{ email: 'jonas@fabrikam.io', name: 'Jonas Weber', role: 'from' as const }],
  messageId: 'm2',
};
let push: (data?: TabAccounts) => void;
let call: (type: string, data: unknown, sender?: Runtime.MessageSender) => Promise<never>;

beforeEach(async () => {
  const handle = createHandler(testServices({ clock: tickingClock('2026-11-24T12:00:00.000Z') }));
  call = callerOf(handle);
  await call('loadDemoData', { replace: true }, senders.options);
  await call(
    'reportPageContext',
    {
      context: {
        site: 'gmail',
        view: 'thread',
        people: [{ email: 'tom.becker@northwind.com', name: 'Tom Becker', role: 'from' }],
        messageId: 'm1',
      },
    },
    senders.content,
  );
  failNextLoads = 1;
  failure = new RequestFailed('stopped', STOPPED_MESSAGE);
  failNextWrite = undefined;
  settingsNow = DEFAULT_SETTINGS;
  const background = backgroundClient<'sidebar'>((type, data) => {
    if (type === 'getTabAccounts' && failNextLoads-- > 0) return Promise.reject(failure);
    if (type === 'saveRecord' && failNextWrite) {
      const failed = failNextWrite;
      failNextWrite = undefined;
      return Promise.reject(failed);
    }
    const slow = type === 'getTabAccounts' ? slowNextLoad : undefined;
    slowNextLoad = undefined;
    if (!slow) return call(type, data);
    const read = call(type, data);
    slowRead = read;
    const reply = read.then(async (value) => (await slow, value));
    slowReply = reply;
    return reply;
  });
  document.body.replaceChildren();
  root = document.body.appendChild(document.createElement('div'));
  await act(async () =>
    render(
      <SidebarApp
        api={{
          background,
          settings: async () => settingsNow,
          now: () => new Date('2026-11-24T12:00:00Z'),
          onChange: (cb) => ((push = cb), () => undefined),
          openWelcome: async () => undefined,
          templates: { get: getTemplates, watch: watchTemplates },
          privateThreads,
        }}
      />,
      root,
    ),
  );
  await vi.waitFor(() => expect(root.querySelector('[data-testid="load-error"]')).not.toBeNull());
});
// Unmounted inside act, so no effect is left to run after the test environment is gone.
afterEach(async () => {
  await act(() => render(null, root));
});

const accountNames = () => [...root.querySelectorAll('[data-testid="account-name"]')].map((e) => e.textContent);

const shownError = () => root.querySelector('[data-testid="load-error"] p')?.textContent;

describe('a frame whose load failed', () => {
  it('says Account Lens was restarting when a worker stop cut the load off, and loads again when asked', async () => {
    expect(shownError()).toBe('Account Lens was restarting; try again.');
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="retry-load"]')!.click());
    await vi.waitFor(() => expect(accountNames()).toEqual(['Northwind Traders']));
    expect(root.querySelector('[data-testid="load-error"]')).toBeNull();
  });

  it('says it could not load, and why, when storage failed: not that it was restarting', async () => {
    failNextLoads = 1;
    failure = new RequestFailed('storage', 'Account Lens could not complete this: the disk went away');
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="retry-load"]')!.click());
    await vi.waitFor(() =>
      expect(shownError()).toBe(
        'Account Lens could not load: Account Lens could not complete this: the disk went away',
      ),
    );
    expect(shownError()).not.toContain('restarting');
  });

  it('recovers by itself when the background pushes the next page', async () => {
    await call(
      'reportPageContext',
      {
        context: {
          site: 'gmail',
          view: 'thread',
          people: [{ email: 'jonas@fabrikam.io', name: 'Jonas Weber', role: 'from' }],
          messageId: 'm2',
        },
      },
      senders.content,
    );
    const next = await call('getTabAccounts', {});
    await act(() => push(next));
    await vi.waitFor(() => expect(accountNames()).toEqual(['Fabrikam Logistics']));
    expect(root.querySelector('[data-testid="load-error"]')).toBeNull();
  });

  it('recovers by itself when told the page or settings changed', async () => {
    await act(() => push());
    await vi.waitFor(() => expect(accountNames()).toEqual(['Northwind Traders']));
  });

  it('is not brought back by a slow load that finishes after a newer page was pushed', async () => {
    let finishSlowLoad!: () => void;
    failNextLoads = 0;
    slowNextLoad = new Promise<void>((resolve) => (finishSlowLoad = resolve));
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="retry-load"]')!.click());
    // That load has read the tab (the Northwind page) but not answered yet when the page changes.
    await slowRead;
    await call('reportPageContext', { context: fabrikamPage }, senders.content);
    const next = await call('getTabAccounts', {});
    await act(() => push(next));
    await vi.waitFor(() => expect(accountNames()).toEqual(['Fabrikam Logistics']));
    // The load started before the push (for the Northwind page) now answers, with the page before.
    finishSlowLoad();
    await act(async () => void (await slowReply));
    expect(accountNames()).toEqual(['Fabrikam Logistics']);
  });

  it('still takes the settings that load read when a newer page was pushed meanwhile (privacy mode stays on)', async () => {
    let finishSlowLoad!: () => void;
    failNextLoads = 0;
    settingsNow = { ...DEFAULT_SETTINGS, privacyMode: true };
    slowNextLoad = new Promise<void>((resolve) => (finishSlowLoad = resolve));
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="retry-load"]')!.click());
    await slowRead;
    const next = await call('getTabAccounts', {});
    await act(() => push(next));
    finishSlowLoad();
    await act(async () => void (await slowReply));
    await vi.waitFor(() => expect(root.querySelector('.sidebar')!.getAttribute('data-privacy')).toBe('on'));
  });

  it('a log cut off by a worker stop says it may or may not have been saved; a storage fault says what failed', async () => {
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="retry-load"]')!.click());
    await vi.waitFor(() => expect(accountNames()).toEqual(['Northwind Traders']));
    const toast = () => root.querySelector('[data-testid="toast"]')?.textContent ?? '';
    failNextWrite = new RequestFailed('stopped', STOPPED_WRITE_MESSAGE);
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="log-page"]')!.click());
    await vi.waitFor(() => expect(toast()).toContain(STOPPED_WRITE_MESSAGE));
    failNextWrite = new RequestFailed('storage', 'Account Lens could not complete this: the disk went away');
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="log-page"]')!.click());
    await vi.waitFor(() => expect(toast()).toContain('Account Lens could not complete this: the disk went away'));
    expect(toast()).not.toContain('restarting');
  });
});
