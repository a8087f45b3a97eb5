import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings-shape';

export { DEFAULT_SETTINGS, type Settings } from '../shared/settings-shape';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Addresses the pages showed as signed in; self without the user typing them. */
export const learnedSelfItem = storage.defineItem<string[]>('local:learnedSelfAddresses', {
  fallback: [],
  version: 1,
});

/** Settings with defaults filled in for keys a newer version added. */
export async function getSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    enabledSites: { ...DEFAULT_SETTINGS.enabledSites, ...stored.enabledSites },
    cadenceDays: { ...DEFAULT_SETTINGS.cadenceDays, ...stored.cadenceDays },
  };
}

/** Applies the theme setting to an extension page (options, popup). */
export async function applyThemeSetting(root: HTMLElement = document.documentElement): Promise<void> {
  const apply = (theme: Settings['theme']) => (root.dataset.theme = theme === 'auto' ? '' : theme);
  apply((await getSettings()).theme);
  settingsItem.watch((next) => apply(next?.theme ?? 'auto'));
}
