// Launches Debian's Chromium with the built extension loaded, resolving the
// real site hostnames to the local demo server.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { SITE_HOSTS } from './demo-server.mjs';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium not found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
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

/**
 * The same browser without the extension: the baseline for what the extension costs a page.
 * @param {{ port: number, viewport?: {width: number, height: number} }} options
 */
export async function launchWithoutExtension({ port, viewport = { width: 1280, height: 800 } }) {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'account-lens-profile-')), { executablePath: chromiumPath(), headless: true, viewport, args: siteArgs(port) });
}

/**
 * @param {{ port: number, headless?: boolean, extensionDir?: string, profileDir?: string, viewport?: {width: number, height: number} }} options
 */
export async function launchWithExtension({ port, headless = true, extensionDir = EXTENSION_DIR, profileDir, viewport = { width: 1280, height: 800 } }) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}. Run "npm run build" first.`);
  const context = await chromium.launchPersistentContext(profileDir ?? mkdtempSync(join(tmpdir(), 'account-lens-profile-')), {
    executablePath: chromiumPath(),
    headless,
    viewport,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...siteArgs(port)],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = worker.url().split('/')[2];
  return { context, extensionId, worker, extensionUrl: (/** @type {string} */ path) => `chrome-extension://${extensionId}/${path}` };
}
