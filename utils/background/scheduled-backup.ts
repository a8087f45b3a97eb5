import type { RecordSet } from './db/bulk';
import type { LensDB } from './db/schema';
import { daysBetween, toLocalDate } from '../shared/dates';
import { createBackup } from '../shared/io/backup';
import type { MatchExclusion } from '../shared/match/exclusions';
import { backupFileName, lastBackupItem, type BackupSchedule } from '../settings/last-backup';
import { STORE_NAMES } from '../shared/model';

/** Backups on schedule go into this folder of the downloads folder. */
export const SCHEDULED_BACKUP_FOLDER = 'Account Lens backups';

const INTERVAL_DAYS: Record<Exclude<BackupSchedule, 'off'>, number> = { daily: 1, weekly: 7 };

export interface ScheduledBackupPorts {
  schedule: () => Promise<BackupSchedule>;
  /** The optional `downloads` permission, which the user grants when switching the schedule on. */
  mayDownload: () => Promise<boolean>;
  /** Saves the file into the downloads folder without asking where. */
  save: (path: string, json: string) => Promise<void>;
  /** The "not this account" exclusions, which backups carry too. */
  exclusions: () => Promise<MatchExclusion[]>;
}

export type ScheduledBackupOutcome = 'off' | 'no-permission' | 'not-due' | 'saved';

/**
 * Called when the daily alarm fires, at start-up, and when the schedule is switched on:
 * saves a full backup (trash included, as "Back up now" does) when the last one is a
 * day or a week old. A backup taken by hand counts, so nobody gets two the same day.
 */
export function createScheduledBackup(
  db: () => Promise<LensDB>,
  ports: ScheduledBackupPorts,
  now: () => Date = () => new Date(),
) {
  let running: Promise<ScheduledBackupOutcome> | null = null;
  const run = async (): Promise<ScheduledBackupOutcome> => {
    const schedule = await ports.schedule();
    if (schedule === 'off') return 'off';
    if (!(await ports.mayDownload())) return 'no-permission';
    const at = now();
    const last = await lastBackupItem.getValue();
    if (last && daysBetween(toLocalDate(last), toLocalDate(at)) < INTERVAL_DAYS[schedule]) return 'not-due';
    const [records, exclusions] = await Promise.all([db().then(readEverything), ports.exclusions()]);
    const json = JSON.stringify(createBackup(records, at, exclusions));
    await ports.save(`${SCHEDULED_BACKUP_FOLDER}/${backupFileName(at)}`, json);
    await lastBackupItem.setValue(at.toISOString());
    return 'saved';
  };
  /** One backup at a time: an alarm and a start-up arriving together save one file. */
  return () => (running ??= run().finally(() => (running = null)));
}

async function readEverything(db: LensDB): Promise<RecordSet> {
  const tx = db.transaction(STORE_NAMES, 'readonly');
  const [accounts, contacts, touchpoints, tasks, issues, opportunities] = await Promise.all([
    tx.objectStore('accounts').getAll(),
    tx.objectStore('contacts').getAll(),
    tx.objectStore('touchpoints').getAll(),
    tx.objectStore('tasks').getAll(),
    tx.objectStore('issues').getAll(),
    tx.objectStore('opportunities').getAll(),
  ]);
  return { accounts, contacts, touchpoints, tasks, issues, opportunities };
}

/**
 * A URL the downloads API can fetch the backup from. Firefox's background page can make a blob URL;
 * Chrome's service worker cannot, so it gets a data URL (base64 of the UTF-8 bytes).
 */
export function downloadUrl(json: string): { url: string; release: () => void } {
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    return { url, release: () => setTimeout(() => URL.revokeObjectURL(url), 60_000) };
  }
  return { url: `data:application/json;base64,${base64(new TextEncoder().encode(json))}`, release: () => undefined };
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a whole large array into fromCharCode overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
