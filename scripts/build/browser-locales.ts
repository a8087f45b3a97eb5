import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * What the browser itself reads in the extension's language (the manifest's name and description, the
 * keyboard shortcuts' names, the frames' titles) comes from each language's `browser.json` of the message
 * catalogue, written at build as the `_locales/<language>/messages.json` the browsers expect.
 */
const MESSAGES = join(__dirname, '..', '..', 'utils', 'shared', 'i18n', 'messages');

/** `{ key: "text" }` → `{ key: { message: "text" } }`; a `$` is doubled, since the browsers read `$name$` as a placeholder. */
export function browserMessages(messages: Record<string, string>): Record<string, { message: string }> {
  return Object.fromEntries(
    Object.entries(messages).map(([key, text]) => [key, { message: text.replaceAll('$', '$$$$') }]),
  );
}

export function browserLocaleFiles(): Array<{ relativeDest: string; contents: string }> {
  return readdirSync(MESSAGES).map((lang) => ({
    relativeDest: `_locales/${lang}/messages.json`,
    contents: JSON.stringify(
      browserMessages(JSON.parse(readFileSync(join(MESSAGES, lang, 'browser.json'), 'utf8')) as Record<string, string>),
    ),
  }));
}
