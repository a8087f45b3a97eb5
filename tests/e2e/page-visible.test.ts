import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage, requestFrom, startHarness, type Harness } from './harness';
import { fixturePage } from './pages';

/*
 * The threat model's promise, checked in Chromium: a page (or another extension reading it) cannot tell from
 * what it can observe whether anyone on it is a client. Each page is opened twice, the same page in the same
 * browser, once while its people are clients and once after their account is deleted; everything a page
 * script can read must be identical. And no script of the extension says anything to the page.
 */

const SITES = [
  { host: 'mail.google.com', page: fixturePage('gmail', 'synthetic_2026-11_thread'), account: 'Northwind Traders' },
  {
    host: 'outlook.office.com',
    page: fixturePage('outlook', 'synthetic_2026-11_reading-pane'),
    account: 'Contoso Pharmaceuticals',
  },
  {
    host: 'calendar.google.com',
    page: fixturePage('google-calendar', 'synthetic_2026-11_event-popup'),
    account: 'Northwind Traders',
  },
];

/** Runs in the page's own world before anything else: what a hostile page script would record. */
function recordWhatThePageSees(extensionId: string): void {
  const seen = { messages: [] as string[], events: [] as string[], mutations: [] as string[] };
  (window as unknown as { seen: typeof seen }).seen = seen;
  addEventListener('message', (e) => seen.messages.push(JSON.stringify(e.data) ?? String(e.data)), true);
  for (const entry of ['gmail', 'outlook', 'calendar'])
    for (const target of [document, window])
      target.addEventListener(`${extensionId}:${entry}:wxt:content-script-started`, (e) => seen.events.push(e.type));
  const name = (n: Node) =>
    n instanceof Element
      ? `${n.nodeName}${n.id ? `#${n.id}` : ''}${n.getAttribute('title') ? `[${n.getAttribute('title')}]` : ''}`
      : n.nodeName;
  new MutationObserver((records) => {
    for (const r of records)
      seen.mutations.push(
        [
          r.type,
          name(r.target),
          r.attributeName ?? '',
          [...r.addedNodes].map(name),
          [...r.removedNodes].map(name),
        ].join(' '),
      );
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Everything a page script can read of the extension's presence, once the frames have settled. */
function pageVisibleState() {
  const frames = [...document.querySelectorAll('iframe')].map((f) => {
    const style = getComputedStyle(f);
    const box = f.getBoundingClientRect();
    return {
      title: f.title,
      attributes: f.getAttributeNames().map((a) => `${a}=${f.getAttribute(a)}`),
      parent: f.parentElement?.nodeName,
      box: [box.left, box.top, box.width, box.height],
      style: ['display', 'visibility', 'position', 'zIndex', 'pointerEvents', 'opacity'].map(
        (p) => style[p as 'display'],
      ),
    };
  });
  const hits: string[] = [];
  for (let y = 5; y < innerHeight; y += 40)
    for (let x = 5; x < innerWidth; x += 40) {
      const el = document.elementFromPoint(x, y);
      hits.push(el ? `${el.nodeName}${el.id ? `#${el.id}` : ''}${el.getAttribute('title') ?? ''}` : '-');
    }
  const seen = (window as unknown as { seen: { messages: string[]; events: string[]; mutations: string[] } }).seen;
  return {
    html: document.documentElement.outerHTML,
    title: document.title,
    frames,
    hits,
    focus: [document.activeElement?.nodeName, document.hasFocus()],
    scroll: [scrollX, scrollY, document.scrollingElement?.scrollHeight],
    messages: seen.messages,
    events: seen.events,
    // Every change to the page's DOM, counted; their order may vary with the browser's idle scheduling alone.
    mutations: [...seen.mutations].sort(),
  };
}

let h: Harness;
let options: OptionsPage;
let extensionId: string;
beforeAll(async () => {
  h = await startHarness();
  extensionId = new URL(h.extensionUrl('')).host;
  options = await OptionsPage.open(h);
  await options.loadDemo();
});
afterAll(async () => {
  await h?.close();
});

/** Opens the page, waits until the extension has shown its verdict inside its frames, and reads what the page saw. */
async function visit(host: string, html: string, url: string) {
  h.server.setPage(host, html);
  const p: Page = await h.context.newPage();
  await p.setViewportSize({ width: 1280, height: 800 });
  await p.addInitScript(recordWhatThePageSees, extensionId);
  await p.goto(url);
  const sidebar = p.frameLocator('iframe[title="Account Lens"]');
  // The sidebar is collapsed in a calendar event: its tab shows how many accounts there are, inside the frame.
  const verdict = sidebar.locator(
    '[data-testid="collapsed-tab"], [data-testid="account-name"], main > p.muted, [data-testid="create-account"]',
  );
  await expect.poll(() => verdict.first().textContent(), { timeout: 10_000 }).toBeTruthy();
  if (host === 'calendar.google.com') {
    const briefing = p.frameLocator('iframe[title="Account Lens briefing"]');
    const said = briefing.locator(
      '[data-testid="briefing-account-name"], [data-testid="briefing-no-client"], .unknown',
    );
    await expect.poll(() => said.first().textContent(), { timeout: 10_000 }).toBeTruthy();
  }
  // Two frames painted since: every layout the background sent has been applied.
  await p.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const state = await p.evaluate(pageVisibleState);
  const inside = await sidebar.locator('body').textContent();
  await p.close();
  return { state, inside: inside ?? '' };
}

describe.each(SITES)('what $host shows a page script', ({ host, page, account }) => {
  it('is the same whether its people are clients or not, and names no extension', async () => {
    const client = await visit(host, page.html, page.url);
    const accounts = (await requestFrom(options.page, 'listAccounts', null)) as {
      value: Array<{ id: string; name: string }>;
    };
    const { id } = accounts.value.find((a) => a.name === account)!;
    const deleted = (await requestFrom(options.page, 'deleteRecord', { store: 'accounts', id })) as {
      value: { undoId: string };
    };
    try {
      const stranger = await visit(host, page.html, page.url);
      // Nothing names the extension: no message, no start-up event, no id in the DOM.
      expect([...client.state.messages, ...client.state.events]).toEqual([]);
      expect(client.state.html).not.toContain(extensionId);
      expect(client.state.frames.length).toBeGreaterThan(0);
      // The extension itself did see the difference (inside its frames, where the page cannot look).
      expect(client.inside).not.toEqual(stranger.inside);
      expect(stranger.state).toEqual(client.state);
    } finally {
      await requestFrom(options.page, 'undo', { undoId: deleted.value.undoId });
    }
  });
});
