import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, pageOpened } from '../../scripts/lib/browser.mjs';
import { startDemoServer } from '../../scripts/lib/demo-server.mjs';
import { REQUEST_CHANNEL } from '../../utils/protocol/messaging';
import { STORE_NAMES, type StoreName } from '../../utils/shared/model';
import { TEST_NOW } from './clock';
import { countLiveInPage } from './pages';

export const SCREENSHOT_DIR = join('test-results', 'screenshots');

export interface Harness {
  context: BrowserContext;
  /** The extension's service worker, for what only the extension itself can do (open its popup window). */
  worker: Worker;
  extensionUrl(path: string): string;
  server: Awaited<ReturnType<typeof startDemoServer>>;
  /** The profile the browser runs on: launching it again is a browser restart, not an install. */
  profileDir: string;
  /** The welcome page the install opened, when the harness was asked to keep it (`welcome: 'keep'`). */
  welcome?: Page;
  close(): Promise<void>;
}

/**
 * `grant`: optional permissions the user has already allowed. A headless browser cannot answer the
 * permission prompt, so the profile is written as the browser writes it after "Allow".
 *
 * Installing the extension opens its welcome page in a tab, as it does for a user. Tests that open their own
 * pages (and the popup, which reads the active tab) should not find it there, so by default the harness waits
 * for it and closes it; `welcome: 'keep'` leaves it open and hands it over as `welcome`.
 */
export async function startHarness(
  pages: Record<string, string> = {},
  { grant = [], welcome = 'close' }: { grant?: string[]; welcome?: 'close' | 'keep' } = {},
): Promise<Harness> {
  const server = await startDemoServer(pages);
  const profileDir = mkdtempSync(join(tmpdir(), 'account-lens-profile-'));
  if (grant.length) {
    const first = await launchWithExtension({ port: server.port, profileDir, now: TEST_NOW });
    await welcomePage(first.context, first.extensionUrl);
    await first.context.close();
    grantInProfile(profileDir, first.extensionId!, grant);
  }
  const { context, extensionUrl, worker } = await launchWithExtension({ port: server.port, profileDir, now: TEST_NOW });
  // Granting launched the profile once already: the install, and its welcome page, were that launch's.
  const opened = grant.length ? undefined : await welcomePage(context, extensionUrl);
  if (opened && welcome === 'close') await opened.close();
  return {
    context,
    worker,
    extensionUrl,
    server,
    profileDir,
    ...(welcome === 'keep' && opened ? { welcome: opened } : {}),
    async close() {
      await context.close();
      await server.close();
    },
  };
}

/**
 * A test file's browser with the extension and the demo book, loaded through the options page as a user
 * would: started before the file's tests, closed after them. Read `h` and `options` inside the tests.
 */
export function withDemoBook(): { readonly h: Harness; readonly options: OptionsPage } {
  const state = {} as { h: Harness; options: OptionsPage };
  beforeAll(async () => {
    state.h = await startHarness();
    state.options = await OptionsPage.open(state.h);
    await state.options.loadDemo();
  });
  afterAll(async () => {
    await state.h?.close();
  });
  return state;
}

/** Relaunches the browser on the same profile (the extension stays installed, its data kept): a browser restart. */
export async function restartHarness(h: Harness): Promise<Harness> {
  await h.context.close();
  const { context, extensionUrl, worker } = await launchWithExtension({
    port: h.server.port,
    profileDir: h.profileDir,
    now: TEST_NOW,
  });
  return {
    context,
    worker,
    extensionUrl,
    server: h.server,
    profileDir: h.profileDir,
    async close() {
      await context.close();
      await h.server.close();
    },
  };
}

export const isWelcomePage = (page: Page, extensionUrl: (path: string) => string) =>
  page.url() === extensionUrl('options.html#/welcome');

/** The welcome tab an install opens: found among the pages, or waited for as it opens. */
export function welcomePage(context: BrowserContext, extensionUrl: (path: string) => string): Promise<Page> {
  return pageOpened(context, extensionUrl('options.html#/welcome'));
}

function grantInProfile(profileDir: string, extensionId: string, permissions: string[]): void {
  const file = join(profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions.settings[extensionId];
  for (const key of ['granted_permissions', 'active_permissions'])
    settings[key] = { ...settings[key], api: [...(settings[key]?.api ?? []), ...permissions] };
  writeFileSync(file, JSON.stringify(prefs));
}

/**
 * Sends a request from inside an extension page or frame, as its UI does: the background takes it for that
 * surface, which must be allowed the request (the options page for records, a frame for its tab's accounts).
 */
export function requestFrom(page: Page | Frame, type: string, data: unknown): Promise<unknown> {
  return page.evaluate(([channel, t, d]) => chrome.runtime.sendMessage({ channel, type: t, data: d }), [
    REQUEST_CHANNEL,
    type,
    data,
  ] as const);
}

/** The extension frame (`/sidebar.html`, `/briefing.html`) a mail or calendar page holds, once it has loaded. */
export async function extensionFrame(page: Page, path: '/sidebar.html' | '/briefing.html'): Promise<Frame> {
  const find = () =>
    page.frames().find((f) => f.url().startsWith('chrome-extension:') && new URL(f.url()).pathname === path);
  for (let i = 0; i < 200 && !find(); i++) await page.waitForTimeout(50);
  const frame = find();
  if (!frame) throw new Error(`No ${path} frame in ${page.url()}`);
  await frame.waitForLoadState();
  return frame;
}

/** Live records per store (the trash left out), read the way the options page reads a backup: paged exportRecords. */
export function liveCounts(options: Page): Promise<Record<StoreName, number>> {
  return options.evaluate(countLiveInPage, [REQUEST_CHANNEL, STORE_NAMES] as const) as Promise<
    Record<StoreName, number>
  >;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The options page, as a user sees it. */
export class OptionsPage {
  constructor(readonly page: Page) {}
  static async open(h: Harness): Promise<OptionsPage> {
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('options.html'));
    return new OptionsPage(page);
  }
  async loadDemo(): Promise<void> {
    await this.page.getByTestId('load-demo').click();
    await this.page.getByTestId('account-row').first().waitFor();
  }
  accountNames(): Promise<string[]> {
    return this.page.getByTestId('account-row').locator('strong').allTextContents();
  }
  /** The names on every page of the accounts list, paging with Next as a user would. */
  async allAccountNames(): Promise<string[]> {
    const names = await this.accountNames();
    const next = this.page.getByTestId('accounts-next');
    while ((await next.count()) && !(await next.isDisabled())) {
      const range = await this.page.getByTestId('accounts-range').textContent();
      await next.click();
      await this.page.waitForFunction(
        (before) => document.querySelector('[data-testid="accounts-range"]')?.textContent !== before,
        range,
      );
      names.push(...(await this.accountNames()));
    }
    return names;
  }
}
