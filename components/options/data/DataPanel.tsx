import { useState } from 'preact/hooks';
import type { DataActions } from '../../../utils/pages/data-actions';
import { BackupNotes } from './BackupNotes';
import { BackupSchedulePicker } from './BackupSchedulePicker';
import { CsvExport } from './CsvExport';
import { ImportSteps, useImportSteps } from './ImportSteps';

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
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);

  const run = async (work: () => Promise<string | void>) => {
    try {
      const text = await work();
      if (text) setStatus({ text });
    } catch (error) {
      setStatus({ text: (error as Error).message, error: true });
    }
  };
  const steps = useImportSteps(actions, run, () => setStatus(null));

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
      {status && (
        <p role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : ''} data-testid="data-status">
          {status.text}
        </p>
      )}
      <CsvExport onExport={(store) => void run(() => actions.exportCsv(store))} />
    </section>
  );
}
