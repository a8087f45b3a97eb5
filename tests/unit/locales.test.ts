import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../utils/shared/commands';
import { placeholdersOf, type Message } from '../../utils/shared/i18n/format-message';
import { UI_LANGUAGES } from '../../utils/shared/i18n/languages';
import { browserMessages } from '../../scripts/build/browser-locales';

/**
 * The message catalogue (utils/shared/i18n/messages/<language>/<part>.json). A language that lacks a key
 * would show English there, silently; one with a key English lacks holds a text nothing shows: both fail
 * here, as do a lost or invented placeholder, a missing plural form, and an empty message.
 */
const MESSAGES = join(__dirname, '..', '..', 'utils', 'shared', 'i18n', 'messages');
const languages = readdirSync(MESSAGES).sort();
const parts = readdirSync(join(MESSAGES, 'en')).sort();
const part = (lang: string, file: string) =>
  JSON.parse(readFileSync(join(MESSAGES, lang, file), 'utf8')) as Record<string, Message>;

/** The plural categories a count from 0 to 200 takes in `lang`: the forms a translation must give. */
function formsNeeded(lang: string): string[] {
  const rules = new Intl.PluralRules(lang);
  return [...new Set(Array.from({ length: 201 }, (_, n) => rules.select(n)))].sort();
}

describe('message catalogue', () => {
  it('ships English, German, French and Spanish, each with the same parts', () => {
    expect(languages).toEqual([...UI_LANGUAGES].sort());
    for (const lang of languages) expect(readdirSync(join(MESSAGES, lang)).sort(), lang).toEqual(parts);
  });

  it.each(parts)('English %s: every message is a text, or plural forms with "one" and "other"', (file) => {
    for (const [key, message] of Object.entries(part('en', file))) {
      if (typeof message === 'string') expect(message.trim(), key).not.toBe('');
      else expect(Object.keys(message).sort(), key).toEqual(['one', 'other']);
    }
  });

  for (const lang of languages.filter((l) => l !== 'en'))
    it.each(parts)(
      `${lang} %s: exactly the keys English has, with the same placeholders and every plural form`,
      (file) => {
        const english = part('en', file);
        const theirs = part(lang, file);
        expect(Object.keys(theirs).sort(), `keys of ${lang}/${file}`).toEqual(Object.keys(english).sort());
        for (const [key, message] of Object.entries(theirs)) {
          const where = `${lang}/${file}: ${key}`;
          expect(placeholdersOf(message), where).toEqual(placeholdersOf(english[key]!));
          expect(typeof message, `${where} is plural in English`).toBe(typeof english[key]);
          if (typeof message === 'string') expect(message.trim(), where).not.toBe('');
          else {
            for (const form of formsNeeded(lang)) expect(message[form as 'other'], `${where} [${form}]`).toBeTruthy();
            for (const form of Object.keys(message))
              expect(new Intl.PluralRules(lang).resolvedOptions().pluralCategories, where).toContain(form);
          }
        }
      },
    );

  it("names every message the manifest uses, with descriptions within the stores' 132 characters", () => {
    const config = readFileSync(join(__dirname, '..', '..', 'wxt.config.ts'), 'utf8') + JSON.stringify(COMMANDS);
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThanOrEqual(4);
    for (const key of used) expect(part('en', 'browser.json')[key], key).toBeDefined();
    for (const lang of languages)
      expect(String(part(lang, 'browser.json').extDescription).length, lang).toBeLessThanOrEqual(132);
  });

  it('writes the browser\'s own files with "$" escaped, which the browsers read as a placeholder', () => {
    expect(browserMessages({ price: 'Costs $5' })).toEqual({ price: { message: 'Costs $$5' } });
  });
});
