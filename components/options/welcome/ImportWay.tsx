import { useState } from 'preact/hooks';
import { ImportSteps, useImportSteps } from '../data/ImportSteps';
import { useOptions } from '../options-state';

/**
 * CSV exports (HubSpot, Salesforce, or any spreadsheet through the mapping step), or a backup, previewed before
 * anything is written: the data panel's import, with its own status line.
 */
export function ImportWay() {
  const { api, reload } = useOptions();
  const [actions] = useState(() => api.data(() => void reload()));
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
    <>
      <p class="muted">
        Companies and contacts exported from HubSpot or Salesforce, or any spreadsheet saved as CSV: you say which
        column holds what, and see what will be added before anything is written. A backup saved by Account Lens (.json)
        is restored the same way.
      </p>
      <label class="file">
        Choose files…
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          multiple
          onChange={(e) => steps.choose(e.currentTarget)}
          data-testid="welcome-import-file"
        />
      </label>
      <ImportSteps steps={steps} />
      {status && (
        <p
          role={status.error ? 'alert' : 'status'}
          class={status.error ? 'error' : ''}
          data-testid="welcome-import-status"
        >
          {status.text}
        </p>
      )}
    </>
  );
}
