import { browser } from 'wxt/browser';
import { resolveLanguage, type LanguageSetting } from '../shared/i18n/languages';
import { setUiLanguage, uiDirection, uiLanguage } from '../shared/i18n/ui';
import { getSettings, settingsItem, type Settings } from '../settings/settings';

/** The browser's languages, its own interface language first. */
function browserLanguages(): string[] {
  return [browser.i18n.getUILanguage(), ...navigator.languages];
}

async function apply(setting: LanguageSetting | undefined, root: HTMLElement): Promise<void> {
  const preferred = browserLanguages();
  try {
    await setUiLanguage(resolveLanguage(setting, preferred), preferred);
  } catch {
    // A catalogue that cannot be loaded leaves the page in the language it has (English at first).
  }
  // The document says its language and direction, so screen readers, hyphenation and bidi layout follow.
  root.lang = uiLanguage.value;
  root.dir = uiDirection.value;
}

/**
 * Puts an extension page in the interface language before its first render, and follows the options
 * page's language setting when it changes. Settings that cannot be read mean the browser's language: the
 * page still renders, and says what failed in its own way.
 */
export async function startUiLanguage(
  readSettings: () => Promise<Settings> = getSettings,
  root: HTMLElement = document.documentElement,
): Promise<void> {
  const setting = await readSettings().then(
    (settings) => settings.language,
    () => undefined,
  );
  await apply(setting, root);
  settingsItem.watch((next) => void apply(next?.language, root));
}
