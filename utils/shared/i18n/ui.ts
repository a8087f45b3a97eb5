import { computed, signal } from '@preact/signals';
import { ENGLISH_CATALOGUE, loadCatalogue, type Catalogue, type MessageKey } from './catalogue';
import { formatMessage, type MessageParams } from './format-message';
import { isRightToLeft, type UiLanguage } from './languages';

/**
 * The interface's language in this page, and `t`, which every text shown goes through. Components that call
 * `t` while rendering re-render when the language changes (a signal read during render subscribes to it).
 */
const current = signal<{ lang: UiLanguage; locale: string; catalogue: Catalogue }>({
  lang: 'en',
  locale: 'en',
  catalogue: ENGLISH_CATALOGUE,
});

export const uiLanguage = computed(() => current.value.lang);

/** The tag for `Intl`: the browser's own regional variant when it is of the same language ("en-GB"), else the language. */
export const uiLocale = computed(() => current.value.locale);

export const uiDirection = computed(() => (isRightToLeft(current.value.lang) ? 'rtl' : 'ltr'));

/** Switches this page to `lang`, loading its catalogue first; the regional variant comes from `preferred`. */
export async function setUiLanguage(lang: UiLanguage, preferred: readonly string[] = []): Promise<void> {
  const catalogue = await loadCatalogue(lang);
  const regional = preferred.find((tag) => tag.toLowerCase().split(/[-_]/)[0] === lang);
  current.value = { lang, locale: regional?.replace('_', '-') ?? lang, catalogue };
}

/** A text whose words are chosen where it is shown: what the background and shared logic hand to a page. */
export interface Text {
  key: MessageKey;
  params?: MessageParams;
}

/** The message `key` in the interface's language (English where a language lacks it), its placeholders filled. */
export function t(key: MessageKey, params?: MessageParams): string {
  const { lang, catalogue } = current.value;
  const message = catalogue.get(key) ?? ENGLISH_CATALOGUE.get(key);
  return message === undefined ? key : formatMessage(message, params, lang);
}

/** A `Text` in the interface's language. */
export function tx(text: Text): string {
  return t(text.key, text.params);
}
