import { useEffect, useState } from 'preact/hooks';
import type { BackupSchedule } from '../../utils/settings/last-backup';
import type { DataActions, ImportPreview, MappingNeeded } from '../../utils/pages/data-actions';
import { ColumnMapper } from './ColumnMapper';
import type { StoreName } from '../../utils/shared/model';

const CSV_STORES: Array<[StoreName, string]> = [
  ['accounts', 'Accounts'],
  ['contacts', 'Contacts'],
  ['touchpoints', 'Touchpoints'],
  ['tasks', 'Tasks'],
  ['issues', 'Issues'],
  ['opportunities', 'Opportunities'],
];

/** Back up, restore, import and export: every import is previewed first and written all or nothing. */
export function DataPanel({ actions, lastBackupDays, persisted = null }: { actions: DataActions; lastBackupDays: number | null; persisted?: boolean | null }) {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<MappingNeeded['mappingNeeded'] | null>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [schedule, setSchedule] = useState<BackupSchedule>('off');
  useEffect(() => void actions.getSchedule().then(setSchedule), []);

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
  const changeSchedule = (next: BackupSchedule) =>
    void run(async () => {
      if (!(await actions.setSchedule(next))) return 'Scheduled backups need the permission to save files to your downloads folder; it was not given, so they stay off.';
      setSchedule(next);
      return next === 'off'
        ? 'Scheduled backups are off; the permission to save downloads is given back.'
        : `A backup will be saved ${next === 'daily' ? 'every day' : 'every week'} to "Account Lens backups" in your downloads folder, the first one now.`;
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
      {lastBackupDays !== null && lastBackupDays > 30 && (
        <p role="alert" class="warn-box" data-testid="backup-reminder">
          Your last backup is {lastBackupDays} days old. Uninstalling the extension deletes its data: back up now.
        </p>
      )}
      {lastBackupDays === null && <p class="muted">No backup yet. Uninstalling the extension deletes its data.</p>}
      {persisted !== null && (
        <p class="muted" data-testid="storage-persisted">
          {persisted
            ? 'Storage is persistent: the browser will not clear your data to free space. Uninstalling the extension still deletes it.'
            : 'The browser did not grant persistent storage. Chrome still keeps the data of an extension with unlimited storage, as Account Lens has, when space runs low; other browsers may not. Back up regularly.'}
        </p>
      )}
      <p>
        <button type="button" class="primary" onClick={() => void run(async () => (await actions.backUp(), 'Backup saved to your downloads.'))} data-testid="backup">
          Back up now
        </button>{' '}
        <label class="file">
          Restore or import…
          <input type="file" accept=".json,.csv,application/json,text/csv" multiple onChange={(e) => choose(e.currentTarget)} data-testid="import-file" />
        </label>
      </p>
      <p>
        <label class="inline">
          Save a backup to your downloads folder{' '}
          <select value={schedule} onChange={(e) => changeSchedule(e.currentTarget.value as BackupSchedule)} data-testid="backup-schedule">
            <option value="off">never (off)</option>
            <option value="daily">every day</option>
            <option value="weekly">every week</option>
          </select>
        </label>
      </p>
      {mapping && <ColumnMapper files={mapping} onConfirm={previewMapped} onCancel={() => (actions.cancel(), setMapping(null))} />}
      {preview && (
        <div class="preview" data-testid="import-preview">
          <h3>{preview.title}</h3>
          <ul>
            {preview.counts.map((c) => (
              <li key={c.label}>
                {c.label}: {c.count}
              </li>
            ))}
          </ul>
          {preview.replaces && <p class="warn">Restoring replaces all your current data with the backup's.</p>}
          {!!preview.skipped?.length && (
            <details open>
              <summary>
                {preview.skipped.length} row{preview.skipped.length === 1 ? '' : 's'} will be skipped
              </summary>
              <ul data-testid="import-skipped">
                {preview.skipped.slice(0, 50).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </details>
          )}
          <button type="button" class="primary" onClick={confirm} disabled={progress !== null} data-testid="import-confirm">
            {preview.replaces ? 'Restore' : 'Import'}
          </button>{' '}
          <button type="button" onClick={() => (actions.cancel(), setPreview(null))}>
            Cancel
          </button>
        </div>
      )}
      {progress !== null && <progress max={1} value={progress} aria-label="Import progress" />}
      {status && (
        <p role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : ''} data-testid="data-status">
          {status.text}
        </p>
      )}
      <p>
        Export as CSV:{' '}
        {CSV_STORES.map(([store, label]) => (
          <button key={store} type="button" class="link-button" onClick={() => void run(() => actions.exportCsv(store))}>
            {label}
          </button>
        ))}
      </p>
    </section>
  );
}
