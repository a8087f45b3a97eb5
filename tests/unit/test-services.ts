import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { createHandler } from '../../utils/background/handler';
import type { OptionsApi } from '../../components/options/api';
import type { DataActions } from '../../utils/pages/data-actions';
import { backgroundClient } from '../../utils/protocol/client';
import type { Requester } from '../../utils/protocol/api';
import { REQUEST_CHANNEL, RequestFailed } from '../../utils/protocol/wire';
import { storedMissLog } from '../../utils/background/detection-misses';
import type { BackgroundServices } from '../../utils/background/handler';
import { sessionTabContexts, sessionTabFrames } from '../../utils/background/tab-contexts';
import { storedExclusions, storedFrameChoices, TabMemo } from '../../utils/background/tab-state';
import { lazyDb } from '../../utils/background/db/open';
import { listLive } from '../../utils/background/db/reads';
import { CONTENT_HOSTS } from '../../utils/shared/hosts';
import { SearchIndex } from '../../utils/background/search/index';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { openTestDb, tickingClock } from './helpers';

export const TEST_EXTENSION_ID = 'account-lens-test-id';
export const TEST_BASE_URL = `chrome-extension://${TEST_EXTENSION_ID}/`;

/** The background's services as the worker wires them, over fake IndexedDB and WXT's fake browser storage. */
export function testServices(overrides: Partial<BackgroundServices> = {}): BackgroundServices {
  const db = lazyDb(openTestDb);
  return {
    identity: { id: TEST_EXTENSION_ID, baseUrl: TEST_BASE_URL, contentHosts: CONTENT_HOSTS },
    db,
    search: new SearchIndex({
      accounts: async () => listLive(await db(), 'accounts'),
      contacts: async () => listLive(await db(), 'contacts'),
    }),
    tabs: sessionTabContexts(fakeBrowser.storage.session),
    exclusions: storedExclusions.loader(),
    exclusionStore: storedExclusions.store,
    sidebarChoices: storedFrameChoices('sidebar'),
    briefingChoices: storedFrameChoices('briefing'),
    memo: new TabMemo(),
    frames: sessionTabFrames(fakeBrowser.storage.session),
    self: async () => ({ addresses: new Set(), domains: new Set() }),
    learnSelf: async () => undefined,
    clock: tickingClock(),
    activeTabId: async () => undefined,
    refreshTabs: () => undefined,
    misses: storedMissLog(),
    remind: async () => undefined,
    cadenceDays: async () => DEFAULT_SETTINGS.cadenceDays,
    ...overrides,
  };
}

/** What the browser reports as the sender of each part of the extension, for a mail tab (3) and its sidebar frame (2). */
export const TEST_SENDERS: Record<'sidebar' | 'content' | 'options', Runtime.MessageSender> = {
  sidebar: { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}sidebar.html`, tab: { id: 3 } as never, frameId: 2 },
  content: { id: TEST_EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 3 } as never, frameId: 0 },
  options: { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}options.html` },
};

/** Sends requests straight to a handler, as `sender` (the sidebar unless named); a refusal throws `RequestFailed`. */
export function callerOf(handle: ReturnType<typeof createHandler>) {
  return async (type: string, data: unknown, sender: Runtime.MessageSender = TEST_SENDERS.sidebar): Promise<never> => {
    const reply = await handle({ channel: REQUEST_CHANNEL, type, data }, sender);
    if (!reply.ok) throw new RequestFailed(reply.error.code, reply.error.message);
    return reply.value as never;
  };
}

/** The options page's api over a request sender, with the page-only services stubbed as a fresh profile has them. */
export function optionsApiOver(send: Requester): OptionsApi {
  return {
    background: backgroundClient<'options'>(send),
    settings: async () => DEFAULT_SETTINGS,
    now: () => new Date(),
    saveSettings: async () => undefined,
    copyText: async () => undefined,
    hostAccess: async () => true,
    requestHostAccess: async () => true,
    data: () => ({ getSchedule: async () => 'off' }) as unknown as DataActions,
    lastBackupDays: async () => null,
    persistStorage: async () => true,
    mailTabs: async () => [],
    watchSignedIn: () => () => undefined,
    reloadTab: async () => undefined,
    whatsNew: async () => ({ running: '0.1.0', readUpTo: '0.1.0' }),
    markWhatsNewRead: async () => undefined,
  };
}
