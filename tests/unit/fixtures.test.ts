import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../utils/content/sites/registry';
import { FIXTURES, loadFixture } from './fixture-loader';

/**
 * Every page snapshot under tests/fixtures/<site>/ with a `.expected.json`
 * beside it must yield exactly that page context. Scripts never run (jsdom's default).
 */
interface Expectation {
  url: string;
  /** Selector of the element under the pointer (list rows). */
  hovered?: string;
  /** Selector of the element with keyboard focus. */
  focus?: string;
  context: unknown;
  misses: unknown[];
}

for (const [site, adapter] of Object.entries(ADAPTERS)) {
  const files = readdirSync(join(FIXTURES, site)).filter((f) => f.endsWith('.expected.json'));
  describe(`${site} snapshots`, () => {
    it.each(files)('%s', (file) => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, site, file), 'utf8')) as Expectation;
      const doc = loadFixture(site, file.replace('.expected.json', '.html'), expected.url);
      if (expected.focus) doc.querySelector<HTMLElement>(expected.focus)!.focus();
      const hovered = expected.hovered ? doc.querySelector(expected.hovered) : undefined;
      const detection = adapter.detect(doc, new URL(expected.url), { hovered });
      expect(detection).toEqual({ context: expected.context, misses: expected.misses });
    });
  });
}
