import { useEffect, useState } from 'preact/hooks';
import type { AccountView } from '../../utils/shared/insights/account-view';
import {
  renderTemplate,
  TEMPLATE_VARIABLES,
  placeholderKey,
  typedValue,
  type MessageTemplate,
  type TemplateVariable,
} from '../../utils/shared/templates/template';
import { templateValues } from '../../utils/shared/templates/values';

export interface TemplatePickerProps {
  templates: MessageTemplate[];
  /** The accounts among the draft's recipients, most central first. */
  views: AccountView[];
  now: Date;
  /** Puts the filled text into the draft; resolves once the editor kept it (a failure is shown by the caller). */
  onInsert: (template: MessageTemplate, text: { subject: string; body: string }) => Promise<boolean>;
}

/**
 * "Write from a template", in a compose with a client among its recipients: pick one, see it filled in from
 * the account's records, fill what the records lack, insert. Variables with no value are flagged here, before
 * anything reaches the draft, and nothing is inserted as a raw placeholder.
 */
export function TemplatePicker({ templates, views, now, onInsert }: TemplatePickerProps) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [accountId, setAccountId] = useState(views[0]?.id);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const chosen = templates.find((t) => t.id === chosenId);
  const view = views.find((v) => v.id === accountId) ?? views[0];
  useEffect(() => setTyped({}), [chosenId, view?.id]);
  if (!templates.length || !view) return null;

  const values = templateValues(view, now);
  // Flagged from the records alone: a field stays while the user types into it.
  const bare = chosen && renderTemplate(chosen, values);
  const flagged = bare ? [...bare.missing, ...bare.unknown] : [];
  const rendered = chosen && renderTemplate(chosen, values, typed);
  const unfilled = flagged.filter((name) => !typedValue(typed, placeholderKey(name)));

  return (
    <details class="templates" open data-testid="templates">
      <summary>Write from a template</summary>
      {!chosen && (
        <ul class="template-list" aria-label="Templates">
          {templates.map((t) => (
            <li key={t.id}>
              <button type="button" class="link" onClick={() => setChosenId(t.id)} data-testid="template-choice">
                {t.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen && rendered && (
        <form
          class="template-preview"
          aria-label={`Preview: ${chosen.name}`}
          onSubmit={(event) => {
            event.preventDefault();
            void onInsert(chosen, { subject: rendered.subject, body: rendered.body }).then(
              (done) => done && setChosenId(null),
            );
          }}
        >
          <p class="template-name">
            <strong>{chosen.name}</strong>
          </p>
          {views.length > 1 && (
            <label>
              For{' '}
              <select value={view.id} onChange={(e) => setAccountId((e.target as HTMLSelectElement).value)}>
                {views.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {flagged.length > 0 && (
            <fieldset class="template-missing" data-testid="template-missing">
              <legend>
                {unfilled.length
                  ? `No value in ${view.name}'s records for ${unfilled.length === 1 ? 'this' : `these ${unfilled.length}`}: type one, or leave it out.`
                  : 'Filled in by you:'}
              </legend>
              {flagged.map((name) => (
                <label key={name}>
                  <span>{labelOf(name)}</span>
                  <input
                    value={Object.hasOwn(typed, placeholderKey(name)) ? typed[placeholderKey(name)] : ''}
                    onInput={(e) =>
                      setTyped({ ...typed, [placeholderKey(name)]: (e.target as HTMLInputElement).value })
                    }
                    data-variable={name}
                  />
                </label>
              ))}
            </fieldset>
          )}
          {rendered.subject && (
            <p class="template-subject muted" data-testid="template-subject">
              Subject (if the draft has none): {rendered.subject}
            </p>
          )}
          <pre class="template-body" data-testid="template-body">
            {rendered.body}
          </pre>
          <div class="row">
            <button type="submit" class="primary" data-testid="template-insert">
              {unfilled.length ? `Insert, leaving ${unfilled.length} out` : 'Insert'}
            </button>
            <button type="button" onClick={() => setChosenId(null)}>
              Back
            </button>
          </div>
        </form>
      )}
    </details>
  );
}

/** A known variable's label; a placeholder that names none shows as written. */
function labelOf(name: string): string {
  return Object.hasOwn(TEMPLATE_VARIABLES, name) ? TEMPLATE_VARIABLES[name as TemplateVariable].label : `{{${name}}}`;
}
