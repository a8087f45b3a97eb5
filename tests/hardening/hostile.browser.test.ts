import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage, requestFrom, screenshot, startHarness, type Harness } from '../e2e/harness';
import { countFigure } from './figures';
import { HOSTILE_STRINGS, type HostileCategory } from './hostile-strings';

/**
 * The built extension in Chromium. Hostile names go in through the real messages from an extension
 * page; a Gmail thread (served under its real hostname) shows a hostile sender name and subject.
 * Nothing may run (a `window.__pwned` canary in the page and every frame, and no dialog), the
 * sidebar frame keeps its size inside the window, its content does not overflow sideways, and the names are
 * shown as text.
 */
const THREAD = JSON.parse(
  readFileSync(join(__dirname, '..', 'fixtures', 'gmail', 'synthetic_2026-11_thread.expected.json'), 'utf8'),
) as { url: string };
const THREAD_HTML = readFileSync(join(__dirname, '..', 'fixtures', 'gmail', 'synthetic_2026-11_thread.html'), 'utf8');
const NAMEABLE = HOSTILE_STRINGS.filter((h) => h.value.trim() === h.value && h.value && h.value.length <= 2000);
/** Every name goes through the options page; the first few of each category also through a live Gmail page. */
const PER_CATEGORY = 4;
const ON_PAGE = [...new Set(NAMEABLE.map((h) => h.category))].flatMap((c: HostileCategory) =>
  NAMEABLE.filter((h) => h.category === c).slice(0, PER_CATEGORY),
);

let h: Harness;
let options: OptionsPage;
const dialogs: string[] = [];
let checks = 0;

beforeAll(async () => {
  h = await startHarness({ 'mail.google.com': THREAD_HTML });
  h.context.on('page', (p) => p.on('dialog', (d) => (dialogs.push(`${p.url()}: ${d.message()}`), void d.dismiss())));
  options = await OptionsPage.open(h);
  options.page.on('dialog', (d) => (dialogs.push(`options: ${d.message()}`), void d.dismiss()));
});
afterAll(async () => {
  await h?.close();
});

async function send(type: string, data: unknown): Promise<{ id: string }> {
  const reply = (await requestFrom(options.page, type, data)) as {
    ok: boolean;
    value?: { record: { id: string } };
    error?: { message: string };
  };
  if (!reply.ok) throw new Error(`${type}: ${reply.error?.message}`);
  return reply.value!.record;
}

async function canaries(frames: Frame[]): Promise<unknown[]> {
  return Promise.all(
    frames.map((f) => f.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null).catch(() => null)),
  );
}

