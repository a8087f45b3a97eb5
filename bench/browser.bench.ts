import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { it } from 'vitest';
import { OptionsPage, startHarness } from '../tests/e2e/harness';
import { publish } from './report';
import { summarize } from './stats';

const RUNS = Number(process.env.BENCH_BROWSER_RUNS ?? 30);
const FIXTURES = join(__dirname, '..', 'tests', 'fixtures');
const read = (site: string, name: string) => readFileSync(join(FIXTURES, site, `${name}.html`), 'utf8');

/**
 * Times are taken inside the browser, on one clock: the page notes when it changed (and when the frame became
 * visible), the frame marks the first paint showing the new account (`account-lens:shown`). The test driver's
 * own round trips are not counted.
 */
async function shownAt(page: Page, iframeSelector: string, account: string): Promise<number> {
  const frame = page.frameLocator(iframeSelector);
  await frame.locator('[data-testid$=account-name]', { hasText: account }).first().waitFor({ timeout: 10_000 });
  const element = await page.$(iframeSelector);
  const content = await element!.contentFrame();
  for (let i = 0; i < 50; i++) {
    const mark = await content!.evaluate((name) => {
      const entry = performance.getEntriesByName('account-lens:shown').at(-1) as PerformanceMark | undefined;
      return entry && (entry.detail as { accounts: string[] }).accounts.includes(name)
        ? performance.timeOrigin + entry.startTime
        : null;
    }, account);
    if (mark) return mark;
    await page.waitForTimeout(10);
  }
  throw new Error(`No paint mark for ${account}`);
}

/** In the page: the time the frame last became visible (0 if it has been visible all along). */
const WATCH_VISIBILITY = (selector: string) => {
  const w = window as unknown as { frameVisibleAt: number };
  w.frameVisibleAt = 0;
  const visible = () => {
    const frame = document.querySelector<HTMLIFrameElement>(selector);
    return !!frame && frame.getBoundingClientRect().height > 0 && getComputedStyle(frame).visibility === 'visible';
  };
  if (visible()) return;
  const observer = new MutationObserver(() => {
    if (!visible()) return;
    w.frameVisibleAt = performance.timeOrigin + performance.now();
    observer.disconnect();
  });
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['style', 'title'],
  });
};

/** In the real browser: from a single-page view change to the sidebar showing the new view's account. */
it('page change to sidebar shown', async () => {
  const h = await startHarness({ 'mail.google.com': read('gmail', 'synthetic_2026-11_thread') });
  try {
    const options = await OptionsPage.open(h);
    await options.loadDemo();
    const page = await h.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxkqNvLtmHbRrsPzCdGwTfB');
    const sidebar = 'iframe[title="Account Lens"]';
    await shownAt(page, sidebar, 'Northwind Traders');
    const views = [
      {
        html: read('gmail', 'synthetic_2026-11_compose-popup'),
        hash: '#inbox?compose=new',
        account: 'Fabrikam Logistics',
      },
      {
        html: read('gmail', 'synthetic_2026-11_thread'),
        hash: '#inbox/FMfcgzQXJWxkqNvLtmHbRrsPzCdGwTfB',
        account: 'Northwind Traders',
      },
    ];
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const view = views[i % 2]!;
      const changedAt = await page.evaluate(
        ([html, hash]) => {
          const next = new DOMParser().parseFromString(html, 'text/html');
          document.body.replaceChildren(...next.body.childNodes);
          location.hash = hash;
          return performance.timeOrigin + performance.now();
        },
        [view.html, view.hash] as const,
      );
      samples.push((await shownAt(page, sidebar, view.account)) - changedAt);
      await page.waitForTimeout(300);
    }
    publish('Real browser: sidebar', [
      { name: 'page change → sidebar shows the new account (Gmail, Chromium)', ...summarize(samples), budgetMs: 50 },
    ]);
  } finally {
    await h.close();
  }
}, 300_000);

/** In the real browser: from a calendar event popup opening to the briefing card on screen with its account. */
it('event open to briefing shown', async () => {
  const h = await startHarness({ 'calendar.google.com': read('google-calendar', 'synthetic_2026-11_event-popup') });
  try {
    const options = await OptionsPage.open(h);
    await options.loadDemo();
    const page = await h.context.newPage();
    await page.goto('https://calendar.google.com/calendar/u/0/r/week/2026/11/26');
    const card = '[role=dialog] > iframe[title="Account Lens briefing"]';
    await shownAt(page, card, 'Northwind Traders');
    // Keep the popup's markup, then close it: each run opens it again, as a click on an event chip does.
    await page.evaluate(() => {
      const dialog = document.querySelector('[role=dialog]')!;
      (window as unknown as { popup: Node }).popup = dialog.cloneNode(true);
      dialog.remove();
    });
    const events = [
      {
        id: 'MGxxOGM3bjFkZW1vMm5kZXZlbnQgYWxleC5tb3JnYW5AbXljb21wYW55LmNvbQ',
        guest: 'jonas@fabrikam.io',
        account: 'Fabrikam Logistics',
      },
      {
        id: 'NWhxM2s5djJtYmo0ZXhhbXBsZV8yMDI2MTEyNlQxNTAwMDBaIGFsZXgubW9yZ2FuQG15Y29tcGFueS5jb20',
        guest: 'ana.ruiz@northwind.com',
        account: 'Northwind Traders',
      },
    ];
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A person reads one event before opening the next.
      await page.waitForTimeout(1000);
      const event = events[i % 2]!;
      await page.evaluate(WATCH_VISIBILITY, card);
      const openedAt = await page.evaluate(
        ([id, guest]) => {
          const dialog = (window as unknown as { popup: Node }).popup.cloneNode(true) as Element;
          dialog.querySelectorAll('iframe').forEach((frame) => frame.remove());
          dialog.querySelector('#xDetDlg')!.setAttribute('data-eventid', id);
          dialog.querySelector('[data-email="ana.ruiz@northwind.com"]')!.setAttribute('data-email', guest);
          document.body.append(dialog);
          return performance.timeOrigin + performance.now();
        },
        [event.id, event.guest] as const,
      );
      const painted = await shownAt(page, card, event.account);
      const visible = await page.evaluate(() => (window as unknown as { frameVisibleAt: number }).frameVisibleAt);
      samples.push(Math.max(painted, visible) - openedAt);
      await page.evaluate(() => document.querySelector('[role=dialog]')!.remove());
    }
    publish('Real browser: briefing', [
      {
        name: 'event open → briefing card shows its account (Google Calendar, Chromium)',
        ...summarize(samples),
        budgetMs: 80,
      },
    ]);
  } finally {
    await h.close();
  }
}, 300_000);
