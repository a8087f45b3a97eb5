import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../utils/shared/commands';

/**
 * The message catalogues under public/_locales/: every language has exactly the keys English has, each with a
 * message, and every `__MSG_…__` the manifest uses is in English. The browser shows English for a key a
 * language lacks, silently: this is where a missing translation is caught.
 */
const LOCALES = join(__dirname, '..', '..', 'public', '_locales');
const catalogue = (lang: string) =>
  JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, { message?: unknown }>;
const languages = readdirSync(LOCALES);

describe('message catalogues', () => {
  it('ship English, German, French and Spanish', () => {
    expect(languages.sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  it.each(languages.filter((l) => l !== 'en'))('%s has exactly the keys English has, each with a message', (lang) => {
    const english = Object.keys(catalogue('en')).sort();
    const theirs = catalogue(lang);
    expect(Object.keys(theirs).sort(), `keys of ${lang}`).toEqual(english);
    for (const [key, entry] of Object.entries(theirs))
      expect(typeof entry.message === 'string' && entry.message.trim(), `${lang}: ${key}`).toBeTruthy();
  });

  it("has every message the manifest names, and a description within the stores' 132 characters", () => {
    const config = readFileSync(join(__dirname, '..', '..', 'wxt.config.ts'), 'utf8') + JSON.stringify(COMMANDS);
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThanOrEqual(4);
    for (const key of used) expect(catalogue('en')[key], key).toBeDefined();
    for (const lang of languages)
      expect(String(catalogue(lang).extDescription!.message).length).toBeLessThanOrEqual(132);
  });
});
