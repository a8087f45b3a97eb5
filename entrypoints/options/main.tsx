import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CONTENT_MATCHES } from '../../utils/shared/hosts';
import { packagedDomainData, useDomainData } from '../../utils/shared/match/domains';
import type { OptionsApi } from '../../components/options/api';
import { OptionsApp } from '../../components/options/OptionsApp';
import { lastBackupDays, optionsDataActions, watchBackup } from '../../utils/pages/options-data';
import { backgroundClient } from '../../utils/protocol/client';
import { requestPersistentStorage } from '../../utils/pages/persist';
import { backupFailureItem } from '../../utils/settings/last-backup';
import { openMailTabs, watchSignedIn } from '../../utils/pages/mail-tabs';
import { whatsNewReadItem } from '../../utils/settings/first-run';
import { applyThemeSetting, getSettings, settingsItem } from '../../utils/settings/settings';
import { getTemplates, setTemplates, watchTemplates } from '../../utils/settings/templates';
import { downloadFile } from '../../utils/pages/download';
import { startUiLanguage } from '../../utils/pages/ui-language';

// CSV imports need the domain lists (files of the extension), read when the first import is planned.
useDomainData(packagedDomainData((path) => browser.runtime.getURL(path as '/')));

/** The options page: the background through its client, and what only a page can do (storage, permissions, clipboard, files, tabs). */
const background = backgroundClient<'options'>();
const api: OptionsApi = {
  background,
  settings: getSettings,
  now: () => new Date(),
  saveSettings: (next) => settingsItem.setValue(next),
  copyText: (text) => navigator.clipboard.writeText(text),
  hostAccess: () => browser.permissions.contains({ origins: CONTENT_MATCHES }),
  requestHostAccess: () => browser.permissions.request({ origins: CONTENT_MATCHES }),
  data: optionsDataActions,
  lastBackupDays: () => lastBackupDays(),
  backupFailure: () => backupFailureItem.getValue(),
  watchBackup,
  persistStorage: requestPersistentStorage,
  mailTabs: () => openMailTabs(background),
  watchSignedIn,
  reloadTab: (tabId) => browser.tabs.reload(tabId),
  whatsNew: async () => ({
    running: browser.runtime.getManifest().version,
    readUpTo: await whatsNewReadItem.getValue(),
  }),
  markWhatsNewRead: (version) => whatsNewReadItem.setValue(version),
  templates: { get: getTemplates, set: setTemplates, watch: watchTemplates },
  downloadFile,
};

// The interface's language is known before the first render, so no text changes under the user's eyes.
await startUiLanguage();
render(<OptionsApp api={api} />, document.getElementById('app')!);
void applyThemeSetting();
