import type { ImportPreview } from '../../../utils/pages/data-actions';

/** What an import or a restore will write, and the rows it will skip, before anything is written. */
export function ImportPreviewBox({
  preview,
  busy,
  onConfirm,
  onCancel,
}: {
  preview: ImportPreview;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
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
      <button type="button" class="primary" onClick={onConfirm} disabled={busy} data-testid="import-confirm">
        {preview.replaces ? 'Restore' : 'Import'}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
