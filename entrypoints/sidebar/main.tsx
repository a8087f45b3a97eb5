import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { SidebarApi } from '../../components/sidebar/api';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import type { TabAccounts } from '../../utils/background/tab-state';
import { isPush, request } from '../../utils/messaging';
import { getSettings, settingsItem } from '../../utils/settings';

/** The sidebar frame: an extension page inside the mail page, fed only by the background. */
let settings = getSettings();
settingsItem.watch(() => (settings = getSettings()));
const cachedSettings = () => settings;

const api: SidebarApi = {
  load: () => request('getTabAccounts', {}),
  save: (req) => request('saveRecord', req),
  remove: (store, id) => request('deleteRecord', { store, id }),
  undo: async (undoId) => void (await request('undo', { undoId })),
  setState: async (state) => void (await request('setSidebarState', { state })),
  exclude: async (email, accountId) => void (await request('excludeMatch', { email, accountId })),
  settings: cachedSettings,
  onChange(callback) {
    const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      // Data comes from the background only (our id, not a tab), addressed to this frame.
      if (sender.id === browser.runtime.id && !sender.tab && isPush(message) && message.type === 'tabAccounts') callback(message.data as TabAccounts);
    };
    browser.runtime.onMessage.addListener(listener);
    const unwatch = settingsItem.watch(() => callback());
    return () => {
      browser.runtime.onMessage.removeListener(listener);
      unwatch();
    };
  },
  now: () => new Date(),
};

render(<SidebarApp api={api} />, document.getElementById('app')!);
