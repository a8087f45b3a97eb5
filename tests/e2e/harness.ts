import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/lib/browser.mjs';
import { startDemoServer } from '../../scripts/lib/demo-server.mjs';
import { REQUEST_CHANNEL } from '../../utils/messaging';

export const SCREENSHOT_DIR = join('test-results', 'screenshots');

export interface Harness {
  context: BrowserContext;
  /** The extension's service worker, for what only the extension itself can do (open its popup window). */
  worker: Worker;
  extensionUrl(path: string): string;
  server: Awaited<ReturnType<typeof startDemoServer>>;
  close(): Promise<void>;
}

export async function startHarness(pages: Record<string, string> = {}): Promise<Harness> {
  const server = await startDemoServer(pages);
  const { context, extensionUrl, worker } = await launchWithExtension({ port: server.port });
  return {
    context,
    worker,
    extensionUrl,
    server,
    async close() {
      await context.close();
      await server.close();
    },
  };
}

/** Sends a request from inside an extension page, as the UI does. */
export function requestFrom(page: Page, type: string, data: unknown): Promise<unknown> {
  return page.evaluate(([channel, t, d]) => chrome.runtime.sendMessage({ channel, type: t, data: d }), [REQUEST_CHANNEL, type, data] as const);
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
}
