import { signal } from '@preact/signals';
import type { OptionsApi } from '../api';
import type { TrashItem } from './TrashPanel';

/** What the data and trash sections show: the trash, the last backup's age, and whether the browser keeps the data. */
export function createDataState(api: OptionsApi) {
  const trash = signal<TrashItem[]>([]);
  /** Days since the last backup; null when there was none. */
  const backupDays = signal<number | null>(null);
  /** Whether the browser granted persistent storage; null until it answered. */
  const persisted = signal<boolean | null>(null);
  const readBackupDays = () => void api.lastBackupDays().then((days) => (backupDays.value = days));
  return {
    trash,
    backupDays,
    persisted,
    readBackupDays,
    async loadTrash() {
      trash.value = await api.background.listTrash(null);
    },
    /** The backup's age, and the browser asked once to keep the data. */
    start() {
      readBackupDays();
      api.persistStorage().then(
        (granted) => (persisted.value = granted),
        () => (persisted.value = false),
      );
    },
  };
}
export type DataState = ReturnType<typeof createDataState>;
