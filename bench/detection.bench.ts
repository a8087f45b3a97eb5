import { it } from 'vitest';
import { ADAPTERS } from '../utils/content/sites/registry';
import { loadFixture } from '../tests/unit/fixture-loader';
import { largestFixturePerView } from './fixtures';
import { publish, type Figure } from './report';
import { measure } from './stats';

// jsdom is slow on the large Outlook snapshots; Chromium (browser-page.bench.ts) takes more runs.
const RUNS = Number(process.env.BENCH_DETECTION_RUNS ?? 50);

/** Detection time per view, on the largest snapshot of that view, in jsdom (a slow DOM; see browser-page.bench.ts for Chromium). */
it('detection per view', async () => {
  const figures: Figure[] = [];
  for (const { site, view, file, size, url, hovered } of largestFixturePerView()) {
    const doc = loadFixture(site, file, url);
    const hint = { hovered: hovered ? doc.querySelector(hovered) : undefined };
    const summary = await measure(() => ADAPTERS[site].detect(doc, new URL(url), hint), RUNS);
    figures.push({ name: `detect: ${site} ${view} (${Math.round(size / 1024)} kB page)`, ...summary });
  }
  publish('Detection per view in jsdom (per call)', figures);
}, 120_000);
