import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { ADAPTERS } from '../utils/sites/registry';
import { FIXTURES, loadFixture } from '../tests/unit/fixture-loader';
import { publish, type Figure } from './report';
import { measure } from './stats';

const RUNS = Number(process.env.BENCH_DETECTION_RUNS ?? 200);

/** Detection time per view, on the largest snapshot of that view. */
it('detection per view', async () => {
  const largest = new Map<string, { site: string; file: string; size: number; url: string; hovered?: string }>();
  for (const site of Object.keys(ADAPTERS)) {
    for (const file of readdirSync(join(FIXTURES, site)).filter((f) => f.endsWith('.expected.json'))) {
      const expected = JSON.parse(readFileSync(join(FIXTURES, site, file), 'utf8'));
      if (!expected.context) continue;
      const html = file.replace('.expected.json', '.html');
      const size = statSync(join(FIXTURES, site, html)).size;
      const key = `${site} ${expected.context.view}`;
      if ((largest.get(key)?.size ?? -1) < size) largest.set(key, { site, file: html, size, url: expected.url, hovered: expected.hovered });
    }
  }
  const figures: Figure[] = [];
  for (const [view, { site, file, size, url, hovered }] of [...largest].sort()) {
    const doc = loadFixture(site, file, url);
    const adapter = ADAPTERS[site as keyof typeof ADAPTERS];
    const hint = { hovered: hovered ? doc.querySelector(hovered) : undefined };
    const summary = await measure(() => adapter.detect(doc, new URL(url), hint), RUNS);
    figures.push({ name: `detect: ${view} (${Math.round(size / 1024)} kB page)`, ...summary });
  }
  publish('Detection (jsdom, per call)', figures);
}, 120_000);
