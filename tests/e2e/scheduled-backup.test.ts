import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage, requestFrom, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  // As after the user allowed the prompt that switching the schedule on shows.
  h = await startHarness({}, { grant: ['downloads'] });
});
afterAll(async () => {
  await h?.close();
});

interface DownloadItem {
  filename: string;
  state: string;
  error?: string;
}

describe('scheduled backup to the downloads folder', () => {
  it('saves a full backup as soon as it is switched on, and gives the permission back when switched off', async () => {
    const options = await OptionsPage.open(h);
    await options.loadDemo();
    await options.page.getByTestId('backup-schedule').selectOption('weekly');
    await expect.poll(() => options.page.getByTestId('data-status').textContent()).toContain('every week');

    // The test browser saves downloads under its own names in its own folder; the folder and name asked for are unit-tested.
    const finished = () =>
      h.worker.evaluate(async () =>
        (await chrome.downloads.search({}))
          .filter((d) => d.byExtensionId === chrome.runtime.id)
          .map((d) => ({ filename: d.filename, state: d.state, error: d.error })),
      );
    await expect
      .poll(async () => (await finished()).map((d: DownloadItem) => d.state), { timeout: 20_000 })
      .toEqual(['complete']);
    const [item] = (await finished()) as DownloadItem[];
    const backup = JSON.parse(readFileSync(item!.filename, 'utf8')) as {
      format: string;
      records: Record<string, unknown[]>;
    };
    const accounts = (await requestFrom(options.page, 'listAccounts', null)) as { value: unknown[] };
    expect(backup.format).toBe('account-lens-backup');
    expect(backup.records.accounts).toHaveLength(accounts.value.length);
    expect(backup.records.touchpoints!.length).toBeGreaterThan(10);

    await options.page.getByTestId('backup-schedule').selectOption('off');
    await expect.poll(() => options.page.getByTestId('data-status').textContent()).toContain('off');
    expect(await h.worker.evaluate(() => chrome.permissions.contains({ permissions: ['downloads'] }))).toBe(false);
  });
});
