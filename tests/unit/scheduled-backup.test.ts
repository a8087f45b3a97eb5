import { resolveObjectURL } from 'node:buffer';
import { beforeEach, describe, expect, it } from 'vitest';
import { inPlaceFileMaker } from '../../utils/background/backup-file/makers';
import { writeRecordSet } from '../../utils/background/db/bulk';
import type { LensDB } from '../../utils/background/db/schema';
import { softDelete } from '../../utils/background/db/writes';
import { downloadFailureReason } from '../../utils/background/scheduled-backup/download-reasons';
import { pendingBackupItem, type BackupFileReport } from '../../utils/background/scheduled-backup/pending';
import {
  createScheduledBackup,
  MAKING_TIMEOUT_MS,
  SCHEDULED_BACKUP_FOLDER,
  type BackupFileMaker,
  type DownloadStatus,
  type ScheduledBackupPorts,
} from '../../utils/background/scheduled-backup/run';
import { storedExclusions } from '../../utils/background/tab-state';
import { backupFailureText, type BackupFailure } from '../../utils/shared/backup-failure';
import { badgeFace } from '../../utils/background/badge';
import { buildDemoPortfolio } from '../../utils/shared/demo/portfolio';
import { parseBackup, readBackup } from '../../utils/shared/io/backup';
import { STORE_NAMES } from '../../utils/shared/model';
import { backupFailureItem, lastBackupItem, type BackupSchedule } from '../../utils/settings/last-backup';
import { openTestDb, tickingClock } from './helpers';
import { TEST_BASE_URL } from './test-services';

const portfolio = buildDemoPortfolio(new Date('2026-11-24T12:00:00Z'));
interface FakeDownload extends DownloadStatus {
  url: string;
  path: string;
}
let db: LensDB;
let now: Date;
let schedule: BackupSchedule;
let permitted: boolean;
let downloads: FakeDownload[];
let announced: Array<BackupFailure | null>;

/** The browser's side, as the worker sees it: downloads start in progress, and end when a test says. */
function ports(overrides: Partial<ScheduledBackupPorts> = {}): ScheduledBackupPorts {
  return {
    schedule: async () => schedule,
    mayDownload: async () => permitted,
    exclusions: storedExclusions.store.list,
    file: inPlaceFileMaker(async () => db),
    download: async (url, path) => {
      downloads.push({ id: downloads.length + 1, url, path, state: 'in_progress' });
      return downloads.length;
    },
    findDownload: async ({ id, url }) =>
      downloads.find((d) => (id === undefined ? d.url === url : d.id === id)) ?? null,
    announce: async (failure) => void announced.push(failure),
    ...overrides,
  };
}
/** A worker's scheduled backup; a second one over the same storage is the worker after a restart. */
const worker = (overrides?: Partial<ScheduledBackupPorts>) => createScheduledBackup(ports(overrides), () => now);
type Backup = ReturnType<typeof worker>;

/** The download ends, and the browser tells the worker. */
async function end(backup: Backup, state: 'complete' | 'interrupted', error?: string) {
  const download = downloads.at(-1)!;
  Object.assign(download, { state, error });
  await backup.downloadChanged(download.id);
}
const fileText = (download: FakeDownload) => resolveObjectURL(download.url)!.text();

beforeEach(async () => {
  db = await openTestDb();
  await writeRecordSet(db, portfolio, { replace: true });
  now = new Date(2026, 10, 24, 9);
  schedule = 'daily';
  permitted = true;
  downloads = [];
  announced = [];
});

