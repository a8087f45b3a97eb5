import { useState } from 'preact/hooks';
import type { AccountBundle } from '../../../utils/shared/model';
import { buildAccountView } from '../../../utils/shared/insights/account-view';
import {
  renderTemplate,
  TEMPLATE_VARIABLE_NAMES,
  TEMPLATE_VARIABLES,
  type RenderedTemplate,
} from '../../../utils/shared/templates/template';
import { templateValues } from '../../../utils/shared/templates/values';
import { useAccountBundle } from '../account-page/use-account-bundle';
import { useOptions } from '../options-state';
import type { TemplateDraft } from './template-form';

/** Enough touchpoints for the last and next meetings of any account. */
const TOUCHPOINTS_READ = 200;
/** Without an account, each placeholder shows which variable it is. */
const LABELS = Object.fromEntries(TEMPLATE_VARIABLE_NAMES.map((name) => [name, `[${TEMPLATE_VARIABLES[name].label}]`]));

/** The draft as it would read for one account of the book, as plain text; variables it has no value for are flagged. */
export function TemplatePreview({ draft }: { draft: TemplateDraft }) {
  const { state } = useOptions();
  const [accountId, setAccountId] = useState('');
  const accounts = [...(state.accounts.list.value ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const chosen = accounts.some((a) => a.id === accountId) ? accountId : '';
  return (
    <aside class="template-preview" aria-labelledby="template-preview-heading" data-testid="template-preview">
      <h3 id="template-preview-heading">Preview</h3>
      <label>
        Account{' '}
        <select
          value={chosen}
          onChange={(e) => setAccountId(e.currentTarget.value)}
          disabled={!accounts.length}
          data-testid="preview-account"
        >
          <option value="">{accounts.length ? 'No account: show the variables' : 'No accounts in your book'}</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      {chosen ? (
        <PreviewOnAccount key={chosen} id={chosen} draft={draft} />
      ) : (
        <RenderedText rendered={renderTemplate(draft, LABELS)} />
      )}
    </aside>
  );
}

/** The draft filled from one account's records, written as if to one of its contacts (for the first name). */
function PreviewOnAccount({ id, draft }: { id: string; draft: TemplateDraft }) {
  const { api, state } = useOptions();
  const [toId, setToId] = useState<string | undefined>(undefined);
  const { bundle, error } = useAccountBundle(api.background, id, TOUCHPOINTS_READ, state.version.value);
  const settings = state.settings.current.value;
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (bundle === undefined || !settings) return <p class="muted">Loading…</p>;
  if (bundle === null) return <p class="muted">This account is no longer in your book.</p>;
  const contacts = bundle.contacts.filter((c) => !c.deletedAt);
  const to = contacts.find((c) => c.id === (toId ?? contacts[0]?.id));
  const now = api.now();
  const view = buildAccountView(
    { account: bundle.account, people: to ? [recipient(to)] : [], reasons: [] },
    bundle,
    settings.cadenceDays,
    now,
  );
  const rendered = renderTemplate(draft, templateValues(view, now, {}));
  return (
    <>
      {contacts.length > 0 && (
        <label>
          Written to{' '}
          <select value={to?.id ?? ''} onChange={(e) => setToId(e.currentTarget.value)} data-testid="preview-to">
            {contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            <option value="">Nobody of the account</option>
          </select>
        </label>
      )}
      <RenderedText rendered={rendered} />
      {rendered.missing.length > 0 && (
        <ul class="preview-missing" data-testid="preview-missing">
          {rendered.missing.map((name) => (
            <li key={name}>No value for {TEMPLATE_VARIABLES[name].label} on this account</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The contact as a person in the draft's To, the way the sidebar sees one. */
function recipient(contact: AccountBundle['contacts'][number]) {
  return { email: contact.emails[0], name: contact.name, role: 'to' as const, contact, reason: 'email' as const };
}

/** Subject and body as text nodes: whatever a template or a record holds is never read as markup. */
function RenderedText({ rendered }: { rendered: RenderedTemplate }) {
  return (
    <div class="preview-text">
      <p class="preview-subject" data-testid="preview-subject">
        <span class="muted">Subject: </span>
        {rendered.subject}
      </p>
      <pre class="preview-body" data-testid="preview-body">
        {rendered.body}
      </pre>
    </div>
  );
}
