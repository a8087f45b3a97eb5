import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerStops } from '../hardening/worker-stops';
import { OptionsPage, screenshot, startHarness, type Harness } from './harness';

/**
 * Chrome stops an idle worker after 30 s. The frames must still get every change afterwards: the next page
 * a user opens, without a reload, shows its own account, not the one before the stop.
 */
const FIXTURES = join(__dirname, '..', 'fixtures');
const page = (site: string, name: string) => ({
  html: readFileSync(join(FIXTURES, site, `${name}.html`), 'utf8'),
  url: JSON.parse(readFileSync(join(FIXTURES, site, `${name}.expected.json`), 'utf8')).url as string,
});

const CASES = [
  {
    host: 'mail.google.com',
    frame: 'Account Lens',
    name: 'account-name',
    first: page('gmail', 'synthetic_2026-11_thread'),
    account: 'Northwind Traders',
    second: page('gmail', 'synthetic_2026-11_compose-popup'),
    secondAccount: 'Fabrikam Logistics',
  },
  {
    host: 'calendar.google.com',
    frame: 'Account Lens briefing',
    name: 'briefing-account-name',
    first: page('google-calendar', 'synthetic_2026-11_event-popup'),
    account: 'Northwind Traders',
    second: page('google-calendar', 'synthetic_2026-11_event-edit'),
    secondAccount: 'Contoso Pharmaceuticals',
  },
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await (await OptionsPage.open(h)).loadDemo();
});
afterAll(async () => {
  await h?.close();
});

/** Swaps the view the way a single-page app does: new content, new URL, no reload. */
async function switchView(p: Page, html: string, url: string): Promise<void> {
  await p.evaluate(
    ([next, target]) => {
      const doc = new DOMParser().parseFromString(next, 'text/html');
      for (const name of doc.body.getAttributeNames()) document.body.setAttribute(name, doc.body.getAttribute(name)!);
      document.body.replaceChildren(...doc.body.childNodes);
      const u = new URL(target);
      history.pushState(null, '', u.pathname + u.search + u.hash);
    },
    [html, url] as const,
  );
}

describe.each(CASES)(
  'after the worker stops, on $host',
  ({ host, frame, name, first, account, second, secondAccount }) => {
    it('the next view, opened without a reload, shows its own account', async () => {
      h.server.setPage(host, first.html);
      const p = await h.context.newPage();
      await p.goto(first.url);
      const shown = () => p.frameLocator(`iframe[title="${frame}"]`).getByTestId(name).first().textContent();
      await expect.poll(shown, { timeout: 10_000 }).toBe(account);

      const stops = await workerStops(h, p);
      await stops.stop();
      await switchView(p, second.html, second.url);
      await expect.poll(shown, { timeout: 10_000 }).toBe(secondAccount);

      // And again: any number of stops.
      await stops.stop();
      await switchView(p, first.html, first.url);
      await expect.poll(shown, { timeout: 10_000 }).toBe(account);
      expect(stops.count).toBeGreaterThanOrEqual(2);
      await screenshot(p, `worker-stop-${host}`);
      await p.close();
    });
  },
);
