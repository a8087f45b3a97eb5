// Launches Debian's Chromium with the built extension loaded, resolving the
// real site hostnames to the local demo server.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { SITE_HOSTS } from './demo-server.mjs';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export function chromiumPath() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found)
    throw new Error('Chromium not found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  return found;
}

/** Flags for serving the real site hostnames from the demo server, in a quiet headless Chromium. */
function siteArgs(/** @type {number} */ port) {
  const rules = SITE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  return [
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

const FAKETIME_LIBS = ['x86_64-linux-gnu', 'aarch64-linux-gnu', 'i386-linux-gnu'].map(
  (arch) => `/usr/lib/${arch}/faketime/libfaketime.so.1`,
);

/** The machine's real time in ms, even when this process itself runs under libfaketime (as the dated test runs do). */
function realNow() {
  if (!process.env.LD_PRELOAD?.includes('faketime')) return Date.now();
  const { LD_PRELOAD: _preload, FAKETIME: _faketime, ...env } = process.env;
  return Math.round(Number(execFileSync('date', ['+%s.%N'], { env, encoding: 'utf8' }).trim()) * 1000);
}

/**
 * Environment that makes every Chromium process (worker, pages, frames) read `now` as the current time, still
 * ticking: Debian's libfaketime with one offset, so all processes agree whenever each started.
 * @param {Date} now
 */
export function pinnedClockEnv(now) {
  const lib = [process.env.FAKETIME_LIB, ...FAKETIME_LIBS].find((p) => p && existsSync(p));
  if (!lib)
    throw new Error('libfaketime not found. Install it (Debian: apt-get install -y faketime) or set FAKETIME_LIB.');
  const offsetSeconds = Math.round((now.getTime() - realNow()) / 1000);
  return { ...process.env, LD_PRELOAD: lib, FAKETIME: `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}s` };
}

/**
 * The same browser without the extension: the baseline for what the extension costs a page.
 * @param {{ port: number, viewport?: {width: number, height: number} }} options
 */
export async function launchWithoutExtension({ port, viewport = { width: 1280, height: 800 } }) {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'account-lens-profile-')), {
    executablePath: chromiumPath(),
    headless: true,
    viewport,
    args: siteArgs(port),
  });
}

/**
 * `now`: the browser's clock starts there (tests pin it to their fixtures' dates); the real time when absent.
 * @param {{ port: number, headless?: boolean, extensionDir?: string, profileDir?: string, viewport?: {width: number, height: number}, now?: Date }} options
 */
export async function launchWithExtension({
  port,
  headless = true,
  extensionDir = EXTENSION_DIR,
  profileDir,
  viewport = { width: 1280, height: 800 },
  now,
}) {
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension in ${extensionDir}. Run "npm run build" first.`);
  const context = await chromium.launchPersistentContext(
    profileDir ?? mkdtempSync(join(tmpdir(), 'account-lens-profile-')),
    {
      executablePath: chromiumPath(),
      headless,
      viewport,
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...siteArgs(port)],
      ...(now ? { env: pinnedClockEnv(now) } : {}),
    },
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = worker.url().split('/')[2];
  return {
    context,
    extensionId,
    worker,
    extensionUrl: (/** @type {string} */ path) => `chrome-extension://${extensionId}/${path}`,
  };
}

/**
 * The page at `url` once the browser opened it (the welcome page an install opens): found among the pages, or
 * waited for as it opens and navigates, checked every 50 ms.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 */
export async function pageOpened(context, url, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = context.pages().find((p) => p.url() === url);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No page opened at ${url}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
