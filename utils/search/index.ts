import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Account, AnyRecord, Contact, StoreName } from '../model';
import { GramIndex } from './grams';

export interface SearchHit {
  kind: 'account' | 'contact';
  id: string;
  accountId: string;
  /** Account or contact name. */
  name: string;
  /** Account: its domain; contact: account name and address. */
  detail: string;
  /** 0 is a perfect hit, 1 no hit at all. */
  score: number;
}

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

const FUSE_BASE: IFuseOptions<unknown> = { includeScore: true, ignoreLocation: true, ignoreDiacritics: true, threshold: 0.4 };
const ACCOUNT_KEYS = [{ name: 'name', weight: 3 }, 'domains', { name: 'tags', weight: 0.5 }];
const CONTACT_KEYS = [{ name: 'name', weight: 3 }, { name: 'emails', weight: 2 }, { name: 'title', weight: 0.5 }];
/** How many contacts the gram filter hands to fuse.js. */
const CONTACT_CANDIDATES = 300;

/**
 * Fuzzy search over accounts and contacts. Built on the first search after the
 * worker wakes (never on the lookup path) and kept current by upsert/remove on
 * every write; writes that land while it builds are replayed afterwards.
 */
export class SearchIndex {
  private accounts?: Fuse<AccountDoc>;
  private accountNames = new Map<string, string>();
  private contacts = newContactIndex();
  private building?: Promise<void>;
  private pending: Array<() => void> = [];

  constructor(private readonly source: SearchSource) {}

  get isBuilt(): boolean {
    return this.accounts !== undefined;
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
    const accountHits = this.accounts!.search(q, { limit }).map(({ item, score }) => ({
      kind: 'account' as const,
      id: item.id,
      accountId: item.id,
      name: item.name,
      detail: item.domains[0] ?? '',
      score: boost(q, item.name, item.domains, score),
    }));
    const candidates = this.contacts.candidates(q, CONTACT_CANDIDATES);
    const contactHits = new Fuse(candidates, { ...FUSE_BASE, keys: CONTACT_KEYS })
      .search(q, { limit })
      .map(({ item, score }) => ({
        kind: 'contact' as const,
        id: item.id,
        accountId: item.accountId,
        name: item.name,
        detail: [this.accountNames.get(item.accountId), item.emails[0]].filter(Boolean).join(' · '),
        score: boost(q, item.name, item.emails, score),
      }));
    return [...accountHits, ...contactHits].sort((a, b) => a.score - b.score).slice(0, limit);
  }

  /** Keeps the index current after a write; `after` null or in the trash removes the record. */
  applyChange(store: StoreName, id: string, after: AnyRecord | null): void {
    const live = after && !after.deletedAt ? after : null;
    if (store === 'accounts') {
      this.whenBuilt(() => {
        this.accounts!.remove((doc) => doc.id === id);
        this.accountNames.delete(id);
        if (!live) return;
        this.accounts!.add(accountDoc(live as Account));
        this.accountNames.set(id, (live as Account).name);
      });
    } else if (store === 'contacts') {
      this.whenBuilt(() => (live ? this.contacts.upsert(contactDoc(live as Contact)) : this.contacts.remove(id)));
    }
  }

  /** Forget everything; the next search rebuilds from the source (after an import or restore). */
  reset(): void {
    this.accounts = undefined;
    this.building = undefined;
    this.pending = [];
    this.accountNames.clear();
    this.contacts = newContactIndex();
  }

  private whenBuilt(apply: () => void): void {
    if (this.accounts) apply();
    else if (this.building) this.pending.push(apply);
    // Not built and not building: the build will read the record from the source.
  }

  private async build(): Promise<void> {
    const [accounts, contacts] = await Promise.all([this.source.accounts(), this.source.contacts()]);
    const live = accounts.filter((a) => !a.deletedAt);
    for (const contact of contacts) if (!contact.deletedAt) this.contacts.upsert(contactDoc(contact));
    this.accountNames = new Map(live.map((a) => [a.id, a.name]));
    this.accounts = new Fuse(live.map(accountDoc), { ...FUSE_BASE, keys: ACCOUNT_KEYS });
    for (const apply of this.pending.splice(0)) apply();
  }
}

/** Exact addresses and name prefixes outrank fuzzy hits. */
function boost(query: string, name: string, keys: string[], score = 1): number {
  if (keys.includes(query)) return 0;
  const lower = name.toLowerCase();
  if (lower === query) return 0.0001;
  if (lower.startsWith(query) || lower.split(/\s+/).some((word) => word.startsWith(query))) return Math.min(score, 0.001);
  return score;
}

function newContactIndex(): GramIndex<ContactDoc> {
  return new GramIndex<ContactDoc>((c) => c.id, (c) => `${c.name} ${c.emails.join(' ')} ${c.title}`);
}

function accountDoc(a: Account): AccountDoc {
  return { id: a.id, name: a.name, domains: a.domains, tags: a.tags };
}

function contactDoc(c: Contact): ContactDoc {
  return { id: c.id, accountId: c.accountId, name: c.name, emails: c.emails, title: c.title ?? '' };
}
