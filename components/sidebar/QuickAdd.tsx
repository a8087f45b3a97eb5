import { useState } from 'preact/hooks';
import { addDays, toLocalDate } from '../../utils/shared/dates';
import { SEVERITIES, type Severity } from '../../utils/shared/model';

export type QuickAddKind = 'note' | 'task' | 'issue';
export type QuickAddValue =
  | { kind: 'note'; text: string }
  | { kind: 'task'; title: string; due: string }
  | { kind: 'issue'; title: string; severity: Severity };

/** A small inline form for a note, a follow-up task or an issue. Enter saves, Escape cancels. */
export function QuickAdd({
  kind,
  today,
  onSubmit,
  onCancel,
}: {
  kind: QuickAddKind;
  today: Date;
  onSubmit: (value: QuickAddValue) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  const [due, setDue] = useState(addDays(toLocalDate(today), 3));
  const [severity, setSeverity] = useState<Severity>('medium');
  const [error, setError] = useState('');
  const label = { note: 'Note', task: 'Follow-up task', issue: 'Issue' }[kind];

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return setError(`${label} cannot be empty.`);
    const value: QuickAddValue =
      kind === 'note' ? { kind, text } : kind === 'task' ? { kind, title: text, due } : { kind, title: text, severity };
    if (await onSubmit(value)) onCancel();
  };

  return (
    <form
      class="quick-add"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      aria-label={`Add ${label.toLowerCase()}`}
    >
      <label>
        {label}
        {kind === 'note' ? (
          <textarea
            rows={3}
            value={text}
            onInput={(e) => (setText(e.currentTarget.value), setError(''))}
            autoFocus
            data-testid="quick-add-text"
          />
        ) : (
          <input
            value={text}
            onInput={(e) => (setText(e.currentTarget.value), setError(''))}
            autoFocus
            data-testid="quick-add-text"
          />
        )}
      </label>
      {kind === 'task' && (
        <label>
          Due
          <input type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} required />
        </label>
      )}
      {kind === 'issue' && (
        <label>
          Severity
          <select value={severity} onChange={(e) => setSeverity(e.currentTarget.value as Severity)}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary">
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
