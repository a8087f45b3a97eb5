import type { Contact } from '../../../utils/shared/model';

/** The account's contacts by name, with their titles, roles and addresses. */
export function AccountContacts({ contacts }: { contacts: Contact[] }) {
  return (
    <section class="block" aria-labelledby="account-contacts-heading">
      <h3 id="account-contacts-heading">
        Contacts {contacts.length > 0 && <span class="count">{contacts.length}</span>}
      </h3>
      {contacts.length === 0 ? (
        <p class="muted">No contacts yet.</p>
      ) : (
        <ul class="items" data-testid="account-contacts">
          {[...contacts]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((c) => (
              <li key={c.id}>
                <strong>{c.name}</strong> <span class="muted">{[c.title, c.role].filter(Boolean).join(', ')}</span>
                <div class="muted">{c.emails.join(', ')}</div>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
