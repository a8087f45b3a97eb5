import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage, requestFrom, screenshot, startHarness, type Harness } from './harness';

interface DownloadItem {
  filename: string;
  state: string;
  error?: string;
}

/** The extension's downloads, as the browser lists them (read from an extension page: the worker may be stopped). */
const downloadsOf = (page: Page) =>
  page.evaluate(async () =>
    (await chrome.downloads.search({}))
      .filter((d) => d.byExtensionId === chrome.runtime.id)
      .map((d) => ({ filename: d.filename, state: d.state, error: d.error })),
  ) as Promise<DownloadItem[]>;
const stored = (page: Page, key: string) => page.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
const badge = (page: Page) =>
  page.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));

describe('scheduled backup to the downloads folder', () => {
  let h: Harness;
  beforeAll(async () => {
    // As after the user allowed the prompt that switching the schedule on shows.
    h = await startHarness({}, { grant: ['downloads'] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('saves a full backup as soon as it is switched on, and gives the permission back when switched off', async () => {
    const options = await OptionsPage.open(h);
    await options.loadDemo();
    await options.page.getByTestId('backup-schedule').selectOption('weekly');
    await expect.poll(() => options.page.getByTestId('data-status').textContent()).toContain('every week');

    // The test browser saves downloads under its own names in its own folder; the folder and name asked for are unit-tested.
    await expect
      .poll(async () => (await downloadsOf(options.page)).map((d) => d.state), { timeout: 20_000 })
      .toEqual(['complete']);
    const [item] = await downloadsOf(options.page);
    const backup = JSON.parse(readFileSync(item!.filename, 'utf8')) as {
      format: string;
      exportedAt: string;
      records: Record<string, unknown[]>;
    };
    const accounts = (await requestFrom(options.page, 'listAccounts', null)) as { value: unknown[] };
    expect(backup.format).toBe('account-lens-backup');
    expect(backup.records.accounts).toHaveLength(accounts.value.length);
    expect(backup.records.touchpoints!.length).toBeGreaterThan(10);
    // Recorded once written: the last backup is the one in the file.
    await expect.poll(() => stored(options.page, 'lastBackupAt')).toBe(backup.exportedAt);

    await options.page.getByTestId('backup-schedule').selectOption('off');
    await expect.poll(() => options.page.getByTestId('data-status').textContent()).toContain('off');
    expect(await h.worker.evaluate(() => chrome.permissions.contains({ permissions: ['downloads'] }))).toBe(false);
  });
});

describe('a scheduled backup that cannot be written', () => {
  let h: Harness;
  let options: OptionsPage;
  beforeAll(async () => {
    h = await startHarness({}, { grant: ['downloads'] });
    options = await OptionsPage.open(h);
    await options.loadDemo();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Where the browser saves downloads, through the DevTools protocol (the test browser's own folder otherwise). */
  const saveDownloadsIn = async (downloadPath: string) =>
    (await h.context.newCDPSession(options.page)).send('Browser.setDownloadBehavior', {
      behavior: 'allow',
      downloadPath,
    });

  it('leaves the last backup as it was, and says so on the options page, the toolbar button and a notification', async () => {
    // A downloads folder that cannot exist: its parent is a file.
    const parent = join(mkdtempSync(join(tmpdir(), 'account-lens-downloads-')), 'a-file');
    writeFileSync(parent, '');
    await saveDownloadsIn(join(parent, 'downloads'));
    const before = await badge(options.page);
    expect(before.text).not.toContain('!');

    await options.page.getByTestId('backup-schedule').selectOption('daily');
    await expect
      .poll(async () => (await downloadsOf(options.page)).map((d) => d.state), { timeout: 20_000 })
      .toEqual(['interrupted']);
    const failure = options.page.getByTestId('backup-failure');
    await expect
      .poll(() => failure.allTextContents(), { timeout: 20_000 })
      .toEqual([
        expect.stringMatching(
          /^The scheduled backup of .+ was not written: the file could not be saved to your downloads folder\. Your data is unchanged\. Try Back up now\.$/,
        ),
      ]);
    expect(await failure.getAttribute('role')).toBe('alert');
    expect(await stored(options.page, 'lastBackupAt')).toBeUndefined();
    await expect
      .poll(() => badge(options.page))
      .toEqual({
        text: `${before.text}!`,
        title: `Account Lens: ${await failure.textContent()}`,
      });
    expect(Object.keys(await options.page.evaluate(() => chrome.notifications.getAll()))).toContain(
      'scheduled-backup-failed',
    );
    // Nothing is left waiting: the offscreen document holding the file is closed.
    expect(await stored(options.page, 'scheduledBackupPending')).toBeUndefined();
    expect(
      await options.page.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as never] })),
    ).toEqual([]);
    await screenshot(options.page, 'options-backup-failed');

    // "Back up now", as the message says: the failure is over, everywhere.
    await saveDownloadsIn(mkdtempSync(join(tmpdir(), 'account-lens-downloads-')));
    await options.page.getByTestId('backup').click();
    await expect.poll(() => failure.count()).toBe(0);
    await expect.poll(() => badge(options.page)).toEqual(before);
    await expect
      .poll(async () => Object.keys(await options.page.evaluate(() => chrome.notifications.getAll())))
      .not.toContain('scheduled-backup-failed');
    expect(await stored(options.page, 'lastBackupAt')).toBeTruthy();
  });
});
