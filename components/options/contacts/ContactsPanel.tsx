import { Pager } from './Pager';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CONTACT_PAGE_SIZE, NO_CONTACT_FILTER, type ContactFilter } from '../../utils/shared/insights/contact-filter';
import type { Account, Contact, Draft } from '../../utils/shared/model';
import { ContactEditor } from './ContactEditor';
import { ContactFilters } from './ContactFilters';
import { MergeContactsBar } from './MergeContactsBar';
import { accountHref } from './use-hash-route';

export interface ContactsApi {
  listContacts(filter: ContactFilter, offset: number, limit: number): Promise<{ contacts: Contact[]; total: number }>;
}
export interface ContactActions {
  save(draft: Draft<Contact>): Promise<boolean>;
  remove(contact: Contact): void;
  /** Moves the duplicate's addresses, touchpoints and tasks to `keep`, then trashes the duplicate. */
  merge(keep: Contact, duplicate: Contact): void;
}

/** How long typing rests before the list is asked again. */
const SEARCH_PAUSE_MS = 150;

/**
 * The contacts of every account, one page at a time (a book can hold 20,000),
 * with search, filters, sort, and edit, delete and merge.
 * `version` changes whenever data changed elsewhere on the page.
 */
export function ContactsPanel({ api, accounts, version, actions }: { api: ContactsApi; accounts: Account[]; version: number; actions: ContactActions }) {
  const [filter, setFilter] = useState<ContactFilter>(NO_CONTACT_FILTER);
  const [offset, setOffset] = useState(0);
  /** The rows shown and where they start: the range label follows what is shown, not what was asked. */
  const [page, setPage] = useState<{ contacts: Contact[]; total: number; offset: number } | null>(null);
  const [error, setError] = useState('');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [selected, setSelected] = useState<Contact[]>([]);
  const asked = useRef(0);

  useEffect(() => {
    const ask = ++asked.current;
    const timer = setTimeout(() => {
      api.listContacts(filter, offset, CONTACT_PAGE_SIZE).then(
        // A slower answer to an older question must not replace a newer one.
        (next) => ask === asked.current && (setPage({ ...next, offset }), setError('')),
        (e: Error) => ask === asked.current && setError(`Could not read your contacts: ${e.message}`),
      );
    }, SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [filter, offset, version]);

  const accountName = new Map(accounts.map((a) => [a.id, a.name]));
  const changeFilter = (next: ContactFilter) => (setFilter(next), setOffset(0));
  const toggle = (contact: Contact, on: boolean) => setSelected(on ? [...selected, contact] : selected.filter((c) => c.id !== contact.id));
  const total = page?.total ?? 0;

  return (
    <section aria-labelledby="contacts-heading">
      <div class="section-head">
        <h2 id="contacts-heading">
          Contacts {page ? <span class="muted">({total.toLocaleString()})</span> : null}
        </h2>
      </div>
      <div class="row-between">
        <ContactFilters filter={filter} accounts={accounts} onChange={changeFilter} />
        <button type="button" onClick={() => setEditing('new')} disabled={!accounts.length} data-testid="new-contact">
          New contact
        </button>
      </div>
      {editing === 'new' && <ContactEditor contact={null} accounts={accounts} accountId={filter.accountId === 'all' ? '' : filter.accountId} onSave={actions.save} onCancel={() => setEditing(null)} />}
      {selected.length === 2 && (
        <MergeContactsBar pair={[selected[0]!, selected[1]!]} onMerge={(keep, duplicate) => (actions.merge(keep, duplicate), setSelected([]))} onCancel={() => setSelected([])} />
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
          {total === 0 && !filter.text.trim() && filter.accountId === 'all' && filter.role === 'all' ? 'No contacts yet.' : 'No contact matches.'}
        </p>
      ) : (
        <table data-testid="contacts-table">
          <caption class="visually-hidden">Contacts</caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">Select to merge</span>
              </th>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Title</th>
              <th scope="col">Role</th>
              <th scope="col">Account</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page.contacts.map((contact) => {
              const isSelected = selected.some((c) => c.id === contact.id);
              return editing === contact.id ? (
                <tr key={contact.id} data-testid="contact-row">
                  <td colSpan={7}>
                    <ContactEditor contact={contact} accounts={accounts} onSave={actions.save} onCancel={() => setEditing(null)} />
                  </td>
                </tr>
              ) : (
                <tr key={contact.id} data-testid="contact-row" class={isSelected ? 'selected' : ''}>
                  <td>
                    <input
                      type="checkbox"
                      checked={isSelected}
                      disabled={!isSelected && selected.length >= 2}
                      onChange={(e) => toggle(contact, e.currentTarget.checked)}
                      aria-label={`Select ${contact.name} to merge`}
                      data-testid="contact-select"
                    />
                  </td>
                  <td>
                    <strong data-testid="contact-name-cell">{contact.name}</strong>
                  </td>
                  <td class="emails">
                    {contact.emails.map((email) => (
                      <div key={email}>{email}</div>
                    ))}
                  </td>
                  <td>{contact.title ?? ''}</td>
                  <td>{contact.role}</td>
                  <td>
                    <a href={accountHref(contact.accountId)}>{accountName.get(contact.accountId) ?? '—'}</a>
                  </td>
                  <td class="row-actions">
                    <button type="button" onClick={() => setEditing(contact.id)} aria-label={`Edit ${contact.name}`} data-testid="edit-contact">
                      Edit
                    </button>{' '}
                    <button type="button" onClick={() => actions.remove(contact)} aria-label={`Delete ${contact.name}`} data-testid="delete-contact">
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {page && (
        <Pager offset={page.offset} shown={page.contacts.length} total={total} size={CONTACT_PAGE_SIZE} label="Contact pages" testId="contacts" onOffset={setOffset} />
      )}
    </section>
  );
}
