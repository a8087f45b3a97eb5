import { browser } from 'wxt/browser';
import type { TabAccounts } from '../shared/tab-accounts';
import { isPush } from '../protocol/wire';
import { getSettings, settingsItem, type Settings } from '../settings/settings';

/**
 * What the frames shown in pages (sidebar, briefing) share: the tab's data as
 * the background pushes it, and settings kept in memory until they change.
 */
export function subscribeToTab(callback: (data?: TabAccounts) => void): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // Data comes from the background only (our id, not a tab), addressed to this frame.
    if (sender.id === browser.runtime.id && !sender.tab && isPush(message) && message.type === 'tabAccounts')
      callback(message.data as TabAccounts);
  };
  browser.runtime.onMessage.addListener(listener);
  const unwatch = settingsItem.watch(() => callback());
  return () => {
    browser.runtime.onMessage.removeListener(listener);
    unwatch();
  };
}

let settings: Promise<Settings> | undefined;
export function cachedSettings(): Promise<Settings> {
  if (!settings) {
    settings = getSettings();
    settingsItem.watch(() => (settings = getSettings()));
  }
  return settings;
}
