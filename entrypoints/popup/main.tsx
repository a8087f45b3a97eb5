import { render } from 'preact';
import type { PopupApi } from '../../components/popup/api';
import { PopupApp } from '../../components/popup/PopupApp';
import { request } from '../../utils/protocol/messaging';
import { applyThemeSetting, getSettings } from '../../utils/settings/settings';

/** The toolbar popup (also usable opened as a page: it reads the active tab of the last-focused normal window). */
const api: PopupApi = {
  warm: () => void request('warmSearch', null).catch(() => undefined),
  search: (query) => request('search', { query, limit: 8 }),
  tab: () => request('getTabAccounts', {}),
  due: () => request('getDue', null),
  saveAll: (records) => request('saveRecords', { records }),
  undo: async (undoId) => void (await request('undo', { undoId })),
  settings: getSettings,
  now: () => new Date(),
};

render(<PopupApp api={api} />, document.getElementById('app')!);
void applyThemeSetting();
