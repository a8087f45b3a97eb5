import { CONTACT_ROLES, type Account } from '../../../utils/shared/model';
import type { ContactFilter } from '../../../utils/shared/insights/contact-filter';

/** Search, filters and sort for the contacts list. */
export function ContactFilters({
  filter,
  accounts,
  onChange,
}: {
  filter: ContactFilter;
  accounts: Account[];
  onChange: (next: ContactFilter) => void;
}) {
  const set = (patch: Partial<ContactFilter>) => onChange({ ...filter, ...patch });
  return (
    <div class="filters" role="search" aria-label="Filter contacts">
      <input
        type="search"
        placeholder="Search name, email, title or account"
        value={filter.text}
        onInput={(e) => set({ text: e.currentTarget.value })}
        aria-label="Search contacts"
        data-testid="contact-search"
      />
      <select
        value={filter.accountId}
        onChange={(e) => set({ accountId: e.currentTarget.value })}
        aria-label="Account"
        data-testid="contact-account-filter"
      >
        <option value="all">All accounts</option>
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <select
        value={filter.role}
        onChange={(e) => set({ role: e.currentTarget.value as ContactFilter['role'] })}
        aria-label="Role"
        data-testid="contact-role-filter"
      >
        <option value="all">All roles</option>
        {CONTACT_ROLES.map((r) => (
          <option key={r}>{r}</option>
        ))}
      </select>
      <select
        value={filter.sort}
        onChange={(e) => set({ sort: e.currentTarget.value as ContactFilter['sort'] })}
        aria-label="Sort contacts by"
        data-testid="contact-sort"
      >
        <option value="name">Sort by name</option>
        <option value="account">Sort by account</option>
        <option value="updated">Recently changed first</option>
      </select>
    </div>
  );
}
