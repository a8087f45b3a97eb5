import type { LanguageSetting } from './i18n/languages';
import type { Site, Tier } from './model';

/** The user's settings and their defaults: plain data, read by every context (stored in utils/settings/). */
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
  /** "Log client emails automatically when I open them": off unless the user turns it on. */
  autoLog: boolean;
  /** Addresses and domains never logged automatically (logging them by hand still works). */
  neverAutoLog: string[];
  /** The interface's language: the browser's (the default), or one chosen on the options page. */
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Settings = {
  selfAddresses: [],
  companyDomains: [],
  enabledSites: { gmail: true, 'google-calendar': true, outlook: true },
  cadenceDays: { strategic: 14, key: 30, standard: 60 },
  privacyMode: false,
  theme: 'auto',
  autoLog: false,
  neverAutoLog: [],
  language: 'browser',
};
