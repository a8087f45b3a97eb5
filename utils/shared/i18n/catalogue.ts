import browserMessages from './messages/en/browser.json';
import common from './messages/en/common.json';
import sidebar from './messages/en/sidebar.json';
import popup from './messages/en/popup.json';
import briefing from './messages/en/briefing.json';
import options from './messages/en/options.json';
import settings from './messages/en/settings.json';
import errors from './messages/en/errors.json';
import type { Message } from './format-message';
import type { UiLanguage } from './languages';

/**
 * The message catalogue: `messages/<language>/<part>.json`, one file per part of the interface, each a
 * flat object of keys to messages. A message's full key is `<part>.<key>` ("sidebar.logEmail"). English is
 * bundled with every page and is the fallback; the other languages are loaded when chosen. `browser.json`
 * also becomes the browser's own `_locales/<language>/messages.json` at build (the manifest's name and
 * description, the keyboard shortcuts' names, the frames' titles).
 */
export const ENGLISH = { browser: browserMessages, common, sidebar, popup, briefing, options, settings, errors };
export type CataloguePart = keyof typeof ENGLISH;
export type MessageKey = {
  [Part in CataloguePart]: `${Part}.${Extract<keyof (typeof ENGLISH)[Part], string>}`;
}[CataloguePart];

export type Catalogue = ReadonlyMap<string, Message>;

export function flatten(parts: Partial<Record<string, Record<string, Message>>>): Catalogue {
  const flat = new Map<string, Message>();
  for (const [part, messages] of Object.entries(parts))
    for (const [key, message] of Object.entries(messages ?? {})) flat.set(`${part}.${key}`, message);
  return flat;
}

export const ENGLISH_CATALOGUE = flatten(ENGLISH);

// Each language's files become chunks of the pages, fetched from the extension only when that language is chosen.
const LOADERS = import.meta.glob<Record<string, Message>>(['./messages/*/*.json', '!./messages/en/*.json'], {
  import: 'default',
});

/** A shipped language's catalogue, every part of it. */
export async function loadCatalogue(lang: UiLanguage): Promise<Catalogue> {
  if (lang === 'en') return ENGLISH_CATALOGUE;
  const prefix = `./messages/${lang}/`;
  const parts = await Promise.all(
    Object.entries(LOADERS)
      .filter(([path]) => path.startsWith(prefix))
      .map(async ([path, load]) => [path.slice(prefix.length, -'.json'.length), await load()] as const),
  );
  return flatten(Object.fromEntries(parts));
}
