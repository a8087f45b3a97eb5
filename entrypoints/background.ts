import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storedMissLog } from '../utils/background/detection-misses';
import { createHandler } from '../utils/background/handler';
import { learnSelfAddress, selfIdentityLoader } from '../utils/background/self-identity';
import { createReminders, NEXT_DUE_ALARM } from '../utils/background/reminders';
import { badgeFace } from '../utils/background/badge';
import { inPlaceFileMaker, offscreenFileMaker } from '../utils/background/backup-file/makers';
import { findDownload, startDownload, watchDownloadEnds } from '../utils/background/scheduled-backup/downloads';
import { createScheduledBackup } from '../utils/background/scheduled-backup/run';
import { backupFailureText } from '../utils/shared/backup-failure';
import { backupFailureItem, backupScheduleItem } from '../utils/settings/last-backup';
import type { SentNote } from '../utils/background/auto-log';
import { sessionTabContexts, sessionTabFrames, sessionTabNotes } from '../utils/background/tab-contexts';
import {
  createTabRefresher,
  storedExclusions,
  storedFrameChoices,
  TabMemo,
  toggleSidebar,
  type TabStateDeps,
} from '../utils/background/tab-state';
import { pushEnvelope, type DraftInsertion } from '../utils/protocol/wire';
import { TOGGLE_SIDEBAR_COMMAND } from '../utils/shared/commands';
import { purgeAbandonedStaging } from '../utils/background/db/bulk';
import { lazyDb } from '../utils/background/db/open';
import { purgeTrash } from '../utils/background/db/trash';
import { searchStore } from '../utils/background/db/search-store';
import { systemClock } from '../utils/background/db/writes';
import { CONTENT_HOSTS } from '../utils/shared/hosts';
import { SearchIndex } from '../utils/background/search/index';
import { getSettings, settingsItem } from '../utils/settings/settings';
import { packagedDomainData, useDomainData } from '../utils/shared/match/domains';
import { welcomeOpenedItem, whatsNewReadItem } from '../utils/settings/first-run';
import { afterInstalled } from '../utils/background/first-run';
import { WELCOME_PATH } from '../utils/shared/extension-pages';

const BACKUP_FAILED_NOTIFICATION = 'scheduled-backup-failed';
const logBackupError = (error: unknown) => console.error('Account Lens: scheduled backup failed', error);

