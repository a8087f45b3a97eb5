import { personNameKey } from '../../shared/match/normalize';
import type { Directory } from '../../shared/match/resolve';
import type { Account, Contact } from '../../shared/model';
import { exportPage } from './export-page';
import type { LensDB, LensSchema } from './schema';

/**
 * Every live account by id and by domain, and every live contact by address and by name: what resolution
 * looks up, held in memory so a page's people resolve without a round trip to IndexedDB per address,
 * and what the contacts list filters (reading 20,000 contacts per keystroke would be too slow).
 */
export interface DirectoryIndex {
  /** Live contacts in id order, for the contacts list. */
  contacts: readonly Contact[];
  byId: ReadonlyMap<string, Account>;
  byDomain: ReadonlyMap<string, Account>;
  contactsByEmail: ReadonlyMap<string, Contact>;
  /** By `personNameKey` of the name: "Lena Fischer", "Fischer, Lena" and "Dr. Léna M. Fischer" share one key. */
  contactsByName: ReadonlyMap<string, Contact[]>;
}

/**
 * Read a page at a time, each page its own transaction: a page's people arriving meanwhile are read between two
 * pages instead of behind 20,000 records. A write between pages makes no mix: it drops the directory being loaded
 * (`TabMemo` keeps it only for the data it was started on).
 */
export async function loadDirectoryIndex(db: LensDB): Promise<DirectoryIndex> {
  const [accounts, contacts] = [await readPaged(db, 'accounts'), await readPaged(db, 'contacts')];
  const byId = new Map<string, Account>();
  const byDomain = new Map<string, Account>();
  // Records come in id order; the first live record with a key keeps it, as the IndexedDB indexes would answer.
  for (const account of accounts) {
    if (account.deletedAt) continue;
    byId.set(account.id, account);
    for (const domain of account.domains) if (!byDomain.has(domain)) byDomain.set(domain, account);
  }
  const live = contacts.filter((c) => !c.deletedAt);
  const contactsByEmail = new Map<string, Contact>();
  const contactsByName = new Map<string, Contact[]>();
  for (const contact of live) {
    for (const email of contact.emails) if (!contactsByEmail.has(email)) contactsByEmail.set(email, contact);
    const nameKey = personNameKey(contact.name);
    if (nameKey) contactsByName.set(nameKey, [...(contactsByName.get(nameKey) ?? []), contact]);
  }
  return { contacts: live, byId, byDomain, contactsByEmail, contactsByName };
}

const DIRECTORY_PAGE = 2000;

async function readPaged<S extends 'accounts' | 'contacts'>(db: LensDB, store: S) {
  const all: LensSchema[S]['value'][] = [];
  for (let after: string | undefined; ;) {
    const page = await exportPage(db, store, after, DIRECTORY_PAGE);
    all.push(...(page.records as LensSchema[S]['value'][]));
    if (!page.next) return all;
    after = page.next;
  }
}

/**
 * Exact lookups straight from the IndexedDB indexes, in one read transaction
 * per call: nothing here waits for an in-memory index to be built. Given a
 * directory index that is already loaded, everything comes from it instead:
 * each IndexedDB request costs a round trip to the browser.
 *
 * Names are the exception: they are matched by `personNameKey` (case, accents, order, titles), which no
 * IndexedDB index holds, so a lookup by name waits for the directory (`loadForNames`, by default loaded here).
 * Only pages that show someone by name alone ask for it.
 */
export function dbDirectory(
  db: LensDB,
  loaded?: DirectoryIndex,
  loadForNames: () => Promise<DirectoryIndex> = () => loadDirectoryIndex(db),
): Directory {
  return {
    async contactsByEmail(emails) {
      if (loaded) return pick(emails, loaded.contactsByEmail);
      const index = db.transaction('contacts').store.index('byEmail');
      const found = await Promise.all(emails.map((e) => index.getAll(e)));
      return collectFirstLive(emails, found);
    },
    async contactsByName(nameKeys) {
      const directory = loaded ?? (await loadForNames());
      return new Map(nameKeys.map((k) => [k, directory.contactsByName.get(k) ?? []]));
    },
    async accountsByDomain(domains) {
      if (loaded) return pick(domains, loaded.byDomain);
      const index = db.transaction('accounts').store.index('byDomain');
      const found = await Promise.all(domains.map((d) => index.getAll(d)));
      return collectFirstLive(domains, found);
    },
    async accountsById(ids) {
      if (loaded) return pick(ids, loaded.byId);
      const store = db.transaction('accounts').store;
      const found = await Promise.all(ids.map((id) => store.get(id)));
      const result = new Map<string, Account>();
      found.forEach((a) => a && !a.deletedAt && result.set(a.id, a));
      return result;
    },
  };
}

function pick<T>(keys: string[], from: ReadonlyMap<string, T>): Map<string, T> {
  const result = new Map<string, T>();
  for (const key of keys) {
    const account = from.get(key);
    if (account) result.set(key, account);
  }
  return result;
}

function collectFirstLive<T extends Account | Contact>(keys: string[], found: T[][]): Map<string, T> {
  const result = new Map<string, T>();
  keys.forEach((key, i) => {
    const live = found[i]!.find((r) => !r.deletedAt);
    if (live) result.set(key, live);
  });
  return result;
}
