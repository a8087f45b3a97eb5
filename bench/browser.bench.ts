import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { it } from 'vitest';
import { OptionsPage, startHarness } from '../tests/e2e/harness';
import { publish, type Figure } from './report';
import { summarize } from './stats';

const RUNS = Number(process.env.BENCH_BROWSER_RUNS ?? 30);

/**
 * Waits until the frame matching `iframeSelector` is on screen and shows `text` in `textSelector`, checking
 * every few milliseconds (a locator's own waiting backs off to 100 ms steps, which would blur the figure).
 */
async function waitForFrameText(page: Page, iframeSelector: string, textSelector: string, text: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const element = await page.$(iframeSelector);
    const box = element && (await element.boundingBox());
    const frame = box && box.height > 0 ? await element!.contentFrame() : null;
    const shown =
      frame &&
      (await frame
        .evaluate(([selector, wanted]) => [...document.querySelectorAll(selector)].some((el) => el.textContent === wanted), [textSelector, text] as const)
        .catch(() => false));
    if (shown) return;
    await new Promise((r) => setTimeout(r, 3));
  }
  throw new Error(`"${text}" did not show in ${iframeSelector}`);
}
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
      await waitForFrameText(page, 'iframe[title="Account Lens"]', '[data-testid=account-name]', view.account);
      samples.push(Date.now() - start);
    }
    const figures: Figure[] = [{ name: 'page change → sidebar shows the new account (Gmail, Chromium)', ...summarize(samples), budgetMs: 150 }];
    publish('Real browser', figures);
  } finally {
    await h.close();
  }
}, 300_000);

/** In the real browser: from a calendar event popup opening to the briefing card showing its account, frame cold load included. */
it('event open to briefing shown', async () => {
  const html = read('google-calendar', 'synthetic_2026-11_event-popup');
  const h = await startHarness({ 'calendar.google.com': html });
  try {
    const options = await OptionsPage.open(h);
    await options.loadDemo();
    const page = await h.context.newPage();
    await page.goto('https://calendar.google.com/calendar/u/0/r/week/2026/11/26');
    const card = page.frameLocator('iframe[title="Account Lens briefing"]');
    await card.locator('[data-testid=briefing-account-name]', { hasText: 'Northwind Traders' }).waitFor();
    // Keep the popup's markup, then close it: each run opens it again, as a click on an event chip does.
    await page.evaluate(() => {
      (window as unknown as { popup: string }).popup = document.querySelector('[role=dialog]')!.outerHTML.replace(/<iframe[^>]*><\/iframe>/, '');
      document.querySelector('[role=dialog]')!.remove();
    });
    const events = [
      { id: 'MGxxOGM3bjFkZW1vMm5kZXZlbnQgYWxleC5tb3JnYW5AbXljb21wYW55LmNvbQ', guest: 'jonas@fabrikam.io', account: 'Fabrikam Logistics' },
      { id: 'NWhxM2s5djJtYmo0ZXhhbXBsZV8yMDI2MTEyNlQxNTAwMDBaIGFsZXgubW9yZ2FuQG15Y29tcGFueS5jb20', guest: 'ana.ruiz@northwind.com', account: 'Northwind Traders' },
    ];
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const event = events[i % 2]!;
      const start = Date.now();
      await page.evaluate(
        ([id, guest]) => {
          const parsed = new DOMParser().parseFromString((window as unknown as { popup: string }).popup, 'text/html');
          const dialog = document.importNode(parsed.body.firstElementChild!, true);
          dialog.querySelector('#xDetDlg')!.setAttribute('data-eventid', id);
          dialog.querySelector('[data-email="ana.ruiz@northwind.com"]')!.setAttribute('data-email', guest);
          document.body.append(dialog);
        },
        [event.id, event.guest] as const,
      );
      await waitForFrameText(page, '[role=dialog] > iframe[title="Account Lens briefing"]', '[data-testid=briefing-account-name]', event.account);
      samples.push(Date.now() - start);
      await page.evaluate(() => document.querySelector('[role=dialog]')!.remove());
      // A person reads one event before opening the next.
      await page.waitForTimeout(1000);
    }
    publish('Real browser: briefing', [{ name: 'event open → briefing card shows its account (Google Calendar, Chromium)', ...summarize(samples), budgetMs: 200 }]);
  } finally {
    await h.close();
  }
}, 300_000);
