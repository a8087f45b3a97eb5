import { useState } from 'preact/hooks';
import { ImportSteps, useImportSteps } from '../data/ImportSteps';
import { StatusLine, useStatusLine } from '../data/status-line';
import { useOptions } from '../options-state';

/**
 * CSV exports (HubSpot, Salesforce, or any spreadsheet through the mapping step), or a backup, previewed before
 * anything is written: the data panel's import, with its own status line.
 */
export function ImportWay() {
  const { api, reload } = useOptions();
  const [actions] = useState(() => api.data(() => void reload()));
  const { status, run, clear } = useStatusLine();
  const steps = useImportSteps(actions, run, clear);
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
      <StatusLine status={status} testId="welcome-import-status" />
    </>
  );
}
