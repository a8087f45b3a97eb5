import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { OptionsPage, startHarness } from '../tests/e2e/harness';
import { publish, type Figure } from './report';
import { summarize } from './stats';

const RUNS = Number(process.env.BENCH_BROWSER_RUNS ?? 30);
const FIXTURES = join(__dirname, '..', 'tests', 'fixtures');
const read = (site: string, name: string) => readFileSync(join(FIXTURES, site, `${name}.html`), 'utf8');

/** In the real browser: from a single-page view change to the sidebar showing the new view's account. */
it('page change to sidebar shown', async () => {
  const h = await startHarness({ 'mail.google.com': read('gmail', 'synthetic_2026-11_thread') });
  try {
    const options = await OptionsPage.open(h);
    await options.loadDemo();
    const page = await h.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxkqNvLtmHbRrsPzCdGwTfB');
    const sidebar = page.frameLocator('iframe[title="Account Lens"]');
    await sidebar.locator('[data-testid=account-name]', { hasText: 'Northwind Traders' }).waitFor();
    const views = [
      { html: read('gmail', 'synthetic_2026-11_compose-popup'), hash: '#inbox?compose=new', account: 'Fabrikam Logistics' },
      { html: read('gmail', 'synthetic_2026-11_thread'), hash: '#inbox/FMfcgzQXJWxkqNvLtmHbRrsPzCdGwTfB', account: 'Northwind Traders' },
    ];
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const view = views[i % 2]!;
      const start = Date.now();
      await page.evaluate(
        ([html, hash]) => {
          const next = new DOMParser().parseFromString(html, 'text/html');
          document.body.replaceChildren(...next.body.childNodes);
          location.hash = hash;
        },
        [view.html, view.hash] as const,
      );
      await sidebar.locator('[data-testid=account-name]', { hasText: view.account }).first().waitFor();
      samples.push(Date.now() - start);
    }
    const figures: Figure[] = [{ name: 'page change → sidebar shows the new account (Gmail, Chromium)', ...summarize(samples), budgetMs: 150 }];
    publish('Real browser', figures);
  } finally {
    await h.close();
  }
}, 300_000);
