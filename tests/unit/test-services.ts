import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { createHandler } from '../../utils/background/handler';
import type { OptionsApi } from '../../components/options/api';
import type { DataActions } from '../../utils/pages/data-actions';
import { backgroundClient } from '../../utils/protocol/client';
import type { RequestMap, Requester, RequestType } from '../../utils/protocol/api';
import type { CallerKind } from '../../utils/protocol/wire';
import { requests } from '../../utils/background/requests';
import { REQUEST_CHANNEL, RequestFailed } from '../../utils/protocol/wire';
import { storedMissLog } from '../../utils/background/detection-misses';
import type { BackgroundServices } from '../../utils/background/handler';
import { sessionTabContexts, sessionTabFrames, sessionTabNotes } from '../../utils/background/tab-contexts';
import { storedExclusions, storedFrameChoices, TabMemo } from '../../utils/background/tab-state';
import { lazyDb } from '../../utils/background/db/open';
import { searchStore } from '../../utils/background/db/search-store';
import { CONTENT_HOSTS } from '../../utils/shared/hosts';
import { SearchIndex } from '../../utils/background/search/index';
import { DEFAULT_SETTINGS, getSettings } from '../../utils/settings/settings';
import { privateThreads } from '../../utils/pages/private-threads';
import type { SidebarApi } from '../../components/sidebar/api';
import { getTemplates, setTemplates, watchTemplates } from '../../utils/settings/templates';
import { openTestDb, tickingClock } from './helpers';

export const TEST_EXTENSION_ID = 'account-lens-test-id';
export const TEST_BASE_URL = `chrome-extension://${TEST_EXTENSION_ID}/`;

/** The background's services as the worker wires them, over fake IndexedDB and WXT's fake browser storage. */
export function testServices(overrides: Partial<BackgroundServices> = {}): BackgroundServices {
  const db = lazyDb(openTestDb);
  return {
    identity: { id: TEST_EXTENSION_ID, baseUrl: TEST_BASE_URL, contentHosts: CONTENT_HOSTS },
    db,
    search: new SearchIndex(searchStore(db)),
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
    askPage: async () => ({ body: 'no-draft', subject: 'none' }),
    draftTemplates: sessionTabNotes(fakeBrowser.storage.session, 'draft-template'),
    sentMail: sessionTabNotes(fakeBrowser.storage.session, 'sent'),
    misses: storedMissLog(),
    remind: async () => undefined,
    cadenceDays: async () => DEFAULT_SETTINGS.cadenceDays,
    scheduledBackup: { job: async () => null, fileMade: async () => undefined },
    ...overrides,
  };
}

/**
 * Everything the background keeps, as one string to compare: every IndexedDB store, and extension storage. Taken
 * once the search index has saved what earlier requests gave it to save (a cache write off the answer path).
 */
export async function backgroundSnapshot(services: BackgroundServices): Promise<string> {
  await services.search.settled();
  const db = await services.db();
  const stores = await Promise.all([...db.objectStoreNames].map(async (name) => [name, await db.getAll(name)]));
  const [local, session] = await Promise.all([
    fakeBrowser.storage.local.get(null),
    fakeBrowser.storage.session.get(null),
  ]);
  return JSON.stringify({ stores, local, session });
}

/** What the browser reports as the sender of each part of the extension, for a mail tab (3) and its frames (2, 4). */
export const TEST_SENDERS: Record<CallerKind, Runtime.MessageSender> = {
  sidebar: { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}sidebar.html`, tab: { id: 3 } as never, frameId: 2 },
  briefing: { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}briefing.html`, tab: { id: 3 } as never, frameId: 4 },
  content: { id: TEST_EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 3 } as never, frameId: 0 },
  popup: { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}popup.html` },
  options: { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}options.html` },
  offscreen: { id: TEST_EXTENSION_ID, url: `${TEST_BASE_URL}offscreen.html`, frameId: 0 },
};

/**
 * A sender of a surface that sends `type`: the options page where it may, else the first caller its definition
 * names (the popup for `saveRecords`, a meeting and its follow-ups logged as one action).
 */
export function senderFor(type: RequestType): Runtime.MessageSender {
  const callers = requests[type].callers as readonly CallerKind[];
  return TEST_SENDERS[callers.includes('options') ? 'options' : callers[0]!];
}

/** Sends requests straight to a handler, as `sender` (the sidebar unless named); a refusal throws `RequestFailed`. */
export function callerOf(handle: ReturnType<typeof createHandler>) {
  return async (type: string, data: unknown, sender: Runtime.MessageSender = TEST_SENDERS.sidebar): Promise<never> => {
    const reply = await handle({ channel: REQUEST_CHANNEL, type, data }, sender);
    if (!reply.ok) throw new RequestFailed(reply.error.code, reply.error.message);
    return reply.value as never;
  };
}

/** `callerOf`, typed per request: each request's data checked, and its reply typed, at compile time. */
export type TypedCall = <K extends RequestType>(
  type: K,
  data: RequestMap[K]['data'],
  sender?: Runtime.MessageSender,
) => Promise<RequestMap[K]['reply']>;
export const typedCallerOf = (handle: ReturnType<typeof createHandler>): TypedCall => callerOf(handle);

/**
 * The sidebar's api over a request sender, as the frame wires it: settings, templates and private threads
 * from (fake) extension storage; `onChange` subscribers are called back by the test, as pushes would.
 */
export function sidebarApiOver(
  send: Requester,
  { now, listeners }: { now: Date; listeners: Array<() => void> },
): SidebarApi {
  return {
    background: backgroundClient<'sidebar'>(send),
    settings: getSettings,
    onChange: (callback) => (listeners.push(callback), () => undefined),
    now: () => now,
    openWelcome: async () => undefined,
    templates: { get: getTemplates, watch: watchTemplates },
    privateThreads,
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
    backupFailure: async () => null,
    watchBackup: () => () => undefined,
    persistStorage: async () => true,
    mailTabs: async () => [],
    watchSignedIn: () => () => undefined,
    reloadTab: async () => undefined,
    whatsNew: async () => ({ running: '0.1.0', readUpTo: '0.1.0' }),
    markWhatsNewRead: async () => undefined,
    templates: { get: getTemplates, set: setTemplates, watch: watchTemplates },
    downloadFile: () => undefined,
  };
}
