import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CONTENT_MATCHES } from '../../utils/shared/hosts';
import { OptionsApp, type OptionsApi } from '../../components/options/OptionsApp';
import { optionsRequests } from '../../components/options/options-requests';
import { lastBackupDays, optionsDataActions } from '../../utils/pages/options-data';
import { request } from '../../utils/protocol/messaging';
import { requestPersistentStorage } from '../../utils/pages/persist';
import { applyThemeSetting, getSettings, settingsItem } from '../../utils/settings/settings';

const api: OptionsApi = {
  ...optionsRequests(request),
  getSettings,
  saveSettings: (next) => settingsItem.setValue(next),
  copyText: (text) => navigator.clipboard.writeText(text),
  hostAccess: () => browser.permissions.contains({ origins: CONTENT_MATCHES }),
  requestHostAccess: () => browser.permissions.request({ origins: CONTENT_MATCHES }),
  data: optionsDataActions,
  lastBackupDays: () => lastBackupDays(),
  persistStorage: requestPersistentStorage,
};

render(<OptionsApp api={api} />, document.getElementById('app')!);
void applyThemeSetting();
