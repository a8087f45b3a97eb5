// Launches Debian's firefox-esr with the built Firefox add-on installed as a temporary add-on, driven over
// WebDriver BiDi by puppeteer-core, with the real site hostnames answered by the local demo server.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
/** The add-on's id (browser_specific_settings.gecko.id in wxt.config.ts). */
export const GECKO_ID = 'account-lens@account-lens.dev';
/** What the background logs once per start (a first start, or a wake-up after a suspension). */
export const BACKGROUND_READY = 'Account Lens: background ready';

export function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found)
    throw new Error('Firefox not found. Install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  return found;
}

/** Firefox does not start under libfaketime (used to run the suite with the clock moved): it keeps the real clock. */
function withoutFakeClock(/** @type {NodeJS.ProcessEnv} */ env) {
  const { LD_PRELOAD: _preload, FAKETIME: _faketime, ...rest } = env;
  return rest;
}

/**
 * `prefs`: more Firefox preferences, e.g. `extensions.background.idle.timeout` to suspend the background page
 * sooner than its 30 s.
 * @param {{ port: number, extensionDir?: string, prefs?: Record<string, string | number | boolean>, viewport?: {width: number, height: number} }} options
 */
export async function launchFirefoxWithExtension({
  port,
  extensionDir = FIREFOX_EXTENSION_DIR,
  prefs = {},
  viewport = { width: 1280, height: 800 },
}) {
  if (!existsSync(resolve(extensionDir, 'manifest.json')))
    throw new Error(`No built Firefox add-on in ${extensionDir}. Run "npm run build:firefox" first.`);
  // A fixed internal UUID, so the add-on's pages have a known moz-extension:// address.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: viewport,
    // The demo server's certificate is self-signed.
    acceptInsecureCerts: true,
    env: withoutFakeClock(process.env),
    extraPrefsFirefox: {
      // Every hostname resolves to this machine, and HTTPS (port 443) goes to the demo server's port: the pages
      // are served under their real hostnames, as the content scripts' match patterns require.
      'network.dns.forceResolve': '127.0.0.1',
      'network.socket.forcePort': `443=${port}`,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // permissions.request() (the options page's "Allow access", from a click) is answered as a user answers
      // "Allow": a headless browser shows no prompt to click.
      'extensions.webextOptionalPermissionPrompts': false,
      // The add-on's console lines reach Firefox's stdout, where the tests count the background's starts.
      'devtools.console.stdout.content': true,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      ...prefs,
    },
  });
  const lines = /** @type {string[]} */ ([]);
  const read = (/** @type {Buffer} */ chunk) => lines.push(...String(chunk).split('\n'));
  browser.process()?.stdout?.on('data', read);
  browser.process()?.stderr?.on('data', read);
  const extensionId = await browser.installExtension(resolve(extensionDir));
  if (extensionId !== GECKO_ID) throw new Error(`Installed ${extensionId}, expected ${GECKO_ID}.`);
  return {
    browser,
    extensionId,
    extensionUrl: (/** @type {string} */ path) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`,
    /** How many times the background has started so far (its ready line on Firefox's console). */
    backgroundStarts: () => lines.filter((l) => l.includes(BACKGROUND_READY)).length,
  };
}

/**
 * Where a page or frame really is. BiDi does not report a navigation to a moz-extension:// address (puppeteer's
 * `url()` stays `about:blank` for an extension page), so this asks the page itself.
 * @param {import('puppeteer-core').Page | import('puppeteer-core').Frame} where
 */
export function locationOf(where) {
  return where.evaluate(() => location.href).catch(() => '');
}

/**
 * The page at `url` once the browser opened it (the welcome page an install opens): found among the open
 * pages, looked for every 100 ms. `besides`: pages already open, not to be taken for it.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{ timeout?: number, besides?: import('puppeteer-core').Page[] }} [options]
 */
export async function firefoxPageOpened(browser, url, { timeout = 15_000, besides = [] } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const page of await browser.pages())
      if (!besides.includes(page) && (await locationOf(page)) === url) return page;
    if (Date.now() > deadline) throw new Error(`No page opened at ${url}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
