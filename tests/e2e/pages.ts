import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const FIXTURES = join(__dirname, '..', 'fixtures');

/** A fixture page and the URL its .expected.json says it is served at. */
export function fixturePage(site: string, name: string): { html: string; url: string } {
  return {
    html: readFileSync(join(FIXTURES, site, `${name}.html`), 'utf8'),
    url: JSON.parse(readFileSync(join(FIXTURES, site, `${name}.expected.json`), 'utf8')).url as string,
  };
}

/**
 * Runs in the page: swaps the view the way a single-page app does, new content, new URL, no reload. Shared
 * by the Chromium (Playwright) and Firefox (puppeteer-core) tests, each of which runs it in its own way.
 */
export function replaceView([next, target]: readonly [string, string]): void {
  const doc = new DOMParser().parseFromString(next, 'text/html');
  for (const name of doc.body.getAttributeNames()) document.body.setAttribute(name, doc.body.getAttribute(name)!);
  document.body.replaceChildren(...doc.body.childNodes);
  const u = new URL(target);
  history.pushState(null, '', u.pathname + u.search + u.hash);
}

/** Swaps the view the way a single-page app does: new content, new URL, no reload. */
export async function switchView(p: Page, html: string, url: string): Promise<void> {
  await p.evaluate(replaceView, [html, url] as const);
}

/** Each site's opening page and its client, then a view switched to without reload and its client: what the sidebar tests open, in Chromium and Firefox. */
export const SIDEBAR_SITES = [
  {
    host: 'mail.google.com',
    first: fixturePage('gmail', 'synthetic_2026-11_thread'),
    account: 'Northwind Traders',
    second: fixturePage('gmail', 'synthetic_2026-11_compose-popup'),
    secondAccount: 'Fabrikam Logistics',
  },
  {
    host: 'outlook.office.com',
    first: fixturePage('outlook', 'synthetic_2026-11_reading-pane'),
    account: 'Contoso Pharmaceuticals',
    second: fixturePage('outlook', 'synthetic_2026-11_compose-pills'),
    secondAccount: 'Northwind Traders',
  },
  {
    host: 'calendar.google.com',
    first: fixturePage('google-calendar', 'synthetic_2026-11_event-popup'),
    account: 'Northwind Traders',
    second: fixturePage('google-calendar', 'synthetic_2026-11_event-edit'),
    secondAccount: 'Contoso Pharmaceuticals',
  },
];

/**
 * Run inside an extension page (Chromium or Firefox): live records per store, the trash left out, read the way the
 * options page reads a backup, with paged exportRecords.
 */
export async function countLiveInPage([channel, stores]: readonly [string, readonly string[]]) {
  const ext = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const counts: Record<string, number> = {};
  for (const store of stores) {
    counts[store] = 0;
    let after: string | undefined;
    do {
      const data = { store, limit: 5_000, ...(after ? { after } : {}) };
      const reply = await ext.runtime.sendMessage({ channel, type: 'exportRecords', data });
      if (!reply?.ok) throw new Error(`exportRecords: ${JSON.stringify(reply)}`);
      counts[store]! += (reply.value.records as Array<{ deletedAt?: string }>).filter((r) => !r.deletedAt).length;
      after = reply.value.next;
    } while (after);
  }
  return counts;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Run in a mail or calendar page: where the page's own controls are that the sidebar must never cover. */
export function pageControls(): Array<Box & { what: string }> {
  return [
    ...document.querySelectorAll(
      '.amn > *, [role=complementary], [data-app-section=MailReadCompose] [role=toolbar], header[role=banner]',
    ),
  ].map((el) => {
    const r = el.getBoundingClientRect();
    return { what: el.textContent?.trim().slice(0, 20) ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/** The controls the frame's box overlaps, by their text. */
export function coveredControls(frame: Box, controls: Array<Box & { what: string }>): string[] {
  return controls
    .filter(
      (c) =>
        frame.x < c.x + c.width &&
        c.x < frame.x + frame.width &&
        frame.y < c.y + c.height &&
        c.y < frame.y + frame.height,
    )
    .map((c) => c.what);
}
