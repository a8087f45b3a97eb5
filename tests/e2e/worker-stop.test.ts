import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerStops } from '../hardening/worker-stops';
import { fixturePage, switchView } from './pages';
import { OptionsPage, screenshot, startHarness, type Harness } from './harness';

/**
 * Chrome stops an idle worker after 30 s. The frames must still get every change afterwards: the next page
 * a user opens, without a reload, shows its own account, not the one before the stop.
 */
const page = fixturePage;

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
