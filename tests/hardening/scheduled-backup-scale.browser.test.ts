import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForPage } from '../../bench/page/bundle';
import { readBackup } from '../../utils/shared/io/backup';
import { STORE_NAMES } from '../../utils/shared/model';
import { startHarness, type Harness } from '../e2e/harness';
import { countFigure } from './figures';
import { workerStops } from './worker-stops';

// The scheduled backup of a whole book at the bench's full size (2,000 accounts, 20,000 contacts, 200,000
// touchpoints, 10,000 each of tasks, issues and opportunities: 252,000 records), in Chromium with the built
// extension: the file on disk is complete and restorable, and the backup is recorded only once it is, even
// with the worker stopped while the download runs (Chrome stops an idle worker after 30 s).

type ScaleCode = typeof import('./scale-book-page');
interface TestWindow {
  lensScale: ScaleCode;
  /** Downloads as they were created (each is paused at once, so the test decides when it may finish). */
  held: number[];
  /** The state of every download at each moment `lastBackupAt` was written. */
  whenRecorded: Array<Promise<string[]>>;
}
const FIGURES_FILE = join('test-results', 'hardening', 'scheduled-backup-scale.json');

let h: Harness;
let page: Page;
let book: Record<string, number>;
let seeding: { generatedMs: number; writtenMs: number };

beforeAll(async () => {
  h = await startHarness({}, { grant: ['downloads'] });
  page = await h.context.newPage();
  await page.goto(h.extensionUrl('options.html'));
  await page.evaluate(await bundleForPage(join(__dirname, 'scale-book-page.ts'), 'lensScale'));
  ({ book, ...seeding } = await page.evaluate(async () => {
    const { FULL_SCALE, syntheticPortfolio, openLensDb, writeRecordSet } = (window as unknown as TestWindow).lensScale;
    const start = performance.now();
    const records = syntheticPortfolio(FULL_SCALE, new Date());
    const generated = performance.now();
    const db = await openLensDb();
    await writeRecordSet(db, records, { replace: true });
    db.close();
    const generatedMs = Math.round(generated - start);
    return { book: { ...FULL_SCALE }, generatedMs, writtenMs: Math.round(performance.now() - generated) };
  }));
}, 480_000);
afterAll(async () => {
  await h?.close();
});

const local = (key: string) => page.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
const download = (id: number) => page.evaluate(async (i) => (await chrome.downloads.search({ id: i }))[0]!, id);

describe('the scheduled backup of a full-size book', () => {
  it('writes all 252,000 records to disk, and records the backup only once the file is complete, across a worker stop', async () => {
    expect(Object.values(book).reduce((sum, n) => sum + n, 0)).toBe(252_000);
    const stops = await workerStops(h, page);
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.held = [];
      w.whenRecorded = [];
      chrome.downloads.onCreated.addListener((item) => (w.held.push(item.id), void chrome.downloads.pause(item.id)));
      chrome.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && changes.lastBackupAt?.newValue)
          w.whenRecorded.push(chrome.downloads.search({}).then((items) => items.map((d) => d.state)));
      });
    });

    // Switching the schedule on saves the first backup at once: the offscreen document reads the book into a file.
    const switchedOn = performance.now();
    await page.getByTestId('backup-schedule').selectOption('daily');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as TestWindow).held.length), { timeout: 180_000 })
      .toBe(1);
    const madeMs = performance.now() - switchedOn;
    const [id] = await page.evaluate(() => (window as unknown as TestWindow).held);
    await expect.poll(async () => (await download(id!)).paused).toBe(true);
    await expect.poll(() => local('scheduledBackupPending')).toMatchObject({ download: { id } });
    const pending = (await local('scheduledBackupPending')) as { at: string };

    // The download is held unfinished: not a backup yet. The worker is stopped meanwhile, as Chrome does.
    expect((await download(id!)).state).toBe('in_progress');
    expect(await local('lastBackupAt')).toBeUndefined();
    await stops.stop();
    countFigure('faults injected', 1);

    // Let go, the download finishes with no worker running; its end wakes one, which records the backup.
    const resumed = performance.now();
    await page.evaluate((i) => chrome.downloads.resume(i), id!);
    await expect.poll(() => local('lastBackupAt'), { timeout: 120_000 }).toBe(pending.at);
    const writtenMs = performance.now() - resumed;
    expect(await page.evaluate(() => Promise.all((window as unknown as TestWindow).whenRecorded))).toEqual([
      ['complete'],
    ]);
    expect(stops.count).toBeGreaterThanOrEqual(1);
    // Storage items set to null are removed.
    await expect.poll(() => local('scheduledBackupPending')).toBeUndefined();
    expect(await local('scheduledBackupFailure')).toBeUndefined();
    // The offscreen document, and the file's blob URL with it, are let go.
    await expect
      .poll(() => page.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as never] })))
      .toEqual([]);

    // The file on disk: every byte the browser wrote, valid JSON, and a backup the restore accepts, with every record.
    const item = await download(id!);
    expect(item.state).toBe('complete');
    const bytes = statSync(item.filename).size;
    expect(bytes).toBe(item.fileSize);
    const text = readFileSync(item.filename, 'utf8');
    const parsed = JSON.parse(text) as { format: string; exportedAt: string };
    expect(parsed.format).toBe('account-lens-backup');
    expect(parsed.exportedAt).toBe(pending.at);
    const { records } = readBackup(text);
    expect(Object.fromEntries(STORE_NAMES.map((s) => [s, records[s].length]))).toEqual(book);

    const figures = {
      records: STORE_NAMES.reduce((sum, s) => sum + records[s].length, 0),
      fileBytes: bytes,
      madeMs: Math.round(madeMs),
      writtenMs: Math.round(writtenMs),
      seeding,
    };
    mkdirSync(join('test-results', 'hardening'), { recursive: true });
    writeFileSync(FIGURES_FILE, JSON.stringify(figures, null, 2));
    console.info(
      `Scheduled backup at full size: ${figures.records} records, ${(bytes / 1e6).toFixed(1)} MB; file made and its download started in ${figures.madeMs} ms, written in ${figures.writtenMs} ms after it was let go.`,
    );
  });
});
