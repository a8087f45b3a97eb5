import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../tests/unit/fixture-loader';
import { ADAPTERS } from '../utils/content/sites/registry';
import type { Site } from '../utils/shared/model';

export interface ViewFixture {
  site: Site;
  view: string;
  /** The snapshot's file name under tests/fixtures/<site>/. */
  file: string;
  size: number;
  url: string;
  /** A selector for the list row the pointer is over, for views that read it. */
  hovered?: string;
}

/** The largest snapshot of each view (the worst case for detection), sorted by site and view. */
export function largestFixturePerView(): ViewFixture[] {
  const largest = new Map<string, ViewFixture>();
  for (const site of Object.keys(ADAPTERS) as Site[]) {
    for (const file of readdirSync(join(FIXTURES, site)).filter((f) => f.endsWith('.expected.json'))) {
      const expected = JSON.parse(readFileSync(join(FIXTURES, site, file), 'utf8'));
      if (!expected.context) continue;
      const html = file.replace('.expected.json', '.html');
      const size = statSync(join(FIXTURES, site, html)).size;
      const key = `${site} ${expected.context.view}`;
      if ((largest.get(key)?.size ?? -1) < size)
        largest.set(key, {
          site,
          view: expected.context.view,
          file: html,
          size,
          url: expected.url,
          hovered: expected.hovered,
        });
    }
  }
  return [...largest].sort(([a], [b]) => a.localeCompare(b)).map(([, fixture]) => fixture);
}

export const fixtureHtml = (f: Pick<ViewFixture, 'site' | 'file'>) =>
  readFileSync(join(FIXTURES, f.site, f.file), 'utf8');
