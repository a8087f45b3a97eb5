import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandler, type BackgroundServices } from '../../utils/background/handler';
import { BRIEFING_HEIGHT, SIDEBAR_WIDTH, TAB_SIZE, type FrameLayout } from '../../utils/background/frame-layout';
import { createTabRefresher } from '../../utils/background/tab-state';
import type { PageContext } from '../../utils/shared/model';
import type { TabAccounts } from '../../utils/shared/tab-accounts';
import { callerOf, TEST_SENDERS, testServices } from './test-services';

/*
 * What a host page can see of Account Lens is the frames' layout, which the background pushes to the content
 * script. Two pages that differ only in whether someone is a client must get the very same pushes, at the
 * same moment: before anything is resolved.
 */

const CLIENT = 'ana.ruiz@northwind.com';
const STRANGER = 'ana.ruiz@northwind-nope.com';

const thread = (email: string): PageContext => ({
  site: 'gmail',
  view: 'thread',
  people: [{ email, name: 'Ana Ruiz', role: 'from' }],
  subject: 'Renewal terms',
  threadId: 'thread-f:1',
  messageId: 'm1',
});
const event = (email: string): PageContext => ({
  ...thread(email),
  site: 'google-calendar',
  view: 'event-popup',
  eventId: 'e1',
  start: '2026-11-26T16:00:00.000Z',
});

let pushed: FrameLayout[];
let services: BackgroundServices;
let call: ReturnType<typeof callerOf>;

function withRefresher(overrides: Partial<BackgroundServices> = {}): void {
  pushed = [];
  const base = testServices(overrides);
  services = {
    ...base,
    refreshTabs: createTabRefresher({
      ...base,
      push: async (_tab, type, data, frameId) => {
        if (type === 'frameLayout' && frameId === 0) pushed.push(data as FrameLayout);
      },
    }),
  };
  call = callerOf(createHandler(services));
}

/** The pushes a page gets when it shows `context`: one layout for each frame. */
async function layoutsFor(context: PageContext): Promise<FrameLayout[]> {
  pushed = [];
  await call('reportPageContext', { context }, TEST_SENDERS.content);
  await expect.poll(() => pushed.length).toBe(2);
  return pushed;
}

beforeEach(async () => {
  fakeBrowser.reset();
  withRefresher();
  await call('loadDemoData', { replace: true }, TEST_SENDERS.options);
});

describe('what the page sees of the frames', () => {
  it('is the same in a thread whether the sender is a client or not', async () => {
    const client = await layoutsFor(thread(CLIENT));
    const stranger = await layoutsFor(thread(STRANGER));
    expect((await tabAccounts()).bundles).toEqual([]);
    await layoutsFor(thread(CLIENT));
    expect((await tabAccounts()).bundles).toHaveLength(1);
    expect(stranger).toEqual(client);
    expect(client).toContainEqual({ frame: 'sidebar', state: 'expanded', width: SIDEBAR_WIDTH, height: 0 });
    expect(client).toContainEqual({ frame: 'briefing', state: 'hidden', width: 0, height: 0 });
  });

  it('is the same in a calendar event whether a guest is a client or not', async () => {
    const client = await layoutsFor(event(CLIENT));
    const stranger = await layoutsFor(event(STRANGER));
    expect(stranger).toEqual(client);
    // The card is there for every event, at a height fixed whatever it holds; the sidebar waits as its tab.
    expect(client).toContainEqual({ frame: 'briefing', state: 'expanded', width: 0, height: BRIEFING_HEIGHT.expanded });
    expect(client).toContainEqual({ frame: 'sidebar', state: 'collapsed', ...TAB_SIZE });
  });

  it('changes with the user choices only, and the same for clients and strangers', async () => {
    await layoutsFor(event(CLIENT));
    await call('setBriefingState', { state: 'collapsed' }, { ...TEST_SENDERS.sidebar, url: briefingUrl() });
    const client = await layoutsFor(event(CLIENT));
    const stranger = await layoutsFor(event(STRANGER));
    expect(client).toContainEqual({
      frame: 'briefing',
      state: 'collapsed',
      width: 0,
      height: BRIEFING_HEIGHT.collapsed,
    });
    expect(stranger).toEqual(client);
  });

  it('does not change when "not this account" leaves the page without a client', async () => {
    const before = await layoutsFor(thread(CLIENT));
    const [bundle] = (await tabAccounts()).bundles;
    pushed = [];
    await call('excludeMatch', { email: CLIENT, accountId: bundle!.account.id }, TEST_SENDERS.sidebar);
    expect(pushed).toEqual(before);
  });

  it('starts the sidebar collapsed in a window too narrow for the mail beside it, unless the user chose', async () => {
    expect(await layoutsFor({ ...thread(CLIENT), narrow: true })).toContainEqual({
      frame: 'sidebar',
      state: 'collapsed',
      ...TAB_SIZE,
    });
    await call('setSidebarState', { state: 'expanded' }, TEST_SENDERS.sidebar);
    expect(await layoutsFor({ ...thread(STRANGER), narrow: true })).toContainEqual({
      frame: 'sidebar',
      state: 'expanded',
      width: SIDEBAR_WIDTH,
      height: 0,
    });
  });

  it('goes out before the page is resolved, so its timing does not tell either', async () => {
    // Storage that never answers: resolving the page waits forever, the layout must not.
    withRefresher({ db: () => new Promise(() => undefined) });
    await call('reportPageContext', { context: thread(CLIENT) }, TEST_SENDERS.content);
    await expect.poll(() => pushed.map((p) => p.frame).sort()).toEqual(['briefing', 'sidebar']);
  });
});

const tabAccounts = (): Promise<TabAccounts> => call('getTabAccounts', {}, TEST_SENDERS.sidebar);

function briefingUrl(): string {
  return TEST_SENDERS.sidebar.url!.replace('sidebar.html', 'briefing.html');
}
