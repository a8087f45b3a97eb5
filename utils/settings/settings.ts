import { storage } from 'wxt/utils/storage';
import type { Site, Tier } from '../shared/model';

export interface Settings {
  /** The user's own addresses: never shown as clients. */
  selfAddresses: string[];
  /** The user's company domains: colleagues are never shown as clients. */
  companyDomains: string[];
  enabledSites: Record<Site, boolean>;
  /** Default days between contacts, per tier (an account may override it). */
  cadenceDays: Record<Tier, number>;
  /** Blurs money and notes, for screen sharing. */
  privacyMode: boolean;
  /** The options page and the popup: follow the system, or always light or dark. (The frames in pages follow the page.) */
  theme: 'auto' | 'light' | 'dark';
}

export const DEFAULT_SETTINGS: Settings = {
  selfAddresses: [],
  companyDomains: [],
  enabledSites: { gmail: true, 'google-calendar': true, outlook: true },
  cadenceDays: { strategic: 14, key: 30, standard: 60 },
  privacyMode: false,
  theme: 'auto',
};

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
