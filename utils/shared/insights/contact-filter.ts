import type { Contact, ContactRole } from '../model';

export interface ContactFilter {
  /** Words that must all appear in the name, an address, the title or the account's name. */
  text: string;
  accountId: string | 'all';
  role: ContactRole | 'all';
  sort: 'name' | 'account' | 'updated';
}

export const NO_CONTACT_FILTER: ContactFilter = { text: '', accountId: 'all', role: 'all', sort: 'name' };

/** How many rows the contacts list shows at once: a book can hold 20,000 contacts. */
export const CONTACT_PAGE_SIZE = 50;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The contacts list as filtered and sorted on the options page. `accountNames` maps account id to name. */
export function filterContacts(
  contacts: Contact[],
  accountNames: ReadonlyMap<string, string>,
  filter: ContactFilter,
): Contact[] {
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = contacts.filter((c) => {
    if (filter.accountId !== 'all' && c.accountId !== filter.accountId) return false;
    if (filter.role !== 'all' && c.role !== filter.role) return false;
    if (!words.length) return true;
    const haystack = [c.name, c.title ?? '', accountNames.get(c.accountId) ?? '', ...c.emails].join('\n').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  const byName = (a: Contact, b: Contact) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  if (filter.sort === 'account')
    return shown.sort(
      (a, b) =>
        collator.compare(accountNames.get(a.accountId) ?? '', accountNames.get(b.accountId) ?? '') || byName(a, b),
    );
  if (filter.sort === 'updated') return shown.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || byName(a, b));
  return shown.sort(byName);
}
