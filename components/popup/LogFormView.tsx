import { addDays, toLocalDate } from '../../utils/shared/dates';
import { QUICK_DUE, type FormErrors, type LogForm } from '../../utils/shared/insights/log-form';
import { DIRECTIONS, SENTIMENTS, TOUCHPOINT_KINDS, type TouchpointKind } from '../../utils/shared/model';

export const KIND_KEYS: Record<string, TouchpointKind> = { c: 'call', m: 'meeting', e: 'email', n: 'note', v: 'visit' };
const KIND_LABEL: Record<TouchpointKind, string> = {
  call: 'Call',
  meeting: 'Meeting',
  email: 'Email',
  note: 'Note',
  visit: 'Visit',
};

/** The log form's fields. Errors show next to their field. */
export function LogFormView({
  form,
  errors,
  now,
  onChange,
  onSubmit,
}: {
  form: LogForm;
  errors: FormErrors;
  now: Date;
  onChange: (next: LogForm) => void;
  onSubmit: () => void;
}) {
  const set = (patch: Partial<LogForm>) => onChange({ ...form, ...patch });
  const setFollowUp = (patch: Partial<LogForm['followUp']>) => set({ followUp: { ...form.followUp, ...patch } });
  return (
    <form class="log-form" onSubmit={(e) => (e.preventDefault(), onSubmit())} aria-label="Log a touchpoint">
      <fieldset class="kinds">
        <legend>Kind</legend>
        {TOUCHPOINT_KINDS.map((kind) => (
          <label key={kind} class={form.kind === kind ? 'kind on' : 'kind'}>
            <input
              type="radio"
              name="kind"
              value={kind}
              checked={form.kind === kind}
              onChange={() => set({ kind })}
              data-testid={`kind-${kind}`}
            />
            {KIND_LABEL[kind]} <kbd aria-hidden="true">Alt+{kind[0]!.toUpperCase()}</kbd>
          </label>
        ))}
      </fieldset>
      <div class="row">
        <label>
          Direction
          <select
            value={form.direction}
            onChange={(e) => set({ direction: e.currentTarget.value as LogForm['direction'] })}
          >
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <label>
          When
          <input
            type="datetime-local"
            value={form.when}
            onInput={(e) => set({ when: e.currentTarget.value })}
            aria-invalid={!!errors.when}
            data-testid="when"
          />
        </label>
        <label>
          Sentiment
          <select
            value={form.sentiment}
            onChange={(e) => set({ sentiment: e.currentTarget.value as LogForm['sentiment'] })}
            data-testid="sentiment"
          >
            {SENTIMENTS.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      {errors.when && <p class="field-error">{errors.when}</p>}
      <label>
        Summary
        <textarea
          id="summary"
          rows={3}
          value={form.summary}
          onInput={(e) => set({ summary: e.currentTarget.value })}
          aria-invalid={!!errors.summary}
          placeholder="What happened (Ctrl+Enter saves)"
          data-testid="summary"
        />
      </label>
      {errors.summary && <p class="field-error">{errors.summary}</p>}
      <label class="inline">
        <input
          type="checkbox"
          checked={form.followUp.enabled}
          onChange={(e) => setFollowUp({ enabled: e.currentTarget.checked })}
          data-testid="follow-up"
        />
        Add a follow-up
      </label>
      {form.followUp.enabled && (
        <div class="follow-up">
          <input
            value={form.followUp.title}
            onInput={(e) => setFollowUp({ title: e.currentTarget.value })}
            placeholder="Follow-up"
            aria-label="Follow-up"
            data-testid="follow-up-title"
          />
          <input
            type="date"
            value={form.followUp.due}
            onInput={(e) => setFollowUp({ due: e.currentTarget.value })}
            aria-label="Due"
            data-testid="follow-up-due"
          />
          {QUICK_DUE.map((pick) => (
            <button
              key={pick.label}
              type="button"
              class={form.followUp.due === addDays(toLocalDate(now), pick.days) ? 'chip on' : 'chip'}
              onClick={() => setFollowUp({ due: addDays(toLocalDate(now), pick.days) })}
            >
              {pick.label}
            </button>
          ))}
        </div>
      )}
      {errors.followUp && <p class="field-error">{errors.followUp}</p>}
      <button type="submit" class="primary" data-testid="save">
        Save <kbd>Ctrl+Enter</kbd>
      </button>
    </form>
  );
}
