import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageContext } from '../../utils/shared/model';
import { extensionFrame, requestFrom, startHarness, type Harness } from './harness';

/**
 * The built extension on fixture pages served under the real hostnames: the
 * background must hold the page's context after a load, and again after a
 * single-page switch (the view replaced, the URL changed, no reload).
 */
const FIXTURES = join(__dirname, '..', 'fixtures');
const fixture = (site: string, name: string) => ({
  html: readFileSync(join(FIXTURES, site, `${name}.html`), 'utf8'),
  expected: JSON.parse(readFileSync(join(FIXTURES, site, `${name}.expected.json`), 'utf8')) as {
    url: string;
    context: PageContext;
  },
});

const CASES = [
  {
    host: 'mail.google.com',
    first: fixture('gmail', 'synthetic_2026-11_thread'),
    second: fixture('gmail', 'synthetic_2026-11_compose-popup'),
  },
  {
    host: 'calendar.google.com',
    first: fixture('google-calendar', 'synthetic_2026-11_event-popup'),
    second: fixture('google-calendar', 'synthetic_2026-11_event-edit'),
  },
  {
    host: 'outlook.office.com',
    first: fixture('outlook', 'synthetic_2026-11_reading-pane'),
    second: fixture('outlook', 'synthetic_2026-11_compose-pills'),
  },
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** What the background holds for the page's tab, asked as the page's own sidebar frame asks for it. */
async function backgroundContext(sidebar: Frame): Promise<PageContext | null> {
  const reply = (await requestFrom(sidebar, 'getTabAccounts', {})) as {
    ok: boolean;
    value?: { context: PageContext | null };
    error?: unknown;
  };
  if (!reply.ok) throw new Error(`getTabAccounts failed: ${JSON.stringify(reply.error)}`);
  const context = reply.value!.context;
  if (!context) return null;
  // The content script adds the host page's theme to what the adapter read; every fixture page is light.
  const { theme, ...detected } = context;
  return theme === 'light' ? detected : context;
}

async function waitForContext(sidebar: Frame, expected: PageContext): Promise<PageContext | null> {
  let last: PageContext | null = null;
  for (let i = 0; i < 50; i++) {
    last = await backgroundContext(sidebar);
    if (isDeepStrictEqual(last, expected)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

describe.each(CASES)('detection on $host', ({ host, first, second }) => {
  it('the background receives the page context after a load, and again after a single-page switch', async () => {
    h.server.setPage(host, first.html);
    const page = await h.context.newPage();
    await page.goto(first.expected.url);
    const sidebar = await extensionFrame(page, '/sidebar.html');
    expect(await waitForContext(sidebar, first.expected.context)).toEqual(first.expected.context);

    // Switch views the way a single-page app does: swap the content, push a new URL, no reload.
    await page.evaluate(
      ([html, url]) => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.title = next.title;
        for (const name of next.body.getAttributeNames())
          document.body.setAttribute(name, next.body.getAttribute(name)!);
        document.body.replaceChildren(...next.body.childNodes);
        const target = new URL(url);
        history.pushState(null, '', target.pathname + target.search + target.hash);
      },
      [second.html, second.expected.url] as const,
    );
    expect(await waitForContext(sidebar, second.expected.context)).toEqual(second.expected.context);
    await page.close();
  });
});
