import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { firefoxPageOpened, launchFirefoxWithExtension, locationOf } from '../../scripts/lib/firefox.mjs';
import { startDemoServer } from '../../scripts/lib/demo-server.mjs';
import { REQUEST_CHANNEL } from '../../utils/protocol/messaging';
import { STORE_NAMES, type StoreName } from '../../utils/shared/model';
import { countLiveInPage, replaceView } from '../e2e/pages';

/**
 * The built Firefox add-on in Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core (see
 * docs/development.md, "Firefox browser tests"). Firefox runs on the real clock (it does not start under
 * libfaketime): the tests load the demo book, whose dates are relative to the browser's "now", and assert on
 * names, counts and presence, never on a date.
 *
 * BiDi does not navigate a tab to a moz-extension:// address. The install opens the welcome page in a tab, as
 * it does for a user; from that extension page (and later from the options page) the tests open the options
 * page with tabs.create and the popup with windows.create, as the Chromium tests open the popup from the worker.
 */
export const SCREENSHOT_DIR = join('test-results', 'screenshots', 'firefox');
const WAIT = { timeout: 15_000 };

export interface FirefoxHarness {
  browser: Browser;
  server: Awaited<ReturnType<typeof startDemoServer>>;
  extensionUrl(path: string): string;
  /** How many times the background page has started (first start and every wake-up after a suspension). */
  backgroundStarts(): number;
  /** The welcome page the install opened: the first extension context the tests can reach. */
  welcome: Page;
  close(): Promise<void>;
}

export async function startFirefox(
  pages: Record<string, string> = {},
  { prefs = {} }: { prefs?: Record<string, string | number | boolean> } = {},
): Promise<FirefoxHarness> {
  const server = await startDemoServer(pages);
  try {
    const { browser, extensionUrl, backgroundStarts } = await launchFirefoxWithExtension({ port: server.port, prefs });
    const welcome = await firefoxPageOpened(browser, extensionUrl('options.html#/welcome'));
    return {
      browser,
      server,
      extensionUrl,
      backgroundStarts,
      welcome,
      async close() {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/**
 * Opens an extension page from an extension context (`from`: the welcome page, the options page or an extension
 * frame), as the extension itself opens pages: in a tab, or for the popup in a popup-type window of the size the
 * toolbar gives it (a test cannot click the toolbar button).
 */
export async function openExtensionPage(
  h: FirefoxHarness,
  from: Page | Frame,
  path: string,
  { window }: { window?: 'popup' } = {},
): Promise<Page> {
  const url = h.extensionUrl(path);
  const opened = firefoxPageOpened(h.browser, url, { besides: await h.browser.pages() });
  // Awaited below; this only keeps a wait that fails after a failed evaluate from going unhandled.
  opened.catch(() => undefined);
  await from.evaluate(
    async (u, popup) => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      if (popup) await ext.windows.create({ url: u, type: 'popup', width: 420, height: 640 });
      else await ext.tabs.create({ url: u });
    },
    url,
    window === 'popup',
  );
  return opened;
}

/** Opens `url` (served under its real hostname by the demo server) in a new tab. */
export async function openSite(h: FirefoxHarness, host: string, html: string, url: string): Promise<Page> {
  h.server.setPage(host, html);
  const page = await h.browser.newPage();
  await page.goto(url);
  return page;
}

/** Swaps the view the way a single-page app does: new content, new URL, no reload. */
export async function switchView(page: Page, html: string, url: string): Promise<void> {
  await page.evaluate(replaceView, [html, url] as const);
}

/**
 * The extension frame (`/sidebar.html`, `/briefing.html`) in a mail or calendar page, when it is there. Each
 * frame is asked where it is: BiDi reports an extension frame's address as about:blank.
 */
export async function extensionFrame(
  h: FirefoxHarness,
  page: Page,
  path: '/sidebar.html' | '/briefing.html',
): Promise<Frame | undefined> {
  const base = h.extensionUrl('');
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const href = await locationOf(frame);
    if (href.startsWith(base) && new URL(href).pathname === path) return frame;
  }
  return undefined;
}

/** The frame once it is there (polled). */
export async function waitForFrame(
  h: FirefoxHarness,
  page: Page,
  path: '/sidebar.html' | '/briefing.html',
): Promise<Frame> {
  await expect.poll(async () => Boolean(await extensionFrame(h, page, path)), WAIT).toBe(true);
  return (await extensionFrame(h, page, path))!;
}

/** The text of the first element matching `selector` in the page's extension frame, or null while there is none. */
export async function frameText(
  h: FirefoxHarness,
  page: Page,
  path: '/sidebar.html' | '/briefing.html',
  selector: string,
): Promise<string | null> {
  const frame = await extensionFrame(h, page, path);
  if (!frame) return null;
  return frame.$eval(selector, (el) => el.textContent).catch(() => null);
}

/** The texts of every element matching `selector` in a page or frame ([] while there is none). */
export function texts(where: Page | Frame, selector: string): Promise<string[]> {
  return where.$$eval(selector, (els) => els.map((el) => el.textContent ?? '')).catch(() => []);
}

/** The text of the first element matching `selector` in a page or frame, or null while there is none. */
export function text(where: Page | Frame, selector: string): Promise<string | null> {
  return where.$eval(selector, (el) => el.textContent).catch(() => null);
}

export const byTestId = (id: string) => `[data-testid="${id}"]`;

/** Waits for the element (in a page or an extension frame) and clicks it, as a user does. */
export async function click(where: Page | Frame, selector: string): Promise<void> {
  const element = await where.waitForSelector(selector, { visible: true, ...WAIT });
  await element!.click();
}

/** Sends a request from inside an extension page or frame, as its UI does (the background checks the caller). */
export function requestFrom(where: Page | Frame, type: string, data: unknown): Promise<any> {
  return where.evaluate(
    (channel, t, d) =>
      (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({ channel, type: t, data: d }),
    REQUEST_CHANNEL,
    type,
    data,
  );
}

/** Live records per store (the trash left out), read as the options page reads a backup: paged exportRecords. */
export function liveCounts(options: Page): Promise<Record<StoreName, number>> {
  return options.evaluate(countLiveInPage, [REQUEST_CHANNEL, STORE_NAMES] as const) as Promise<
    Record<StoreName, number>
  >;
}

/** The options page, opened from the welcome page, with the demo book loaded (its dates are relative to now). */
export async function optionsWithDemo(h: FirefoxHarness): Promise<Page> {
  const options = await openExtensionPage(h, h.welcome, 'options.html');
  await h.welcome.close();
  await click(options, byTestId('load-demo'));
  await options.waitForSelector(byTestId('account-row'), WAIT);
  return options;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
