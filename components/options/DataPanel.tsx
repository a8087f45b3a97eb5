import { useState } from 'preact/hooks';
import type { DataActions, ImportPreview } from '../../utils/io/data-actions';
import type { StoreName } from '../../utils/model';

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
    void run(async () => setPreview(await actions.preview(files)));
  };
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
