import type { Directory } from '../match/resolve';
import type { Account, Contact } from '../model';
import type { LensDB } from './schema';

/**
 * Exact lookups straight from the IndexedDB indexes, in one read transaction
 * per call: nothing here waits for an in-memory index to be built.
 */
export function dbDirectory(db: LensDB): Directory {
  return {
    async contactsByEmail(emails) {
      const index = db.transaction('contacts').store.index('byEmail');
      const found = await Promise.all(emails.map((e) => index.getAll(e)));
      return collectFirstLive(emails, found);
    },
    async contactsByName(names) {
      const index = db.transaction('contacts').store.index('byName');
      const found = await Promise.all(names.map((n) => index.getAll(n)));
      return new Map(names.map((n, i) => [n, found[i]!.filter((c) => !c.deletedAt)]));
    },
    async accountsByDomain(domains) {
      const index = db.transaction('accounts').store.index('byDomain');
      const found = await Promise.all(domains.map((d) => index.getAll(d)));
      return collectFirstLive(domains, found);
    },
    async accountsById(ids) {
      const store = db.transaction('accounts').store;
      const found = await Promise.all(ids.map((id) => store.get(id)));
      const result = new Map<string, Account>();
      found.forEach((a) => a && !a.deletedAt && result.set(a.id, a));
      return result;
    },
  };
}

function collectFirstLive<T extends Account | Contact>(keys: string[], found: T[][]): Map<string, T> {
  const result = new Map<string, T>();
  keys.forEach((key, i) => {
    const live = found[i]!.find((r) => !r.deletedAt);
    if (live) result.set(key, live);
  });
  return result;
}
