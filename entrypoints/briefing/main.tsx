import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { BriefingApi } from '../../components/briefing/api';
import { BriefingApp } from '../../components/briefing/BriefingApp';
import type { TabAccounts } from '../../utils/background/tab-state';
import { isPush, request } from '../../utils/messaging';
import { getSettings, settingsItem } from '../../utils/settings';

/** The briefing frame: an extension page inside the calendar event, fed only by the background. */
let lastHeight = -1;
let settings = getSettings();
settingsItem.watch(() => (settings = getSettings()));
const api: BriefingApi = {
  load: () => request('getTabAccounts', {}),
  saveAll: (records) => request('saveRecords', { records }),
  undo: async (undoId) => void (await request('undo', { undoId })),
  openSidebar: async () => void (await request('setSidebarState', { state: 'expanded' })),
  resize(height) {
    // A parked (hidden) card has no layout and measures 0: only a shown card sets the height.
    if (height === lastHeight || height === 0) return;
    lastHeight = height;
    request('setFrameHeight', { frame: 'briefing', height: Math.min(height, 4000) }).catch(() => undefined);
  },
  settings: () => settings,
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

render(<BriefingApp api={api} />, document.getElementById('app')!);
