import { useState } from 'preact/hooks';
import { TEMPLATES_MAX, type MessageTemplate } from '../../../utils/shared/templates/template';
import { useOptions } from '../options-state';
import { TemplateEditor } from './TemplateEditor';
import { TemplateList } from './TemplateList';
import { TemplatesFile } from './TemplatesFile';
import { useTemplateActions } from './use-template-actions';
import { useTemplates } from './use-templates';

/** The email templates the sidebar offers in a compose window: the list, the editor, and the set as a file. */
export function TemplatesPage() {
  const { api } = useOptions();
  const { list, error, write } = useTemplates(api.templates);
  const actions = useTemplateActions(write);
  /**
   * What the editor is open on (no template: a new one). The template is kept as it was opened, so a change
   * in another page does not close the editor and lose what is being written.
   */
  const [editing, setEditing] = useState<{ template?: MessageTemplate } | null>(null);

  return (
    <section class="templates" aria-labelledby="templates-heading" data-testid="templates-page">
      <div class="section-head">
        <h2 id="templates-heading">Email templates</h2>
        <a href="#/" data-testid="templates-back">
          ← All accounts
        </a>
      </div>
      <p class="muted">
        In a compose window in Gmail or Outlook, the sidebar offers these templates, filled in from the account.
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {list === null && !error && <p class="muted">Loading…</p>}
      {list && editing ? (
        <TemplateEditor
          key={editing.template?.id ?? 'new'}
          template={editing.template}
          onSave={actions.save}
          onClose={() => setEditing(null)}
        />
      ) : (
        list && (
          <>
            <div class="templates-toolbar">
              <button
                type="button"
                class="primary"
                onClick={() => setEditing({})}
                disabled={list.length >= TEMPLATES_MAX}
                title={list.length >= TEMPLATES_MAX ? `A set holds at most ${TEMPLATES_MAX} templates.` : undefined}
                data-testid="template-new"
              >
                New template
              </button>
              <button type="button" onClick={() => void actions.restoreStarters()} data-testid="templates-starters">
                Restore the starter set
              </button>
              <TemplatesFile list={list} write={write} />
            </div>
            <TemplateList templates={list} onEdit={(template) => setEditing({ template })} onDelete={actions.remove} />
          </>
        )
      )}
    </section>
  );
}
