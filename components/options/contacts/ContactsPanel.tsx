import { useState } from 'preact/hooks';
import {
  CONTACT_PAGE_SIZE,
  NO_CONTACT_FILTER,
  type ContactFilter,
} from '../../../utils/shared/insights/contact-filter';
import type { Contact } from '../../../utils/shared/model';
import { useOptions } from '../options-state';
import { Pager } from '../Pager';
import { ContactEditor } from './ContactEditor';
import { ContactFilters } from './ContactFilters';
import { ContactsTable } from './ContactsTable';
import { MergeContactsBar } from './MergeContactsBar';
import { useContactActions } from './use-contact-actions';
import { useContactsPage } from './use-contacts-page';

/**
 * The contacts of every account, one page at a time (a book can hold 20,000),
 * with search, filters, sort, and edit, delete and merge. The page is read
 * again whenever data changed elsewhere on the options page.
 */
export function ContactsPanel() {
  const { api, state } = useOptions();
  const actions = useContactActions();
  const accounts = state.accounts.list.value ?? [];
  const [filter, setFilter] = useState<ContactFilter>(NO_CONTACT_FILTER);
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [selected, setSelected] = useState<Contact[]>([]);
  const { page, error } = useContactsPage(api.background, filter, offset, state.version.value);

  const changeFilter = (next: ContactFilter) => (setFilter(next), setOffset(0));
  const toggle = (contact: Contact, on: boolean) =>
    setSelected(on ? [...selected, contact] : selected.filter((c) => c.id !== contact.id));
  const total = page?.total ?? 0;

  return (
    <section aria-labelledby="contacts-heading">
      <div class="section-head">
        <h2 id="contacts-heading">Contacts {page ? <span class="muted">({total.toLocaleString()})</span> : null}</h2>
      </div>
      <div class="row-between">
        <ContactFilters filter={filter} accounts={accounts} onChange={changeFilter} />
        <button type="button" onClick={() => setEditing('new')} disabled={!accounts.length} data-testid="new-contact">
          New contact
        </button>
      </div>
      {editing === 'new' && (
        <ContactEditor
          contact={null}
          accounts={accounts}
          accountId={filter.accountId === 'all' ? '' : filter.accountId}
          onSave={actions.save}
          onCancel={() => setEditing(null)}
        />
      )}
      {selected.length === 2 && (
        <MergeContactsBar
          pair={[selected[0]!, selected[1]!]}
          onMerge={(keep, duplicate) => (actions.merge(keep, duplicate), setSelected([]))}
          onCancel={() => setSelected([])}
        />
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {page === null ? (
        <p class="muted">Loading…</p>
      ) : page.contacts.length === 0 ? (
        <p class="muted" data-testid="no-contacts">
          {total === 0 && !filter.text.trim() && filter.accountId === 'all' && filter.role === 'all'
            ? 'No contacts yet.'
            : 'No contact matches.'}
        </p>
      ) : (
        <ContactsTable
          contacts={page.contacts}
          accounts={accounts}
          selected={selected}
          editing={editing}
          actions={actions}
          onSelect={toggle}
          onEditing={setEditing}
        />
      )}
      {page && (
        <Pager
          offset={page.offset}
          shown={page.contacts.length}
          total={total}
          size={CONTACT_PAGE_SIZE}
          label="Contact pages"
          testId="contacts"
          onOffset={setOffset}
        />
      )}
    </section>
  );
}
