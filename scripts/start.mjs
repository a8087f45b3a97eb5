// `npm start`: build the extension, serve the demo pages under the real
// mail and calendar hostnames, open Chromium with the extension and the demo
// portfolio loaded. With --headless (or no display) it saves screenshots of
// each page, and the store listing's set, instead and exits.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, pageOpened } from './lib/browser.mjs';
import { startDemoServer } from './lib/demo-server.mjs';

export const DEMO_PAGES = {
  'mail.google.com': {
    file: 'tests/fixtures/gmail/synthetic_2026-11_thread.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxkqNvLtmHbRrsPzCdGwTfB',
  },
  'calendar.google.com': {
    file: 'tests/fixtures/google-calendar/synthetic_2026-11_event-popup.html',
    url: 'https://calendar.google.com/calendar/u/0/r/week',
  },
  'outlook.office.com': {
    file: 'tests/fixtures/outlook/synthetic_2026-11_reading-pane.html',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkADemo',
  },
};

const headless =
  process.argv.includes('--headless') ||
  (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux');
const skipBuild = process.argv.includes('--no-build');
const screenshotDir = join('.output', 'screenshots');
const storeDir = join(screenshotDir, 'store');

if (!skipBuild) execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

const server = await startDemoServer(
  Object.fromEntries(Object.entries(DEMO_PAGES).map(([host, page]) => [host, readFileSync(page.file, 'utf8')])),
);
const { context, extensionUrl } = await launchWithExtension({ port: server.port, headless });

// The install opens the welcome page, as it does for a user: the demo book is loaded from there.
const options = await pageOpened(context, extensionUrl('options.html#/welcome'));
await options.getByTestId('welcome-load-demo').click();
await options.getByTestId('demo-loaded').waitFor();
console.log(`Demo portfolio loaded: ${await options.getByTestId('welcome-book').textContent()}`);

const pages = [];
for (const [host, page] of Object.entries(DEMO_PAGES)) {
  const tab = await context.newPage();
  await tab.goto(page.url);
  pages.push([host, tab]);
  console.log(`Opened ${page.url}`);
}

if (headless) {
  mkdirSync(storeDir, { recursive: true });
  await saveStoreImages();
  await options.screenshot({ path: join(screenshotDir, 'welcome.png'), fullPage: true });
  await options.goto(extensionUrl('options.html'));
  await options.getByTestId('dashboard').waitFor();
  await options.screenshot({ path: join(screenshotDir, 'options.png'), fullPage: true });
  for (const [host, tab] of pages) await tab.screenshot({ path: join(screenshotDir, `${host}.png`) });
  console.log(`Screenshots written to ${screenshotDir}/, the store's set (1280 × 800) to ${storeDir}/`);
  await context.close();
  await server.close();
} else {
  await options.bringToFront();
  console.log('Chromium is open with Account Lens. Close the browser window to stop.');
  context.on('close', () => void server.close().then(() => process.exit(0)));
}

/**
 * The store listing's screenshots (docs/store/README.md), each the 1280 × 800 window, taken once what it shows
 * is drawn: the sidebar's account, the briefing card, the dashboard, and the welcome page with the demo book in.
 */
async function saveStoreImages() {
  const byHost = Object.fromEntries(pages);
  const sidebar = (/** @type {import('playwright-core').Page} */ tab) =>
    tab.frameLocator('iframe[title="Account Lens"]').getByTestId('account-name').first().waitFor();
  await sidebar(byHost['mail.google.com']);
  await byHost['mail.google.com'].screenshot({ path: join(storeDir, '1-gmail-sidebar.png') });
  await byHost['calendar.google.com']
    .frameLocator('iframe[title="Account Lens briefing"]')
    .getByTestId('briefing-account-name')
    .first()
    .waitFor();
  await byHost['calendar.google.com'].screenshot({ path: join(storeDir, '2-calendar-briefing.png') });
  await sidebar(byHost['outlook.office.com']);
  await byHost['outlook.office.com'].screenshot({ path: join(storeDir, '3-outlook-sidebar.png') });

  const dashboard = await context.newPage();
  await dashboard.goto(extensionUrl('options.html'));
  await dashboard.getByTestId('dashboard').waitFor();
  await dashboard.screenshot({ path: join(storeDir, '4-dashboard.png') });
  await dashboard.goto(extensionUrl('options.html#/welcome'));
  await dashboard.getByTestId('demo-loaded').waitFor();
  await dashboard.screenshot({ path: join(storeDir, '5-welcome.png') });
  await dashboard.close();
}
