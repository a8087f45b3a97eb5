import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePage } from '../e2e/pages';
import { HOSTILE_STRINGS, type HostileCategory } from '../hardening/hostile-strings';
import {
  byTestId,
  extensionFrame,
  frameText,
  openExtensionPage,
  openSite,
  requestFrom,
  screenshot,
  startFirefox,
  texts,
  type FirefoxHarness,
} from './harness';

/**
 * tests/hardening/hostile.browser.test.ts in Firefox, one name of each category: names go in through the real
 * messages from the options page and are listed there as text; a Gmail thread with a hostile sender name and
 * subject, and the account named the same, shows both as text in the sidebar. Nothing may run (a
 * `window.__pwned` canary in the page and every frame, and no dialog).
 */
const THREAD = fixturePage('gmail', 'synthetic_2026-11_thread');
const NAMEABLE = HOSTILE_STRINGS.filter((s) => s.value.trim() === s.value && s.value && s.value.length <= 2000);
const ONE_EACH = [...new Set(NAMEABLE.map((s) => s.category))].map((c: HostileCategory) =>
  NAMEABLE.find((s) => s.category === c)!,
);
const WAIT = { timeout: 15_000 };

let h: FirefoxHarness;
let options: Page;
const dialogs: string[] = [];
beforeAll(async () => {
  h = await startFirefox({ 'mail.google.com': THREAD.html });
  options = await openExtensionPage(h, h.welcome, 'options.html');
  await h.welcome.close();
  options.on('dialog', (d) => (dialogs.push(`options: ${d.message()}`), void d.dismiss()));
});
afterAll(async () => {
  await h?.close();
});

async function save(store: string, record: Record<string, unknown>): Promise<{ id: string }> {
  const reply = await requestFrom(options, 'saveRecord', { store, record });
  if (!reply.ok) throw new Error(`saveRecord: ${reply.error?.message}`);
  return reply.value.record;
}

const canaries = (frames: Frame[]) =>
  Promise.all(frames.map((f) => f.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null).catch(() => null)));

describe('hostile names in Firefox', () => {
  it('each hostile name saved through the real messages is listed as text on the options page, and nothing runs', async () => {
    for (const [i, { value }] of ONE_EACH.entries())
      await save('accounts', {
        name: value,
        domains: [`h${i}.example`],
        tier: 'standard',
        status: 'active',
        objectives: [],
        tags: [],
        notes: value,
      });
    const listed = await openExtensionPage(h, options, 'options.html');
    listed.on('dialog', (d) => (dialogs.push(`options: ${d.message()}`), void d.dismiss()));
    await expect
      .poll(() => texts(listed, `${byTestId('account-row')} strong`), WAIT)
      .toEqual(expect.arrayContaining(ONE_EACH.map((s) => s.value)));
    expect(await canaries(listed.frames())).toEqual(listed.frames().map(() => null));
    expect(dialogs).toEqual([]);
    await screenshot(listed, 'hostile-options');
    await listed.close();
  });

  it('a Gmail thread with a hostile sender name and subject, and the account named the same, shows them as text', async () => {
    const account = await save('accounts', {
      name: 'Northwind Traders',
      domains: ['northwind.com'],
      tier: 'key',
      status: 'active',
      objectives: [],
      tags: [],
    });
    const page = await openSite(h, 'mail.google.com', THREAD.html, THREAD.url);
    page.on('dialog', (d) => (dialogs.push(`gmail: ${d.message()}`), void d.dismiss()));
    await expect
      .poll(() => frameText(h, page, '/sidebar.html', byTestId('account-name')), WAIT)
      .toBe('Northwind Traders');
    const failures: string[] = [];
    for (const { category, value } of ONE_EACH) {
      await page.evaluate(
        (html, name) => {
          const next = new DOMParser().parseFromString(html, 'text/html');
          next.querySelector('.h7 .gD')!.setAttribute('name', name);
          next.querySelector('h2.hP')!.textContent = name;
          document.body.replaceChildren(...next.body.childNodes);
        },
        THREAD.html,
        value,
      );
      await save('accounts', {
        id: account.id,
        name: value,
        domains: ['northwind.com'],
        tier: 'key',
        status: 'active',
        objectives: [],
        tags: [],
        notes: value,
      });
      try {
        await expect.poll(() => frameText(h, page, '/sidebar.html', byTestId('account-name')), WAIT).toBe(value);
        await expect
          .poll(() => frameText(h, page, '/sidebar.html', byTestId('page-subject')), WAIT)
          .toBe(value.replace(/\s+/g, ' ').slice(0, 1000));
      } catch {
        failures.push(`${category}: ${JSON.stringify(value.slice(0, 50))} not shown as text in the sidebar`);
      }
      if ((await canaries(page.frames())).some((c) => c !== null)) failures.push(`${category}: a payload ran`);
    }
    await screenshot(page, 'hostile-gmail');
    expect(failures).toEqual([]);
    expect(dialogs).toEqual([]);
    const sidebar = (await extensionFrame(h, page, '/sidebar.html'))!;
    expect(
      await sidebar.evaluate(() => document.querySelectorAll('script:not([src]), img, iframe, object, embed').length),
    ).toBe(0);
    await page.close();
  });
});
