/** The languages the interface ships in; English is the fallback for everything. */
export const UI_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The options page's choice: the browser's own language (the default), or one of ours. */
export type LanguageSetting = 'browser' | UiLanguage;

/** Each language named in itself, as the language picker lists it. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to show: the chosen one, else the first of the browser's preferred languages we ship
 * ("de-AT" is German), else English.
 */
export function resolveLanguage(setting: LanguageSetting | undefined, preferred: readonly string[]): UiLanguage {
  if (setting && setting !== 'browser' && isUiLanguage(setting)) return setting;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Whether a language is written right to left, from its tag ("ar-EG", "he"). */
export function isRightToLeft(tag: string): boolean {
  return RIGHT_TO_LEFT.has(tag.toLowerCase().split(/[-_]/)[0]!);
}