describe('scheduled backup', () => {
  it('does nothing while off', async () => {
    schedule = 'off';
    expect(await worker().run()).toBe('off');
    expect(downloads).toEqual([]);
    expect(await lastBackupItem.getValue()).toBeNull();
  });

  it('writes a full backup into its folder, and counts it only once the download is complete', async () => {
    const northwind = portfolio.accounts.find((a) => a.name === 'Northwind Traders')!;
    await softDelete(db, 'accounts', northwind.id, tickingClock());
    const backup = worker();
    expect(await backup.run()).toBe('started');
    expect(downloads.map((d) => d.path)).toEqual([`${SCHEDULED_BACKUP_FOLDER}/account-lens-backup-2026-11-24.json`]);
    const records = parseBackup(await fileText(downloads[0]!));
    for (const store of STORE_NAMES) expect(records[store]).toHaveLength(portfolio[store].length);
    expect(records.accounts.find((a) => a.id === northwind.id)?.deletedAt).toBeTruthy();

    // Under way: not a backup yet, and the reminder is not quieted.
    expect(await lastBackupItem.getValue()).toBeNull();
    expect(await backup.run()).toBe('pending');
    await end(backup, 'complete');
    expect(await lastBackupItem.getValue()).toBe(now.toISOString());
    expect(await pendingBackupItem.getValue()).toBeNull();
    // The file's blob URL is let go once written.
    expect(resolveObjectURL(downloads[0]!.url)).toBeUndefined();
    expect(downloads).toHaveLength(1);
  });

  it('never moves the last backup back, when one was made by hand while the download ran', async () => {
    const backup = worker();
    await backup.run();
    const byHand = new Date(2026, 10, 24, 9, 1).toISOString();
    await lastBackupItem.setValue(byHand);
    await end(backup, 'complete');
    expect(await lastBackupItem.getValue()).toBe(byHand);
    expect(await pendingBackupItem.getValue()).toBeNull();
  });

  it('carries the "not this account" exclusions', async () => {
    const exclusion = { name: 'Fischer, Lena', accountId: portfolio.accounts[0]!.id };
    await storedExclusions.store.add(exclusion);
    await worker().run();
    expect(readBackup(await fileText(downloads[0]!)).exclusions).toEqual([exclusion]);
  });

  it('takes an interrupted download for a failed backup: kept, told, cleared by the next backup written', async () => {
    const backup = worker();
    await backup.run();
    await end(backup, 'interrupted', 'FILE_NO_SPACE');
    const failure = { at: now.toISOString(), reason: 'the disk is full' };
    expect(await lastBackupItem.getValue()).toBeNull();
    expect(await backupFailureItem.getValue()).toEqual(failure);
    expect(announced).toEqual([failure]);
    expect(await pendingBackupItem.getValue()).toBeNull();

    // Tried again the next day, not at every alarm of the same day.
    now = new Date(2026, 10, 24, 18);
    expect(await backup.run()).toBe('not-due');
    now = new Date(2026, 10, 25, 0, 5);
    expect(await backup.run()).toBe('started');
    await end(backup, 'complete');
    expect(await lastBackupItem.getValue()).toBe(now.toISOString());
    expect(await backupFailureItem.getValue()).toBeNull();
    expect(announced).toEqual([failure, null]);
  });

  it.each([
    [
      'a download the browser refuses to start',
      { download: async () => Promise.reject(new Error('Invalid filename')) },
      'the download did not start (Invalid filename)',
    ],
    [
      'a file that cannot be made',
      { file: { ...inPlaceFileMaker(async () => Promise.reject(new Error('QuotaExceededError'))) } },
      'the file could not be made (QuotaExceededError)',
    ],
    [
      'a maker that throws',
      { file: { ...inPlaceFileMaker(async () => db), make: () => Promise.reject(new Error('no document')) } },
      'the file could not be made (no document)',
    ],
  ] satisfies Array<[string, Partial<ScheduledBackupPorts>, string]>)(
    'fails on %s',
    async (_name, overrides, reason) => {
      expect(await worker(overrides).run()).toBe('failed');
      expect(await lastBackupItem.getValue()).toBeNull();
      expect(await backupFailureItem.getValue()).toEqual({ at: now.toISOString(), reason });
      expect(announced).toHaveLength(1);
    },
  );

  it('says so when a backup is due but the downloads permission was taken back', async () => {
    permitted = false;
    expect(await worker().run()).toBe('failed');
    expect(downloads).toEqual([]);
    expect((await backupFailureItem.getValue())?.reason).toMatch(/no longer has the permission/);
  });

  it('learns at start-up how a download ended while no worker ran', async () => {
    await worker().run();
    const restarted = worker();
    await restarted.reconcile();
    expect(await pendingBackupItem.getValue()).toMatchObject({ download: { id: 1 } });
    expect(await restarted.run()).toBe('pending');

    downloads[0]!.state = 'complete';
    await worker().reconcile();
    expect(await lastBackupItem.getValue()).toBe(now.toISOString());

    now = new Date(2026, 10, 25, 9);
    await worker().run();
    downloads[1]!.state = 'interrupted';
    downloads[1]!.error = 'USER_SHUTDOWN';
    await worker().reconcile();
    expect(await backupFailureItem.getValue()).toEqual({
      at: now.toISOString(),
      reason: 'the browser closed before the file was saved',
    });
    expect(await lastBackupItem.getValue()).toBe(new Date(2026, 10, 24, 9).toISOString());
  });

  it('finds a download by its URL when the worker stopped before saving its id', async () => {
    const report = await inPlaceFileMaker(async () => db).make({ at: now.toISOString(), exclusions: [] });
    const url = (report as { url: string }).url;
    await pendingBackupItem.setValue({ at: now.toISOString(), download: { url } });
    downloads.push({ id: 9, url, path: 'x.json', state: 'complete' });
    await worker().reconcile();
    expect(await lastBackupItem.getValue()).toBe(now.toISOString());
  });

  it('takes a download the browser never made, or has forgotten, for a failure', async () => {
    await pendingBackupItem.setValue({ at: now.toISOString(), download: { url: `blob:${TEST_BASE_URL}gone` } });
    await worker().reconcile();
    expect((await backupFailureItem.getValue())?.reason).toBe('the download did not start');

    await pendingBackupItem.setValue({ at: now.toISOString(), download: { url: `blob:${TEST_BASE_URL}gone`, id: 4 } });
    await worker().reconcile();
    expect((await backupFailureItem.getValue())?.reason).toBe("the download is gone from the browser's downloads");
  });

  describe('with a file made elsewhere and reported later (Chrome: the offscreen document)', () => {
    let making: boolean;
    const offscreen = (): BackupFileMaker => ({
      make: async () => ((making = true), null),
      making: async () => making,
      release: async () => void (making = false),
    });
    const report = (): BackupFileReport => ({
      at: now.toISOString(),
      url: `blob:${TEST_BASE_URL}file`,
      bytes: 9,
      records: 3,
    });
    beforeEach(() => {
      making = false;
    });

    it('gives the document its job, and starts one download however often the report comes, in whichever worker', async () => {
      await storedExclusions.store.add({ email: 'ana@example.com', accountId: portfolio.accounts[0]!.id });
      expect(await worker({ file: offscreen() }).run()).toBe('started');
      // The worker was stopped while the document wrote the file; the next one waits for it.
      const next = worker({ file: offscreen() });
      await next.reconcile();
      expect(await next.job()).toEqual({ at: now.toISOString(), exclusions: await storedExclusions.store.list() });
      await next.fileMade(report());
      await next.fileMade(report());
      expect(downloads.map((d) => d.url)).toEqual([`blob:${TEST_BASE_URL}file`]);
      expect(await next.job()).toBeNull();
      await end(next, 'complete');
      expect(await lastBackupItem.getValue()).toBe(now.toISOString());
      expect(making).toBe(false);
    });

    it('ignores the report of another backup', async () => {
      await worker({ file: offscreen() }).run();
      await worker({ file: offscreen() }).fileMade({ ...report(), at: new Date(2026, 10, 20).toISOString() });
      expect(downloads).toEqual([]);
    });

    it('fails a backup whose document is gone before it reported, or never reports', async () => {
      await worker({ file: offscreen() }).run();
      making = false;
      await worker({ file: offscreen() }).reconcile();
      expect((await backupFailureItem.getValue())?.reason).toBe('Account Lens was stopped before the file was made');

      now = new Date(2026, 10, 25, 9);
      await worker({ file: offscreen() }).run();
      now = new Date(now.getTime() + MAKING_TIMEOUT_MS);
      await worker({ file: offscreen() }).reconcile();
      expect(await backupFailureItem.getValue()).toEqual({
        at: new Date(2026, 10, 25, 9).toISOString(),
        reason: 'Account Lens was stopped before the file was made',
      });
      expect(making).toBe(false);
    });
  });

  it('saves once a day or once a week, counting a backup made by hand', async () => {
    const backup = worker();
    const saved = async () => {
      const outcome = await backup.run();
      if (outcome === 'started') await end(backup, 'complete');
      return outcome;
    };
    expect(await saved()).toBe('started');
    now = new Date(2026, 10, 24, 23, 30);
    expect(await saved()).toBe('not-due');
    now = new Date(2026, 10, 25, 0, 5);
    expect(await saved()).toBe('started');

    schedule = 'weekly';
    await lastBackupItem.setValue(new Date(2026, 10, 27, 8).toISOString()); // "Back up now" on the 27th
    now = new Date(2026, 11, 3, 9);
    expect(await saved()).toBe('not-due');
    now = new Date(2026, 11, 4, 9);
    expect(await saved()).toBe('started');
    expect(downloads).toHaveLength(3);
  });

  it('starts one backup when the alarm and a start-up ask at the same time', async () => {
    const backup = worker();
    expect(await Promise.all([backup.run(), backup.run()])).toEqual(['started', 'pending']);
    expect(downloads).toHaveLength(1);
  });

  it('switched off, forgets the backup under way and the failure', async () => {
    const backup = worker();
    await backupFailureItem.setValue({ at: new Date(2026, 10, 23).toISOString(), reason: 'the disk is full' });
    await backup.run();
    schedule = 'off';
    expect(await backup.run()).toBe('off');
    expect(await pendingBackupItem.getValue()).toBeNull();
    expect(await backupFailureItem.getValue()).toBeNull();
    expect(announced).toEqual([null]);
  });
});

