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
