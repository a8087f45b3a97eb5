import type { DataActions } from '../../../utils/pages/data-actions';
import { BackupNotes } from './BackupNotes';
import { BackupSchedulePicker } from './BackupSchedulePicker';
import { CsvExport } from './CsvExport';
import { ImportSteps, useImportSteps } from './ImportSteps';
import { StatusLine, useStatusLine } from './status-line';

/** Back up, restore, import and export: every import is previewed first and written all or nothing. */
export function DataPanel({
  actions,
  lastBackupDays,
  backupFailure = null,
  persisted = null,
}: {
  actions: DataActions;
  lastBackupDays: number | null;
  /** What to tell of a scheduled backup that was not written. */
  backupFailure?: string | null;
  persisted?: boolean | null;
}) {
  const { status, run, clear } = useStatusLine();
  const steps = useImportSteps(actions, run, clear);

  return (
    <section aria-labelledby="data-heading" class="data">
      <h2 id="data-heading">Your data</h2>
      <BackupNotes lastBackupDays={lastBackupDays} backupFailure={backupFailure} persisted={persisted} />
      <p>
        <button
          type="button"
          class="primary"
          onClick={() => void run(async () => (await actions.backUp(), 'Backup saved to your downloads.'))}
          data-testid="backup"
        >
          Back up now
        </button>{' '}
        <label class="file">
          Restore or import…
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            multiple
            onChange={(e) => steps.choose(e.currentTarget)}
            data-testid="import-file"
          />
        </label>
      </p>
      <BackupSchedulePicker actions={actions} run={run} />
      <ImportSteps steps={steps} />
      <StatusLine status={status} testId="data-status" />
      <CsvExport onExport={(store) => void run(() => actions.exportCsv(store))} />
    </section>
  );
}
