import { storage } from 'wxt/utils/storage';
import type { Site, Tier } from './model';

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
}

export const DEFAULT_SETTINGS: Settings = {
  selfAddresses: [],
  companyDomains: [],
  enabledSites: { gmail: true, 'google-calendar': true, outlook: true },
  cadenceDays: { strategic: 14, key: 30, standard: 60 },
  privacyMode: false,
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
