import { signal } from '@preact/signals';
import type { BackupFailure } from '../../../utils/shared/backup-failure';
import type { OptionsApi } from '../api';
import type { TrashItem } from './TrashPanel';

/**
 * What the data and trash sections show: the trash, the last backup's age, a scheduled backup that failed,
 * and whether the browser keeps the data.
 */
export function createDataState(api: OptionsApi) {
  const trash = signal<TrashItem[]>([]);
  /** Days since the last backup; null when there was none. */
  const backupDays = signal<number | null>(null);
  /** The last scheduled backup that was not written; null when none failed since a backup was saved. */
  const backupFailure = signal<BackupFailure | null>(null);
  /** Whether the browser granted persistent storage; null until it answered. */
  const persisted = signal<boolean | null>(null);
  const readBackupDays = () => {
    void api.lastBackupDays().then((days) => (backupDays.value = days));
    void api.backupFailure().then((failure) => (backupFailure.value = failure));
  };
  return {
    trash,
    backupDays,
    backupFailure,
    persisted,
    readBackupDays,
    async loadTrash() {
      trash.value = await api.background.listTrash(null);
    },
    /** The backup's age, kept current while the page is open, and the browser asked once to keep the data. Returns the stop. */
    start(): () => void {
      readBackupDays();
      const unwatch = api.watchBackup(readBackupDays);
      api.persistStorage().then(
        (granted) => (persisted.value = granted),
        () => (persisted.value = false),
      );
      return unwatch;
    },
  };
}
export type DataState = ReturnType<typeof createDataState>;
