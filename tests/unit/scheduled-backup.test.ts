import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeRecordSet } from '../../utils/background/db/bulk';
import type { LensDB } from '../../utils/background/db/schema';
import { softDelete } from '../../utils/background/db/writes';
import { createScheduledBackup, downloadUrl, SCHEDULED_BACKUP_FOLDER } from '../../utils/background/scheduled-backup';
import { buildDemoPortfolio } from '../../utils/shared/demo/portfolio';
import { parseBackup, readBackup } from '../../utils/shared/io/backup';
import { storedExclusions } from '../../utils/background/tab-state';
import { lastBackupItem, type BackupSchedule } from '../../utils/settings/last-backup';
import { STORE_NAMES } from '../../utils/shared/model';
import { openTestDb, tickingClock } from './helpers';

const portfolio = buildDemoPortfolio(new Date('2026-11-24T12:00:00Z'));
let db: LensDB;
let now: Date;
let schedule: BackupSchedule;
let permitted: boolean;
let saved: Array<{ path: string; json: string }>;
const backUp = () =>
  createScheduledBackup(
    async () => db,
    {
      schedule: async () => schedule,
      mayDownload: async () => permitted,
      save: async (path, json) => void saved.push({ path, json }),
      exclusions: storedExclusions.store.list,
    },
    () => now,
  );

beforeEach(async () => {
  db = await openTestDb();
  await writeRecordSet(db, portfolio, { replace: true });
  now = new Date(2026, 10, 24, 9);
  schedule = 'daily';
  permitted = true;
  saved = [];
});

describe('scheduled backup', () => {
  it('does nothing while off or without the downloads permission', async () => {
    schedule = 'off';
    expect(await backUp()()).toBe('off');
    schedule = 'weekly';
    permitted = false;
    expect(await backUp()()).toBe('no-permission');
    expect(saved).toEqual([]);
    expect(await lastBackupItem.getValue()).toBeNull();
  });

  it('saves a full backup, trash included, into its folder, and records when', async () => {
    const northwind = portfolio.accounts.find((a) => a.name === 'Northwind Traders')!;
    await softDelete(db, 'accounts', northwind.id, tickingClock());
    expect(await backUp()()).toBe('saved');
    expect(saved.map((s) => s.path)).toEqual([`${SCHEDULED_BACKUP_FOLDER}/account-lens-backup-2026-11-24.json`]);
    const records = parseBackup(saved[0]!.json);
    for (const store of STORE_NAMES) expect(records[store]).toHaveLength(portfolio[store].length);
    expect(records.accounts.find((a) => a.id === northwind.id)?.deletedAt).toBeTruthy();
    expect(await lastBackupItem.getValue()).toBe(now.toISOString());
  });

  it('carries the "not this account" exclusions', async () => {
    const exclusion = { name: 'Fischer, Lena', accountId: portfolio.accounts[0]!.id };
    await storedExclusions.store.add(exclusion);
    expect(await backUp()()).toBe('saved');
    expect(readBackup(saved[0]!.json).exclusions).toEqual([exclusion]);
  });

  it('saves once a day or once a week, counting a backup made by hand', async () => {
    const run = backUp();
    expect(await run()).toBe('saved');
    now = new Date(2026, 10, 24, 23, 30);
    expect(await run()).toBe('not-due');
    now = new Date(2026, 10, 25, 0, 5);
    expect(await run()).toBe('saved');

    schedule = 'weekly';
    await lastBackupItem.setValue(new Date(2026, 10, 27, 8).toISOString()); // "Back up now" on the 27th
    now = new Date(2026, 11, 3, 9);
    expect(await run()).toBe('not-due');
    now = new Date(2026, 11, 4, 9);
    expect(await run()).toBe('saved');
    expect(saved).toHaveLength(3);
  });

  it('saves one file when the alarm and a start-up ask at the same time', async () => {
    const run = backUp();
    const outcomes = await Promise.all([run(), run()]);
    expect(outcomes).toEqual(['saved', 'saved']);
    expect(saved).toHaveLength(1);
  });
});

describe('the URL a backup is downloaded from', () => {
  const original = URL.createObjectURL;
  afterEach(() => {
    URL.createObjectURL = original;
  });
  it('is a data URL of the UTF-8 bytes where a blob URL cannot be made (a service worker)', async () => {
    (URL as { createObjectURL?: unknown }).createObjectURL = undefined;
    const json = JSON.stringify({ name: 'Zürich Ærø 東京 🚀', big: 'x'.repeat(200_000) });
    const { url } = downloadUrl(json);
    expect(url.startsWith('data:application/json;base64,')).toBe(true);
    expect(await (await fetch(url)).text()).toBe(json);
  });
  it('is a blob URL where one can be made (a background page)', async () => {
    const { url } = downloadUrl('{"a":1}');
    expect(url.startsWith('blob:')).toBe(true);
  });
});
