import { useState } from 'preact/hooks';
import type { DataActions, ImportPreview, MappingNeeded } from '../../../utils/pages/data-actions';
import { BackupNotes } from './BackupNotes';
import { BackupSchedulePicker } from './BackupSchedulePicker';
import { ColumnMapper } from './ColumnMapper';
import { CsvExport } from './CsvExport';
import { ImportPreviewBox } from './ImportPreviewBox';

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
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<MappingNeeded['mappingNeeded'] | null>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const run = async (work: () => Promise<string | void>) => {
    try {
      const text = await work();
      if (text) setStatus({ text });
    } catch (error) {
      setStatus({ text: (error as Error).message, error: true });
    }
  };
  const choose = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (!files.length) return;
    setPreview(null);
    setMapping(null);
    setStatus(null);
    void run(async () => {
      const result = await actions.preview(files);
      if ('mappingNeeded' in result) setMapping(result.mappingNeeded);
      else setPreview(result);
    });
  };
  const previewMapped = (mappings: Parameters<DataActions['previewMapped']>[0]) =>
    void run(async () => {
      setStatus(null);
      setPreview(await actions.previewMapped(mappings));
      setMapping(null);
    });
  const confirm = () =>
    void run(async () => {
      setProgress(0);
      try {
        const text = await actions.commit((done, total) => setProgress(total ? done / total : 1));
        setPreview(null);
        return text;
      } finally {
        setProgress(null);
      }
    });

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
            onChange={(e) => choose(e.currentTarget)}
            data-testid="import-file"
          />
        </label>
      </p>
      <BackupSchedulePicker actions={actions} run={run} />
      {mapping && (
        <ColumnMapper files={mapping} onConfirm={previewMapped} onCancel={() => (actions.cancel(), setMapping(null))} />
      )}
      {preview && (
        <ImportPreviewBox
          preview={preview}
          busy={progress !== null}
          onConfirm={confirm}
          onCancel={() => (actions.cancel(), setPreview(null))}
        />
      )}
      {progress !== null && <progress max={1} value={progress} aria-label="Import progress" />}
      {status && (
        <p role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : ''} data-testid="data-status">
          {status.text}
        </p>
      )}
      <CsvExport onExport={(store) => void run(() => actions.exportCsv(store))} />
    </section>
  );
}
