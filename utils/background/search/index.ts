import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Account, AnyRecord, Contact, StoreName } from '../../shared/model';
import { GramIndex } from './grams';

import type { SearchHit } from '../../protocol/wire';

export type { SearchHit } from '../../protocol/wire';

interface AccountDoc {
  id: string;
  name: string;
  domains: string[];
  tags: string[];
}
interface ContactDoc {
  id: string;
  accountId: string;
  name: string;
  emails: string[];
  title: string;
}

export interface SearchSource {
  accounts(): Promise<Account[]>;
  contacts(): Promise<Contact[]>;
}

const FUSE_BASE: IFuseOptions<unknown> = {
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.4,
};
const ACCOUNT_KEYS = [{ name: 'name', weight: 3 }, 'domains', { name: 'tags', weight: 0.5 }];
const CONTACT_KEYS = [
  { name: 'name', weight: 3 },
  { name: 'emails', weight: 2 },
  { name: 'title', weight: 0.5 },
];
/** How many candidates the letter-pair filter hands to fuse.js per keystroke. */
const ACCOUNT_CANDIDATES = 100;
const CONTACT_CANDIDATES = 200;

/**
 * Fuzzy search over accounts and contacts. fuse.js ranks, but only the few
 * hundred records a letter-pair index finds for the query (fuse.js alone
 * scores every record on every keystroke). Built on the first search after
 * the worker wakes (never on the lookup path) and kept current by
 * `applyChange` on every write; writes that land while it builds are replayed.
 */
export class SearchIndex {
  private built = false;
  private accounts = newAccountIndex();
  private contacts = newContactIndex();
  private accountNames = new Map<string, string>();
  private building?: Promise<void>;
  private pending: Array<() => void> = [];

  constructor(private readonly source: SearchSource) {}

  get isBuilt(): boolean {
    return this.built;
  }

  /** Starts (or joins) the build. */
  warm(): Promise<void> {
    this.building ??= this.build().catch((error) => {
      this.building = undefined;
      throw error;
    });
    return this.building;
  }

  async search(query: string, limit = 10): Promise<SearchHit[]> {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    await this.warm();
    const accountHits = rank(this.accounts.candidates(q, ACCOUNT_CANDIDATES), ACCOUNT_KEYS, q, limit).map(
      ({ item, score }) => ({
        kind: 'account' as const,
        id: item.id,
        accountId: item.id,
        name: item.name,
        detail: item.domains[0] ?? '',
        score: boost(q, item.name, item.domains, score),
      }),
    );
    const contactHits = rank(this.contacts.candidates(q, CONTACT_CANDIDATES), CONTACT_KEYS, q, limit).map(
      ({ item, score }) => ({
        kind: 'contact' as const,
        id: item.id,
        accountId: item.accountId,
        name: item.name,
        detail: [this.accountNames.get(item.accountId), item.emails[0]].filter(Boolean).join(' · '),
        score: boost(q, item.name, item.emails, score),
      }),
    );
    return [...accountHits, ...contactHits].sort((a, b) => a.score - b.score).slice(0, limit);
  }

  /** Keeps the index current after a write; `after` null or in the trash removes the record. */
  applyChange(store: StoreName, id: string, after: AnyRecord | null): void {
    const live = after && !after.deletedAt ? after : null;
    if (store === 'accounts') {
      this.whenBuilt(() => {
        if (!live) return (this.accounts.remove(id), void this.accountNames.delete(id));
        this.accounts.upsert(accountDoc(live as Account));
        this.accountNames.set(id, (live as Account).name);
      });
    } else if (store === 'contacts') {
      this.whenBuilt(() => (live ? this.contacts.upsert(contactDoc(live as Contact)) : this.contacts.remove(id)));
    }
  }

  /** Forget everything; the next search rebuilds from the source (after an import or restore). */
  reset(): void {
    this.built = false;
    this.building = undefined;
    this.pending = [];
    this.accountNames.clear();
    this.accounts = newAccountIndex();
    this.contacts = newContactIndex();
  }

  private whenBuilt(apply: () => void): void {
    if (this.built) apply();
    else if (this.building) this.pending.push(apply);
    // Not built and not building: the build will read the record from the source.
  }

  private async build(): Promise<void> {
    const [accounts, contacts] = await Promise.all([this.source.accounts(), this.source.contacts()]);
    for (const account of accounts) {
      if (account.deletedAt) continue;
      this.accounts.upsert(accountDoc(account));
      this.accountNames.set(account.id, account.name);
    }
    for (const contact of contacts) if (!contact.deletedAt) this.contacts.upsert(contactDoc(contact));
    this.built = true;
    for (const apply of this.pending.splice(0)) apply();
  }
}

function rank<T>(candidates: T[], keys: IFuseOptions<T>['keys'], query: string, limit: number) {
  return new Fuse(candidates, { ...FUSE_BASE, keys } as IFuseOptions<T>).search(query, { limit });
}

/** Exact addresses and name prefixes outrank fuzzy hits. */
function boost(query: string, name: string, keys: string[], score = 1): number {
  if (keys.includes(query)) return 0;
  const lower = name.toLowerCase();
  if (lower === query) return 0.0001;
  if (lower.startsWith(query) || lower.split(/\s+/).some((word) => word.startsWith(query)))
    return Math.min(score, 0.001);
  return score;
}

function newAccountIndex(): GramIndex<AccountDoc> {
  return new GramIndex<AccountDoc>(
    (a) => a.id,
    (a) => `${a.name} ${a.domains.join(' ')} ${a.tags.join(' ')}`,
  );
}

function newContactIndex(): GramIndex<ContactDoc> {
  return new GramIndex<ContactDoc>(
    (c) => c.id,
    (c) => `${c.name} ${c.emails.join(' ')} ${c.title}`,
  );
}

function accountDoc(a: Account): AccountDoc {
  return { id: a.id, name: a.name, domains: a.domains, tags: a.tags };
}

function contactDoc(c: Contact): ContactDoc {
  return { id: c.id, accountId: c.accountId, name: c.name, emails: c.emails, title: c.title ?? '' };
}
