import { useState } from 'preact/hooks';
import type { MappingNeeded } from '../../../utils/pages/data-actions';
import { MAPPABLE_FIELDS, type ColumnMapping } from '../../../utils/shared/io/csv/mapping';
import type { CsvKind } from '../../../utils/shared/io/csv/formats';

type Files = MappingNeeded['mappingNeeded'];

/**
 * The mapping step for CSV files that are no known CRM export: per file, whether its rows
 * are accounts or contacts, and which column holds each field, with the first rows' values beside.
 */
export function ColumnMapper({
  files,
  onConfirm,
  onCancel,
}: {
  files: Files;
  onConfirm: (mappings: Record<string, ColumnMapping>) => void;
  onCancel: () => void;
}) {
  const [mappings, setMappings] = useState<Record<string, ColumnMapping>>(() =>
    Object.fromEntries(files.map((f) => [f.file, f.guess])),
  );
  const update = (file: string, next: ColumnMapping) => setMappings({ ...mappings, [file]: next });
  return (
    <div class="preview column-mapper" data-testid="column-mapper">
      <h3>Which column holds what?</h3>
      <p class="muted">
        These files are not a HubSpot or Salesforce export. Say what each one holds; the next step previews the import
        before anything is written.
      </p>
      {files.map(({ file, headers, sample }) => {
        const mapping = mappings[file]!;
        return (
          <fieldset key={file} data-testid="mapping-file">
            <legend>{file}</legend>
            <label>
              Each row is{' '}
              <select
                value={mapping.kind}
                onChange={(e) => update(file, { kind: e.currentTarget.value as CsvKind, columns: {} })}
                data-testid="mapping-kind"
              >
                <option value="accounts">an account (company)</option>
                <option value="contacts">a contact (person)</option>
              </select>
            </label>
            <table>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Column</th>
                  <th scope="col">First values</th>
                </tr>
              </thead>
              <tbody>
                {MAPPABLE_FIELDS[mapping.kind].map(({ key, label }, index) => {
                  const column = mapping.columns[key] ?? '';
                  return (
                    <tr key={key}>
                      <th scope="row">
                        {label}
                        {index === 0 && <span aria-label="required"> *</span>}
                      </th>
                      <td>
                        <select
                          value={column}
                          aria-label={`Column for ${label}`}
                          onChange={(e) =>
                            update(file, {
                              ...mapping,
                              columns: { ...mapping.columns, [key]: e.currentTarget.value || undefined },
                            })
                          }
                          data-testid={`mapping-${key}`}
                        >
                          <option value="">— not in this file —</option>
                          {headers.map((h) => (
                            <option key={h} value={h}>
                              {h}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td class="muted sample">
                        {column
                          ? sample
                              .map((row) => row[column] ?? '')
                              .filter(Boolean)
                              .join(' · ')
                          : ''}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </fieldset>
        );
      })}
      <button type="button" class="primary" onClick={() => onConfirm(mappings)} data-testid="mapping-confirm">
        Preview import
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