/** Wiring only: storage, search and the message handler; each lives in utils/. */
export default defineBackground(() => {
  // The domain lists are files of the extension, read when a page is first resolved after a wake-up.
  useDomainData(packagedDomainData((path) => browser.runtime.getURL(path as '/')));
  const db = lazyDb();
  // A worker wakes to answer: the database is opened at once, while the request is read. (The domain lists are
  // not: parsing them on the way would hold up the answers that need none, such as the popup's.)
  void db().catch(() => undefined);
  const deps: TabStateDeps = {
    tabs: sessionTabContexts(browser.storage.session),
    db,
    self: selfIdentityLoader(),
    exclusions: storedExclusions.loader(),
    sidebarChoices: storedFrameChoices('sidebar'),
    briefingChoices: storedFrameChoices('briefing'),
    memo: new TabMemo(),
    frames: sessionTabFrames(browser.storage.session),
  };
  const search = new SearchIndex(searchStore(db));
  // What automatic logging keeps per tab: the template put into its draft, and its messages just sent.
  const draftTemplates = sessionTabNotes<{ draft: string; template: { id: string; name: string } }>(
    browser.storage.session,
    'draft-template',
  );
  const sentMail = sessionTabNotes<SentNote[]>(browser.storage.session, 'sent');
  const refreshTabs = createTabRefresher({
    ...deps,
    push: async (tabId, type, data, frameId) =>
      void (await browser.tabs.sendMessage(tabId, pushEnvelope(type, data), { frameId })),
  });

  const remind = createReminders(db, {
    setAlarm: async (name, when) => void (await browser.alarms.create(name, { when })),
    setBadge: async (overdue) => {
      const failure = await backupFailureItem.getValue();
      const { text, title } = badgeFace(overdue, failure && backupFailureText(failure, new Date()));
      await browser.action.setBadgeText({ text });
      await browser.action.setTitle({ title });
      await browser.action.setBadgeBackgroundColor({ color: '#c42b1c' });
    },
    notify: async (id, title, message) =>
      void (await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title,
        message,
      })),
  });

  const scheduledBackup = createScheduledBackup({
    schedule: () => backupScheduleItem.getValue(),
    mayDownload: () => browser.permissions.contains({ permissions: ['downloads'] }),
    exclusions: storedExclusions.store.list,
    // Chrome's service worker cannot make a blob URL; Firefox's event page can, and has no offscreen API
    // (decided at build time, so the Firefox bundle carries no offscreen code).
    file: import.meta.env.FIREFOX ? inPlaceFileMaker(db) : offscreenFileMaker(),
    download: (url, path) => (watchDownloads(), startDownload(url, path)),
    findDownload,
    // Its end is told by the failure's watch below, wherever the failure was cleared.
    announce: async (failure) => {
      if (!failure) return;
      await browser.notifications.create(BACKUP_FAILED_NOTIFICATION, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: 'Backup not written',
        message: backupFailureText(failure, new Date()),
      });
    },
  });
  const watchDownloads = watchDownloadEnds((id) => void scheduledBackup.downloadChanged(id).catch(logBackupError));
  watchDownloads();
  // A download may have ended, or the file been made, while no worker ran.
  void scheduledBackup.reconcile().catch(logBackupError);
  const backUpOnSchedule = () => void scheduledBackup.run().catch(logBackupError);

  const handle = createHandler({
    ...deps,
    identity: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/'), contentHosts: CONTENT_HOSTS },
    search,
    learnSelf: async (email) => learnSelfAddress(email, await deps.self()),
    clock: systemClock,
    // The popup may be its own window (or a page): the tab it is about is the active one of the last-focused normal window.
    activeTabId: async () => {
      const window = await browser.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => undefined);
      return window?.id === undefined
        ? undefined
        : (await browser.tabs.query({ active: true, windowId: window.id }))[0]?.id;
    },
    refreshTabs,
    askPage: async (tabId, data) => {
      try {
        return (await browser.tabs.sendMessage(tabId, pushEnvelope('insertIntoDraft', data), {
          frameId: 0,
        })) as DraftInsertion;
      } catch {
        // No content script answered: the page was opened before the extension, or is gone.
        return { body: 'no-draft', subject: 'none' };
      }
    },
    draftTemplates,
    sentMail,
    exclusionStore: storedExclusions.store,
    misses: storedMissLog(),
    remind,
    cadenceDays: async () => (await getSettings()).cadenceDays,
    scheduledBackup,
  });

  // Reply through sendResponse: a returned Promise is dropped by some fakes and older browsers.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handle(message, sender).then(sendResponse);
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    deps.memo.forget(tabId);
    void deps.frames.drop(tabId);
    void deps.tabs.remove(tabId);
    void draftTemplates.set(tabId, undefined);
    void sentMail.set(tabId, undefined);
  });
  // Self addresses and company domains change who matches.
  settingsItem.watch(() => deps.memo.invalidate());
  // Switched on (or made more frequent): the first backup is saved at once.
  backupScheduleItem.watch(backUpOnSchedule);
  // A backup failed, or one was saved since (here, or by hand on the options page): the badge says so.
  backupFailureItem.watch((failure) => {
    void remind();
    if (!failure) void browser.notifications.clear(BACKUP_FAILED_NOTIFICATION);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== NEXT_DUE_ALARM) return;
    void remind();
    // The alarm fires at least every midnight: a good moment to empty the trash of what is over 30 days old,
    // and staging of imports abandoned over a day ago.
    void db().then((d) => Promise.all([purgeTrash(d, new Date()), purgeAbandonedStaging(d, new Date())]));
    backUpOnSchedule();
  });
  browser.runtime.onStartup.addListener(() => (void remind(), backUpOnSchedule()));
  browser.runtime.onInstalled.addListener((details) => {
    void remind();
    void afterInstalled(details, {
      openWelcome: async () => void (await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) })),
      version: browser.runtime.getManifest().version,
      readUpTo: whatsNewReadItem,
      welcomed: welcomeOpenedItem,
    });
  });
  // Notifications have no buttons in Firefox: a click opens the popup's list, where done and snooze live;
  // a failed backup's opens the options page, where "Back up now" is.
  browser.notifications.onClicked.addListener((id) =>
    id === BACKUP_FAILED_NOTIFICATION
      ? void browser.runtime.openOptionsPage()
      : void browser.action.openPopup?.().catch(() => undefined),
  );
  // One line per worker start: the way to tell, from a browser console, that the background is up.
  console.info('Account Lens: background ready');
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_SIDEBAR_COMMAND && tab?.id !== undefined) void toggleSidebar(deps, tab.id, refreshTabs);
  });
});
