import type { Directory } from '../match/resolve';
import type { Account, Contact } from '../model';
import { listLive } from './reads';
import type { LensDB } from './schema';

/** Every live account by id and by domain: a few thousand small records, read in one request. */
export interface AccountIndex {
  byId: ReadonlyMap<string, Account>;
  byDomain: ReadonlyMap<string, Account>;
}

export async function loadAccountIndex(db: LensDB): Promise<AccountIndex> {
  const byId = new Map<string, Account>();
  const byDomain = new Map<string, Account>();
  // Records come in id order; the first account with a domain keeps it, as the byDomain index would answer.
  for (const account of await listLive(db, 'accounts')) {
    byId.set(account.id, account);
    for (const domain of account.domains) if (!byDomain.has(domain)) byDomain.set(domain, account);
  }
  return { byId, byDomain };
}

/**
 * Exact lookups straight from the IndexedDB indexes, in one read transaction
 * per call: nothing here waits for an in-memory index to be built. Given an
 * account index that is already loaded, accounts come from it instead: each
 * IndexedDB request costs a round trip to the browser, and accounts are few,
 * so resolution then reads contacts only.
 */
export function dbDirectory(db: LensDB, accounts?: AccountIndex): Directory {
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
      if (accounts) return pick(domains, accounts.byDomain);
      const index = db.transaction('accounts').store.index('byDomain');
      const found = await Promise.all(domains.map((d) => index.getAll(d)));
      return collectFirstLive(domains, found);
    },
    async accountsById(ids) {
      if (accounts) return pick(ids, accounts.byId);
      const store = db.transaction('accounts').store;
      const found = await Promise.all(ids.map((id) => store.get(id)));
      const result = new Map<string, Account>();
      found.forEach((a) => a && !a.deletedAt && result.set(a.id, a));
      return result;
    },
  };
}

function pick(keys: string[], from: ReadonlyMap<string, Account>): Map<string, Account> {
  const result = new Map<string, Account>();
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
