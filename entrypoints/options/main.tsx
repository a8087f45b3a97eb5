import { render } from 'preact';
import { OptionsApp, type OptionsApi } from '../../components/options/OptionsApp';
import { request } from '../../utils/messaging';
import { requestPersistentStorage } from '../../utils/persist';
import { getSettings, settingsItem } from '../../utils/settings';

const api: OptionsApi = {
  listAccounts: () => request('listAccounts', null),
  loadDemoData: (replace) => request('loadDemoData', { replace }),
  getSettings,
  saveSettings: (next) => settingsItem.setValue(next),
  getDetectionReport: () => request('getDetectionReport', null),
  copyText: (text) => navigator.clipboard.writeText(text),
};

render(<OptionsApp api={api} />, document.getElementById('app')!);
void requestPersistentStorage();
