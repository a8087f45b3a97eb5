import type { Account, Contact } from '../../../utils/shared/model';
import { accountHref } from '../use-hash-route';
import { ContactEditor } from './ContactEditor';
import type { ContactActions } from './use-contact-actions';

/** One page of contacts: a row is chosen for merging with its checkbox (two at most), or edited in place. */
export function ContactsTable({
  contacts,
  accounts,
  selected,
  editing,
  actions,
  onSelect,
  onEditing,
}: {
  contacts: Contact[];
  accounts: Account[];
  selected: Contact[];
  editing: string | null;
  actions: ContactActions;
  onSelect: (contact: Contact, on: boolean) => void;
  onEditing: (id: string | null) => void;
}) {
  const accountName = new Map(accounts.map((a) => [a.id, a.name]));
  return (
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
        {contacts.map((contact) => {
          const isSelected = selected.some((c) => c.id === contact.id);
          return editing === contact.id ? (
            <tr key={contact.id} data-testid="contact-row">
              <td colSpan={7}>
                <ContactEditor
                  contact={contact}
                  accounts={accounts}
                  onSave={actions.save}
                  onCancel={() => onEditing(null)}
                />
              </td>
            </tr>
          ) : (
            <tr key={contact.id} data-testid="contact-row" class={isSelected ? 'selected' : ''}>
              <td>
                <input
                  type="checkbox"
                  checked={isSelected}
                  disabled={!isSelected && selected.length >= 2}
                  onChange={(e) => onSelect(contact, e.currentTarget.checked)}
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
                <button
                  type="button"
                  onClick={() => onEditing(contact.id)}
                  aria-label={`Edit ${contact.name}`}
                  data-testid="edit-contact"
                >
                  Edit
                </button>{' '}
                <button
                  type="button"
                  onClick={() => actions.remove(contact)}
                  aria-label={`Delete ${contact.name}`}
                  data-testid="delete-contact"
                >
                  Delete
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
