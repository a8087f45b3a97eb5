import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storedMissLog } from '../utils/background/detection-misses';
import { createHandler } from '../utils/background/handler';
import { CONTENT_HOSTS } from '../utils/hosts';
import { learnSelfAddress, loadSelfIdentity } from '../utils/background/self-identity';
import { sessionTabContexts } from '../utils/background/tab-contexts';
import { listLive } from '../utils/db/reads';
import { lazyDb } from '../utils/db/open';
import { systemClock } from '../utils/db/writes';
import { PUSH_CHANNEL, type PushEnvelope } from '../utils/messaging';
import { SearchIndex } from '../utils/search/index';

export default defineBackground(() => {
  const db = lazyDb();
  const tabs = sessionTabContexts(browser.storage.session);
  const search = new SearchIndex({
    accounts: async () => listLive(await db(), 'accounts'),
    contacts: async () => listLive(await db(), 'contacts'),
  });
  const contextChanged: PushEnvelope<'contextChanged'> = { channel: PUSH_CHANNEL, type: 'contextChanged', data: null };

  const handle = createHandler({
    identity: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/'), contentHosts: CONTENT_HOSTS },
    db,
    search,
    tabs,
    self: loadSelfIdentity,
    learnSelf: learnSelfAddress,
    clock: systemClock,
    activeTabId: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true, windowType: 'normal' }))[0]?.id,
    misses: storedMissLog(),
    notifyTabs: (tabId) => {
      const send = (id: number) => browser.tabs.sendMessage(id, contextChanged).catch(() => undefined);
      if (tabId !== undefined) send(tabId);
      else browser.tabs.query({ url: CONTENT_HOSTS.map((h) => `https://${h}/*`) }).then((all) => all.forEach((t) => t.id && send(t.id)));
    },
  });

  // Reply through sendResponse: a returned Promise is dropped by some fakes and older browsers.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handle(message, sender).then(sendResponse);
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabs.remove(tabId));
});
