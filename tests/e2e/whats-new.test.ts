import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/lib/browser.mjs';
import { startDemoServer } from '../../scripts/lib/demo-server.mjs';
import { TEST_NOW } from './clock';
import { isWelcomePage, screenshot, welcomePage } from './harness';

/**
 * An update, in Chromium: the built extension is installed as an older version (its manifest rewritten), then
 * the browser starts again on the same profile with the real version in the same place. The "what's new" note
 * waits on the options page, marked new until read, and no tab opens. (Chromium reports this start as
 * "install", not "update", for an extension loaded from the command line: what storage kept decides either
 * way; the "update" reason itself is covered in tests/unit/first-run.test.ts.)
 */
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const dir = join(mkdtempSync(join(tmpdir(), 'account-lens-update-')), 'extension');
const profileDir = mkdtempSync(join(tmpdir(), 'account-lens-profile-'));
const setVersion = (version: string) => {
  const file = join(dir, 'manifest.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version }));
};

let server: Awaited<ReturnType<typeof startDemoServer>>;
let context: BrowserContext | undefined;
let extensionUrl: (path: string) => string;
beforeAll(async () => {
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  server = await startDemoServer({});
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

const launch = async () => {
  const launched = await launchWithExtension({ port: server.port, profileDir, extensionDir: dir, now: TEST_NOW });
  context = launched.context;
  extensionUrl = launched.extensionUrl;
  return launched.context;
};

describe("what's new after an update", () => {
  it('a first install shows no note: nothing is new to a new user', async () => {
    setVersion('0.0.9');
    const browser = await launch();
    const welcome = await welcomePage(browser, extensionUrl);
    await welcome.goto(extensionUrl('options.html'));
    await welcome.getByTestId('dashboard-empty').waitFor();
    expect(await welcome.getByTestId('whats-new').count()).toBe(0);
    await browser.close();
  });

  it('after the update, the note waits on the options page, new until read, and no tab opens', async () => {
    setVersion(VERSION);
    const browser = await launch();
    const options = await browser.newPage();
    await options.goto(extensionUrl('options.html'));
    const note = options.getByTestId('whats-new');
    await note.getByTestId('whats-new-badge').waitFor();
    expect(await note.locator('summary').textContent()).toBe(`What's new in Account Lens ${VERSION} New`);
    expect(browser.pages().filter((p) => isWelcomePage(p, extensionUrl))).toEqual([]);

    await note.locator('summary').click();
    expect(await note.textContent()).toContain('A welcome page to start from');
    await expect.poll(() => note.getByTestId('whats-new-badge').count()).toBe(0);
    await screenshot(options, 'options-whats-new');
    // Read stays read.
    await options.reload();
    await note.waitFor();
    expect(await note.getAttribute('data-unread')).toBeNull();
    expect(await note.getByTestId('whats-new-badge').count()).toBe(0);
  });
});
