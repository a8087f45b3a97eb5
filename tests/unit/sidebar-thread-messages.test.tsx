// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import { createHandler } from '../../utils/background/handler';
import { backgroundClient, type TabAccounts } from '../../utils/protocol/messaging';
import type { PageContext } from '../../utils/shared/model';
import { DEFAULT_SETTINGS } from '../../utils/shared/settings-shape';
import { tickingClock } from './helpers';
import { callerOf, TEST_SENDERS, testServices } from './test-services';
import { getTemplates, watchTemplates } from '../../utils/settings/templates';
import { privateThreads } from '../../utils/pages/private-threads';

/** A thread of several messages: each one is logged on its own, from the sidebar, and shows as logged. */
const senders = TEST_SENDERS;
const thread: PageContext = {
  site: 'gmail',
  view: 'thread',
  people: [
    { email: 'tom.becker@northwind.com', name: 'Tom Becker', role: 'from' },
    { email: 'ana.ruiz@northwind.com', name: 'Ana Ruiz', role: 'from' },
  ],
  subject: 'Renewal terms',
  threadId: 'thread-f:9',
  messageId: 'm-3',
  start: '2026-11-23T16:12:00.000Z',
  messages: [
    { id: 'm-1', from: 'ana.ruiz@northwind.com', sentAt: '2026-11-20T09:14:00.000Z' },
    { id: 'm-2', from: 'alex.morgan@mycompany.com', sentAt: '2026-11-21T10:00:00.000Z' },
    { id: 'm-3', from: 'tom.becker@northwind.com', sentAt: '2026-11-23T16:12:00.000Z' },
  ],
};

let root: HTMLElement;
let push: (data?: TabAccounts) => void;
let call: (type: string, data: unknown, sender?: Runtime.MessageSender) => Promise<never>;

beforeEach(async () => {
  const handle = createHandler(
    testServices({ clock: tickingClock('2026-11-24T12:00:00.000Z'), refreshTabs: () => push?.() }),
  );
  call = callerOf(handle);
  await call('loadDemoData', { replace: true }, senders.options);
  await call('reportPageContext', { context: thread }, senders.content);
  document.body.replaceChildren();
  root = document.body.appendChild(document.createElement('div'));
  const api = {
    background: backgroundClient<'sidebar'>((type, data) => call(type, data)),
    settings: async () => DEFAULT_SETTINGS,
    now: () => new Date('2026-11-24T12:00:00Z'),
    onChange: (cb: (data?: TabAccounts) => void) => ((push = cb), () => undefined),
    openWelcome: async () => undefined,
    templates: { get: getTemplates, watch: watchTemplates },
    privateThreads,
  };
  await act(async () => render(<SidebarApp api={api} />, root));
  await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="thread-message"]')).toHaveLength(3));
});
// Unmounted inside act, so no effect is left to run after the test environment is gone.
afterEach(async () => {
  await act(() => render(null, root));
});

const rows = () => [...root.querySelectorAll<HTMLElement>('[data-testid="thread-message"]')];
const northwindTimeline = async () =>
  ((await call('getTabAccounts', {})) as TabAccounts).bundles.find((b) => b.account.name === 'Northwind Traders')!
    .touchpoints;

describe('each message of a thread', () => {
  it('is listed with its sender and whether it came from the client', () => {
    expect(rows().map((r) => r.querySelector('.name')!.textContent)).toEqual([
      'Ana Ruiz',
      'alex.morgan@mycompany.com',
      'Tom Becker',
    ]);
    expect(rows().map((r) => r.textContent)).toEqual([
      expect.stringContaining('from the client'),
      expect.stringContaining('from you'),
      expect.stringContaining('from the client'),
    ]);
  });

  it('logs on its own, keyed by its own id and dated when it was sent, and then shows as logged', async () => {
    await act(() => rows()[0]!.querySelector<HTMLButtonElement>('[data-testid="log-message"]')!.click());
    await vi.waitFor(async () =>
      expect((await northwindTimeline()).find((t) => t.source?.itemId === 'm-1')).toMatchObject({
        kind: 'email',
        direction: 'inbound',
        occurredAt: '2026-11-20T09:14:00.000Z',
        source: { site: 'gmail', itemId: 'm-1', threadId: 'thread-f:9' },
      }),
    );
    await vi.waitFor(() => expect(rows()[0]!.querySelector('[data-testid="message-logged"]')).not.toBeNull());
    // The other messages, and the card's own "Log this email" (the newest), are still to log.
    expect(rows()[2]!.querySelector('[data-testid="log-message"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="log-page"]')).not.toBeNull();
  });

  it('shares its key with "Log this email" for the newest message, so it is never logged twice', async () => {
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="log-page"]')!.click());
    await vi.waitFor(() => expect(rows()[2]!.querySelector('[data-testid="message-logged"]')).not.toBeNull());
    expect((await northwindTimeline()).filter((t) => t.source?.itemId === 'm-3')).toHaveLength(1);
  });
});
