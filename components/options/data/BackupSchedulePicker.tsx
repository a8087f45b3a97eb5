import { useEffect, useState } from 'preact/hooks';
import type { DataActions } from '../../../utils/pages/data-actions';
import type { BackupSchedule } from '../../../utils/settings/last-backup';

/** Scheduled backups to the downloads folder: off, daily or weekly. `run` shows what came of a change. */
export function BackupSchedulePicker({
  actions,
  run,
}: {
  actions: DataActions;
  run: (work: () => Promise<string | void>) => Promise<void>;
}) {
  const [schedule, setSchedule] = useState<BackupSchedule>('off');
  useEffect(() => void actions.getSchedule().then(setSchedule), []);
  const change = (next: BackupSchedule) =>
    void run(async () => {
      if (!(await actions.setSchedule(next)))
        return 'Scheduled backups need the permission to save files to your downloads folder; it was not given, so they stay off.';
      setSchedule(next);
      return next === 'off'
        ? 'Scheduled backups are off; the permission to save downloads is given back.'
        : `A backup will be saved ${next === 'daily' ? 'every day' : 'every week'} to "Account Lens backups" in your downloads folder, the first one now.`;
    });
  return (
    <p>
      <label class="inline">
        Save a backup to your downloads folder{' '}
        <select
          value={schedule}
          onChange={(e) => change(e.currentTarget.value as BackupSchedule)}
          data-testid="backup-schedule"
        >
          <option value="off">never (off)</option>
          <option value="daily">every day</option>
          <option value="weekly">every week</option>
        </select>
      </label>
    </p>
  );
}
