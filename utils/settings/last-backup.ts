import { storage } from 'wxt/utils/storage';
import type { BackupFailure } from '../shared/backup-failure';
import { daysBetween, toLocalDate } from '../shared/dates';

/** When the last backup was saved, by hand or on schedule (a scheduled one once its file is complete). */
export const lastBackupItem = storage.defineItem<string | null>('local:lastBackupAt', { fallback: null, version: 1 });

/**
 * The last scheduled backup that was not written, shown on the options page and the toolbar button until a
 * backup is saved (on schedule or by hand) or the schedule is switched off.
 */
export const backupFailureItem = storage.defineItem<BackupFailure | null>('local:scheduledBackupFailure', {
  fallback: null,
  version: 1,
});

export async function lastBackupDays(now = new Date()): Promise<number | null> {
  const at = await lastBackupItem.getValue();
  return at ? daysBetween(toLocalDate(at), toLocalDate(now)) : null;
}

export type BackupSchedule = 'off' | 'daily' | 'weekly';

/**
 * Opt-in: a full backup saved to the downloads folder daily or weekly (with the optional `downloads`
 * permission). Its own item, not a field of the settings form, which saves its whole draft at once.
 */
export const backupScheduleItem = storage.defineItem<BackupSchedule>('local:backupSchedule', {
  fallback: 'off',
  version: 1,
});

/** `account-lens-backup-2026-11-24.json`, the local date. */
export function backupFileName(now: Date): string {
  return `account-lens-backup-${toLocalDate(now)}.json`;
}
