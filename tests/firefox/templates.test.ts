import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTER_TEMPLATES } from '../../utils/shared/templates/starters';
import { fixturePage } from '../e2e/pages';
import {
  byTestId,
  click,
  frameText,
  openSite,
  optionsWithDemo,
  screenshot,
  startFirefox,
  text,
  waitForFrame,
  type FirefoxHarness,
} from './harness';

/** tests/e2e/templates.test.ts in Firefox: each starter template into the Gmail and Outlook composes, read back. */
const WAIT = { timeout: 15_000 };
const COMPOSES = [
  {
    host: 'mail.google.com',
    page: fixturePage('gmail', 'synthetic_2026-11_compose-popup'),
    body: '[role=textbox][contenteditable=true][aria-label="Message Body"]',
  },
  {
    host: 'outlook.office365.com',
    page: fixturePage('outlook', 'synthetic_2026-11_compose-pills'),
    body: '[id^=editorParent_] [contenteditable=true]',
  },
];

let h: FirefoxHarness;
beforeAll(async () => {
  h = await startFirefox();
  await optionsWithDemo(h);
});
afterAll(async () => {
  await h?.close();
});

const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');

/** Clicks the template of that name in the sidebar's list. */
async function choose(sidebar: Frame, name: string): Promise<void> {
  await sidebar.waitForSelector(byTestId('template-choice'), WAIT);
  await sidebar.evaluate((wanted) => {
    const choices = [...document.querySelectorAll<HTMLElement>('[data-testid="template-choice"]')];
    choices.find((b) => b.textContent === wanted)!.click();
  }, name);
}

describe.each(COMPOSES)('templates in the $host compose, in Firefox', ({ host, page, body }) => {
  it('inserts each starter template, and the editor holds what the preview showed', async () => {
    const p = await openSite(h, host, page.html, page.url);
    const sidebar = await waitForFrame(h, p, '/sidebar.html');
    await p.$eval(body, (editor) => (editor.textContent = ''));
    for (const template of STARTER_TEMPLATES) {
      await choose(sidebar, template.name);
      const preview = (await text(sidebar, byTestId('template-body')))!;
      expect(preview).not.toMatch(/\{\{|\}\}/);
      await click(sidebar, byTestId('template-insert'));
      await expect
        .poll(() => frameText(h, p, '/sidebar.html', byTestId('toast')), WAIT)
        .toContain(`Inserted "${template.name}"`);
      const shown = await p.$eval(body, (editor) => (editor as HTMLElement).innerText);
      expect(lines(shown), template.name).toContain(lines(preview));
    }
    await screenshot(p, `templates-${host}`);
    await p.close();
  });
});
