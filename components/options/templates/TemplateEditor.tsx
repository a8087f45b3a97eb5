import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { MessageTemplate, TemplateVariable } from '../../../utils/shared/templates/template';
import { useOptions } from '../options-state';
import { draftProblems, templateFromDraft, type TemplateDraft } from './template-form';
import { TemplatePreview } from './TemplatePreview';
import { VariableButtons } from './VariableButtons';

type TextField = 'subject' | 'body';

/** Writes or edits one template, with its variables one click away and a live preview on an account. */
export function TemplateEditor({
  template,
  onSave,
  onClose,
}: {
  /** The template edited; none for a new one. */
  template?: MessageTemplate;
  onSave: (template: MessageTemplate) => Promise<boolean>;
  onClose: () => void;
}) {
  const { api } = useOptions();
  const [draft, setDraft] = useState<TemplateDraft>({
    name: template?.name ?? '',
    subject: template?.subject ?? '',
    body: template?.body ?? '',
  });
  /** Field errors show from the first attempt to save on, then follow the typing. */
  const [tried, setTried] = useState(false);
  const subject = useRef<HTMLInputElement>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  /** The text field a variable goes into: the one last focused, the body at first. */
  const target = useRef<TextField>('body');
  /** Where to put the cursor back once an inserted variable is drawn. */
  const caret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const field = target.current === 'subject' ? subject.current : body.current;
    if (caret.current === null || !field) return;
    field.focus();
    field.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  const problems = draftProblems(draft);
  const fieldError = (field: keyof TemplateDraft) => (tried ? problems.fields[field] : undefined);
  const set = (field: keyof TemplateDraft, value: string) => setDraft({ ...draft, [field]: value });
  const insert = (name: TemplateVariable) => {
    const field = target.current === 'subject' ? subject.current : body.current;
    const value = draft[target.current];
    const start = field?.selectionStart ?? value.length;
    const end = field?.selectionEnd ?? start;
    const token = `{{${name}}}`;
    caret.current = start + token.length;
    set(target.current, `${value.slice(0, start)}${token}${value.slice(end)}`);
  };
  /** One save at a time: a second click on a new template would store it twice, under two ids. */
  const saving = useRef(false);
  const save = async (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (saving.current || Object.keys(problems.fields).length || problems.unknown.length) return;
    saving.current = true;
    const saved = await onSave(templateFromDraft(draft, template?.id, api.now()));
    saving.current = false;
    if (saved) onClose();
  };

  return (
    <div class="template-editor-layout">
      <form class="template-editor" onSubmit={(e) => void save(e)} data-testid="template-editor" noValidate>
        <h3>{template ? `Edit “${template.name}”` : 'New template'}</h3>
        <Field label="Name" error={fieldError('name')} id="template-name">
          <input
            id="template-name"
            value={draft.name}
            onInput={(e) => set('name', e.currentTarget.value)}
            aria-invalid={!!fieldError('name')}
            aria-describedby={fieldError('name') ? 'template-name-error' : undefined}
            data-testid="template-name"
          />
        </Field>
        <Field label="Subject" error={fieldError('subject')} id="template-subject">
          <input
            id="template-subject"
            ref={subject}
            value={draft.subject}
            onInput={(e) => set('subject', e.currentTarget.value)}
            onFocus={() => (target.current = 'subject')}
            aria-invalid={!!fieldError('subject')}
            aria-describedby={fieldError('subject') ? 'template-subject-error' : undefined}
            data-testid="template-subject"
          />
        </Field>
        <p class="variables-hint muted">Insert a variable where the cursor is (in the subject or the body):</p>
        <VariableButtons onInsert={insert} />
        <Field label="Body" error={fieldError('body')} id="template-body">
          <textarea
            id="template-body"
            ref={body}
            rows={14}
            value={draft.body}
            onInput={(e) => set('body', e.currentTarget.value)}
            onFocus={() => (target.current = 'body')}
            aria-invalid={!!fieldError('body')}
            aria-describedby={fieldError('body') ? 'template-body-error' : undefined}
            data-testid="template-body"
          />
        </Field>
        {problems.unknown.length > 0 && (
          <ul class="unknown-placeholders" role="alert" data-testid="template-unknown">
            {problems.unknown.map((name) => (
              <li key={name} class="field-error">
                {`{{${name}}}`} is not a variable: correct it, or use the buttons above to insert one. A template with
                it cannot be saved.
              </li>
            ))}
          </ul>
        )}
        <p>
          <button type="submit" class="primary" data-testid="template-save">
            Save
          </button>{' '}
          <button type="button" onClick={onClose} data-testid="template-cancel">
            Cancel
          </button>
        </p>
      </form>
      <TemplatePreview draft={draft} />
    </div>
  );
}

function Field({
  label,
  error,
  id,
  children,
}: {
  label: string;
  error?: string;
  id: string;
  children: ComponentChildren;
}) {
  return (
    <div class="template-field">
      <label for={id}>{label}</label>
      {children}
      {error && (
        <span class="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
