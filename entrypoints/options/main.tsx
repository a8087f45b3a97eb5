import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CONTENT_MATCHES } from '../../utils/hosts';
import { OptionsApp, type OptionsApi } from '../../components/options/OptionsApp';
import { lastBackupDays, optionsDataActions } from '../../utils/io/options-data';
import { request } from '../../utils/messaging';
import { requestPersistentStorage } from '../../utils/persist';
import { applyThemeSetting, getSettings, settingsItem } from '../../utils/settings';

const api: OptionsApi = {
  listAccounts: () => request('listAccounts', null),
  saveAccount: (account) => request('saveRecord', { store: 'accounts', record: account }),
  deleteAccount: (id) => request('deleteRecord', { store: 'accounts', id }),
  mergeAccounts: (keepId, mergeId) => request('mergeAccounts', { keepId, mergeId }),
  getAccount: (id, touchpointLimit) => request('getAccount', { id, touchpointLimit }),
  saveRecord: (record) => request('saveRecord', record),
  listContacts: (filter, offset, limit) => request('listContacts', { filter, offset, limit }),
  deleteContact: (id) => request('deleteRecord', { store: 'contacts', id }),
  mergeContacts: (keepId, mergeId) => request('mergeContacts', { keepId, mergeId }),
  undo: async (undoId) => void (await request('undo', { undoId })),
  loadDemoData: (replace) => request('loadDemoData', { replace }),
  getSettings,
  saveSettings: (next) => settingsItem.setValue(next),
  getDetectionReport: () => request('getDetectionReport', null),
  copyText: (text) => navigator.clipboard.writeText(text),
  hostAccess: () => browser.permissions.contains({ origins: CONTENT_MATCHES }),
  requestHostAccess: () => browser.permissions.request({ origins: CONTENT_MATCHES }),
  data: optionsDataActions,
  lastBackupDays: () => lastBackupDays(),
  persistStorage: requestPersistentStorage,
  getPortfolio: () => request('getPortfolio', null),
  listTrash: () => request('listTrash', null),
  restoreFromTrash: async ({ store, record }) => void (await request('restoreFromTrash', { store, id: record.id })),
  erasePermanently: async ({ store, record }) => void (await request('erasePermanently', { store, id: record.id })),
};

render(<OptionsApp api={api} />, document.getElementById('app')!);
void applyThemeSetting();
