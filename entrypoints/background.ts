import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storedMissLog } from '../utils/background/detection-misses';
import { createHandler } from '../utils/background/handler';
import { learnSelfAddress, selfIdentityLoader } from '../utils/background/self-identity';
import { sessionTabContexts } from '../utils/background/tab-contexts';
import { createTabRefresher, envelope, storedExclusions, storedSidebarChoices, TabMemo, toggleSidebar, type TabStateDeps } from '../utils/background/tab-state';
import { TOGGLE_SIDEBAR_COMMAND } from '../utils/commands';
import { lazyDb } from '../utils/db/open';
import { listLive } from '../utils/db/reads';
import { systemClock } from '../utils/db/writes';
import { CONTENT_HOSTS } from '../utils/hosts';
import { SearchIndex } from '../utils/search/index';
import { settingsItem } from '../utils/settings';

/** Wiring only: storage, search and the message handler; each lives in utils/. */
export default defineBackground(() => {
  const db = lazyDb();
  const deps: TabStateDeps = {
    tabs: sessionTabContexts(browser.storage.session),
    db,
    self: selfIdentityLoader(),
    exclusions: storedExclusions.loader(),
    sidebarChoices: storedSidebarChoices(),
    frameHeights: new Map(),
    memo: new TabMemo(),
    frames: new Map(),
  };
  const search = new SearchIndex({
    accounts: async () => listLive(await db(), 'accounts'),
    contacts: async () => listLive(await db(), 'contacts'),
  });
  const refreshTabs = createTabRefresher({
    ...deps,
    push: async (tabId, type, data, frameId) => void (await browser.tabs.sendMessage(tabId, envelope(type, data), { frameId })),
  });

  const handle = createHandler({
    ...deps,
    identity: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/'), contentHosts: CONTENT_HOSTS },
    search,
    learnSelf: async (email) => learnSelfAddress(email, await deps.self()),
    clock: systemClock,
    activeTabId: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true, windowType: 'normal' }))[0]?.id,
    refreshTabs,
    addExclusion: storedExclusions.add,
    misses: storedMissLog(),
  });

  // Reply through sendResponse: a returned Promise is dropped by some fakes and older browsers.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handle(message, sender).then(sendResponse);
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => (deps.memo.forget(tabId), deps.frames.delete(tabId), void deps.tabs.remove(tabId)));
  // Self addresses and company domains change who matches.
  settingsItem.watch(() => deps.memo.invalidate());
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_SIDEBAR_COMMAND && tab?.id !== undefined) void toggleSidebar(deps, tab.id, refreshTabs);
  });
});