describe('hostile names in the real browser', () => {
  it('every hostile name saved through the real messages is listed as text on the options page, and nothing runs', async () => {
    // One request per account, from inside the options page, as its own forms send them.
    await options.page.evaluate(
      async ([channel, names]) => {
        for (const [i, name] of names.entries()) {
          const reply = await chrome.runtime.sendMessage({
            channel,
            type: 'saveRecord',
            data: {
              store: 'accounts',
              record: {
                name,
                domains: [`h${i}.example`],
                tier: 'standard',
                status: 'active',
                objectives: [],
                tags: [],
                notes: name,
              },
            },
          });
          if (!reply.ok) throw new Error(reply.error.message);
        }
      },
      ['account-lens/request', NAMEABLE.map((n) => n.value)] as const,
    );
    await options.page.reload();
    await options.page.getByTestId('account-row').first().waitFor();
    const listed = await options.allAccountNames();
    expect(listed.sort()).toEqual(NAMEABLE.map((n) => n.value).sort());
    checks += listed.length;
    expect(await canaries(options.page.frames())).toEqual(options.page.frames().map(() => null));
    expect(dialogs).toEqual([]);
    await screenshot(options.page, 'hostile-options');
  });

  it('a Gmail thread with a hostile sender and subject, and hostile account, contact, issue and task names, shows them as text, and the sidebar keeps its size in the window', async () => {
    const account = await send('saveRecord', {
      store: 'accounts',
      record: {
        name: 'Northwind Traders',
        domains: ['northwind.com'],
        tier: 'key',
        status: 'active',
        objectives: [],
        tags: [],
      },
    });
    const contact = await send('saveRecord', {
      store: 'contacts',
      record: { accountId: account.id, name: 'Tom Becker', emails: ['tom.becker@northwind.com'], role: 'champion' },
    });
    const issue = await send('saveRecord', {
      store: 'issues',
      record: {
        accountId: account.id,
        title: 'Login fails',
        severity: 'high',
        status: 'open',
        openedAt: '2026-11-01T09:00:00.000Z',
      },
    });
    const task = await send('saveRecord', {
      store: 'tasks',
      record: { accountId: account.id, title: 'Send the plan', dueAt: '2026-12-01T09:00:00.000Z' },
    });
    const page = await h.context.newPage();
    await page.goto(THREAD.url);
    const frameElement = page.locator('iframe[title="Account Lens"]');
    const sidebar = page.frameLocator('iframe[title="Account Lens"]');
    await expect
      .poll(() => sidebar.getByTestId('account-name').first().textContent(), { timeout: 15_000 })
      .toBe('Northwind Traders');
    const box = await frameElement.boundingBox();
    const viewport = page.viewportSize()!;
    const frameOf = () => page.frames().find((f) => f.url().includes('/sidebar.html'))!;

    const failures: string[] = [];
    for (const { category, value } of ON_PAGE) {
      const label = `${category}: ${JSON.stringify(value.slice(0, 50))}`;
      // The thread is rendered again with the hostile sender name and subject, through DOM APIs, the way
      // Gmail swaps a view (new nodes, no reload), so the content script reads the page again.
      await page.evaluate(
        ([html, text]) => {
          const next = new DOMParser().parseFromString(html, 'text/html');
          next.querySelector('.h7 .gD')!.setAttribute('name', text);
          next.querySelector('h2.hP')!.textContent = text;
          document.body.replaceChildren(...next.body.childNodes);
        },
        [THREAD_HTML, value] as const,
      );
      await send('saveRecord', {
        store: 'issues',
        record: {
          id: issue.id,
          accountId: account.id,
          title: value,
          severity: 'high',
          status: 'open',
          openedAt: '2026-11-01T09:00:00.000Z',
        },
      });
      await send('saveRecord', {
        store: 'tasks',
        record: { id: task.id, accountId: account.id, title: value, dueAt: '2026-12-01T09:00:00.000Z' },
      });
      await send('saveRecord', {
        store: 'accounts',
        record: {
          id: account.id,
          name: value,
          domains: ['northwind.com'],
          tier: 'key',
          status: 'active',
          objectives: [],
          tags: [],
          notes: value,
        },
      });
      await send('saveRecord', {
        store: 'contacts',
        record: {
          id: contact.id,
          accountId: account.id,
          name: value,
          emails: ['tom.becker@northwind.com'],
          role: 'champion',
        },
      });
      try {
        await expect
          .poll(() => sidebar.getByTestId('account-name').first().textContent(), { timeout: 10_000 })
          .toBe(value);
        // The page's subject, read by the content script, is shown as the text the page showed.
        await expect
          .poll(() => sidebar.getByTestId('page-subject').textContent(), { timeout: 10_000 })
          .toBe(value.replace(/\s+/g, ' ').slice(0, 1000));
        // The account is saved last, so its issue and task already carry the string too.
        await expect
          .poll(() => sidebar.getByTestId('issue').first().textContent(), { timeout: 5_000 })
          .toContain(value);
        await expect.poll(() => sidebar.getByTestId('task').first().textContent(), { timeout: 5_000 }).toContain(value);
      } catch {
        failures.push(`${label}: not shown as text in the sidebar`);
        continue;
      }
      // The frame keeps its size and stays in the window. (It may move with the page: an unbreakable
      // 1,000-character subject widens this snapshot's own layout, and the sidebar follows Gmail's rail.)
      const now = (await frameElement.boundingBox())!;
      const inWindow =
        now.x >= 0 && now.y >= 0 && now.x + now.width <= viewport.width && now.y + now.height <= viewport.height;
      if (now.width !== box!.width || now.height !== box!.height || !inWindow)
        failures.push(`${label}: frame box ${JSON.stringify(now)} (was ${JSON.stringify(box)})`);
      const overflow = await frameOf().evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) failures.push(`${label}: sidebar content ${overflow}px wider than its frame`);
      const ran = (await canaries(page.frames())).filter((c) => c !== null);
      if (ran.length) failures.push(`${label}: a payload ran`);
      checks++;
    }
    await screenshot(page, 'hostile-gmail');
    expect(failures).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(
      await frameOf().evaluate(() => document.querySelectorAll('script:not([src]), img, iframe, object, embed').length),
    ).toBe(0);
  });
});

it('counts this surface', () => {
  countFigure('hostile string × surface checks', checks);
  // the real browser (options page and a Gmail page with the sidebar)
  countFigure('surfaces', 1);
});