describe('why a download failed, in words', () => {
  it.each([
    ['USER_CANCELED', 'the download was cancelled'],
    ['FILE_NO_SPACE', 'the disk is full'],
    ['FILE_FAILED', 'the file could not be saved to your downloads folder'],
    ['FILE_ACCESS_DENIED', 'the browser may not write to your downloads folder'],
    ['NETWORK_FAILED', 'the browser could not read the file it was saving'],
    ['CRASH', 'the browser closed before the file was saved'],
    ['SOMETHING_NEW', 'the download stopped (SOMETHING_NEW)'],
    [undefined, 'the download stopped'],
  ])('%s', (code, words) => {
    expect(downloadFailureReason(code)).toBe(words);
  });
});

describe('what the user is told', () => {
  it('names the day of the backup, the reason, that nothing changed, and what to do', () => {
    const text = backupFailureText(
      { at: new Date(2026, 11, 1, 0, 5).toISOString(), reason: 'the download was cancelled' },
      new Date(2026, 11, 2, 9),
      'en-GB',
    );
    expect(text).toBe(
      'The scheduled backup of 1 Dec was not written: the download was cancelled. Your data is unchanged. Try Back up now.',
    );
  });

  it('marks the toolbar badge after the overdue count, and says why in its tooltip', () => {
    expect(badgeFace('3', null)).toEqual({ text: '3', title: 'Account Lens' });
    expect(badgeFace('', null)).toEqual({ text: '', title: 'Account Lens' });
    expect(badgeFace('3', 'The scheduled backup of 1 Dec was not written: …')).toEqual({
      text: '3!',
      title: 'Account Lens: The scheduled backup of 1 Dec was not written: …',
    });
    expect(badgeFace('', 'x').text).toBe('!');
  });
});
