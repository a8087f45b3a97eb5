import { render } from 'preact';
import type { SidebarApi } from '../../components/sidebar/api';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import { cachedSettings, subscribeToTab } from '../../utils/pages/frame-client';
import { request } from '../../utils/protocol/messaging';

/** The sidebar frame: an extension page inside the mail page, fed only by the background. */
const api: SidebarApi = {
  load: () => request('getTabAccounts', {}),
  save: (req) => request('saveRecord', req),
  remove: (store, id) => request('deleteRecord', { store, id }),
  undo: async (undoId) => void (await request('undo', { undoId })),
  setState: async (state) => void (await request('setSidebarState', { state })),
  exclude: async (email, accountId) => void (await request('excludeMatch', { email, accountId })),
  settings: cachedSettings,
  onChange: subscribeToTab,
  now: () => new Date(),
};

render(<SidebarApp api={api} />, document.getElementById('app')!);
