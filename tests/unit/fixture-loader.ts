import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURES = join(__dirname, '..', 'fixtures');

/** A snapshot as a document at `url`. jsdom's default mode runs no scripts and loads nothing. */
export function loadFixture(site: string, file: string, url: string): Document {
  return new JSDOM(readFileSync(join(FIXTURES, site, file), 'utf8'), { url }).window.document;
}
