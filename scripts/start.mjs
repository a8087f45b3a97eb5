// `npm start`: build the extension, serve the demo pages under the real
// mail and calendar hostnames, open Chromium with the extension and the demo
// portfolio loaded. With --headless (or no display) it saves screenshots of
// each page instead and exits.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from './lib/browser.mjs';
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

if (!skipBuild) execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

const server = await startDemoServer(
  Object.fromEntries(Object.entries(DEMO_PAGES).map(([host, page]) => [host, readFileSync(page.file, 'utf8')])),
);
const { context, extensionUrl } = await launchWithExtension({ port: server.port, headless });

const options = context.pages()[0] ?? (await context.newPage());
await options.goto(extensionUrl('options.html'));
await options.getByTestId('load-demo').click();
await options.getByTestId('account-row').first().waitFor();
console.log(`Demo portfolio loaded: ${await options.getByTestId('account-row').count()} accounts.`);

const pages = [];
for (const [host, page] of Object.entries(DEMO_PAGES)) {
  const tab = await context.newPage();
  await tab.goto(page.url);
  pages.push([host, tab]);
  console.log(`Opened ${page.url}`);
}

if (headless) {
  mkdirSync(screenshotDir, { recursive: true });
  await options.screenshot({ path: join(screenshotDir, 'options.png'), fullPage: true });
  for (const [host, tab] of pages) {
    await tab.waitForTimeout(1500);
    await tab.screenshot({ path: join(screenshotDir, `${host}.png`) });
  }
  console.log(`Screenshots written to ${screenshotDir}/`);
  await context.close();
  await server.close();
} else {
  await options.bringToFront();
  console.log('Chromium is open with Account Lens. Close the browser window to stop.');
  context.on('close', () => void server.close().then(() => process.exit(0)));
}
