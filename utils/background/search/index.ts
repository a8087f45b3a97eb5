import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Account, AnyRecord, Contact, StoreName } from '../../shared/model';
import { foldForFuse } from './fold';
import { GramIndex, type BlockSource, type ItemCodec } from './gram-index';
import { gramCodes } from './grams';
import type { ChangedRecord, IndexName, SavedSearch, SearchStore } from './saved';
import type { Block } from './postings';
import { fromStored, fromStoredBlock, toStored, toStoredBlock, type StoredBlock } from './stored';

import type { SearchHit } from '../../protocol/wire';

export type { SearchHit } from '../../protocol/wire';
export type { SearchStore } from './saved';

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

// Accents are dropped before fuse.js sees the text (`foldForFuse`), once per record rather than per query.
const FUSE_BASE: IFuseOptions<unknown> = {
  includeScore: true,
  ignoreLocation: true,
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
/** The layout of a saved index; raise it when the codecs or the letter pairs change, and old ones are rebuilt. */
const SAVED_FORMAT = 1;
/** Saved again after this many changes: each change since the save is one record read back at the next wake-up. */
export const SAVE_AFTER_CHANGES = 100;

interface Loaded {
  accounts: GramIndex<AccountDoc>;
  contacts: GramIndex<ContactDoc>;
  epoch: number;
}

/**
 * Fuzzy search over accounts and contacts. fuse.js ranks, but only the few hundred records a letter-pair
 * index finds for the query (fuse.js alone scores every record on every keystroke).
 *
 * The index is saved in IndexedDB, and every write notes the accounts and contacts it changed in the same
 * transaction: a woken worker reads the saved index and those records back (tens of milliseconds) instead
 * of rebuilding it from every record (about a second at full scale). Loaded on the first search or
 * `warmSearch` after a wake-up, never on the lookup path, and kept current by `applyChange` on every write;
 * it is saved again, off the answer path, after a full build and every `SAVE_AFTER_CHANGES` changes.
 */
export class SearchIndex {
  private loaded?: Loaded;
  private loading?: Promise<void>;
  /** Raised when the data is replaced: a load or save begun before then must not install or save what it read. */
  private generation = 0;
  /** Changes that came while loading, applied once it is in. */
  private pending: Array<[StoreName, string, AnyRecord | null]> = [];
  private changesSinceSave = 0;
  /** Writes seen while no index was in memory: enough of them, and it is loaded (and saved) in the background. */
  private unloadedChanges = 0;
  private saveQueued = false;
  private background: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: SearchStore,
    /** Runs background work (saving, reloading) after the current answer has gone. */
    private readonly later: (task: () => void) => void = (task) => void setTimeout(task, 0),
  ) {}

  get isBuilt(): boolean {
    return this.loaded !== undefined;
  }

  /** Starts (or joins) loading the index; `query`, when given, has the blocks of its letter pairs read with it. */
  warm(query?: string): Promise<void> {
    this.loading ??= this.load(this.generation, query).catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  async search(query: string, limit = 10): Promise<SearchHit[]> {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    let loaded = this.loaded;
    while (!loaded) {
      await this.warm(q);
      loaded = this.loaded;
    }
    const { accounts, contacts } = loaded;
    const [accountCandidates, contactCandidates] = await Promise.all([
      accounts.candidates(q, ACCOUNT_CANDIDATES),
      contacts.candidates(q, CONTACT_CANDIDATES),
    ]);
    const accountHits = rank(accountCandidates, ACCOUNT_KEYS, q, limit).map(({ item, score }) => ({
      kind: 'account' as const,
      id: item.id,
      accountId: item.id,
      name: item.name,
      detail: item.domains[0] ?? '',
      score: boost(q, item.name, item.domains, score),
    }));
    const contactHits = rank(contactCandidates, CONTACT_KEYS, q, limit).map(({ item, score }) => ({
      kind: 'contact' as const,
      id: item.id,
      accountId: item.accountId,
      name: item.name,
      detail: [accounts.get(item.accountId)?.name, item.emails[0]].filter(Boolean).join(' · '),
      score: boost(q, item.name, item.emails, score),
    }));
    return [...accountHits, ...contactHits].sort(byScoreThenName).slice(0, limit);
  }

  /** Keeps the index current after a write; `after` null or in the trash removes the record. */
  applyChange(store: StoreName, id: string, after: AnyRecord | null): void {
    if (store !== 'accounts' && store !== 'contacts') return;
    if (this.loaded) {
      apply(this.loaded, { store, id, record: after } as ChangedRecord);
      if (++this.changesSinceSave >= SAVE_AFTER_CHANGES) this.saveSoon();
    } else if (this.loading) this.pending.push([store, id, after]);
    // Neither loaded nor loading: the write noted the record, and the next load reads it. So that the notes do
    // not pile up for a first search to read, many writes get the index loaded, and so saved with them.
    else if (++this.unloadedChanges >= SAVE_AFTER_CHANGES) {
      this.unloadedChanges = 0;
      this.inBackground(() => this.warm());
    }
  }

  /** Many records changed at once (import, restore, demo): forget the index and load it again in the background. */
  reset(): void {
    this.generation++;
    this.loaded = undefined;
    this.loading = undefined;
    this.pending = [];
    // Loaded again now rather than at the next search: after an import that is a full build, saved for the next wake-up.
    this.inBackground(() => this.warm());
  }

  /** Resolves once no background work (saving, reloading) is left, including work it started: for tests and the bench. */
  async settled(): Promise<void> {
    for (let current; current !== this.background;) await (current = this.background);
  }

  private async load(generation: number, query?: string): Promise<void> {
    const found = await this.store.loadSaved(query ? gramCodes(query) : []);
    let loaded: Loaded;
    let changes: number;
    if (found && found.saved.format === SAVED_FORMAT) {
      const { saved, blocks } = found;
      loaded = {
        accounts: new GramIndex(ACCOUNT_CODEC, fromStored(saved.accounts), this.blocksOf('accounts', blocks.accounts)),
        contacts: new GramIndex(CONTACT_CODEC, fromStored(saved.contacts), this.blocksOf('contacts', blocks.contacts)),
        epoch: saved.epoch,
      };
      for (const change of found.changed) apply(loaded, change);
      changes = found.notes;
    } else {
      // Nothing saved yet (a new or upgraded database, or data just replaced): built from every record, then saved.
      const all = await this.store.loadAll();
      loaded = {
        accounts: GramIndex.of(ACCOUNT_CODEC, all.accounts.filter(isLive).map(accountDoc)),
        contacts: GramIndex.of(CONTACT_CODEC, all.contacts.filter(isLive).map(contactDoc)),
        epoch: all.epoch,
      };
      changes = Infinity;
    }
    // The data was replaced while this read it: load again.
    if (generation !== this.generation) return this.warm(query);
    this.loaded = loaded;
    this.changesSinceSave = changes;
    for (const [store, id, after] of this.pending.splice(0)) this.applyChange(store, id, after);
    if (this.changesSinceSave >= SAVE_AFTER_CHANGES) this.saveSoon();
  }

  private saveSoon(): void {
    if (this.saveQueued) return;
    this.saveQueued = true;
    this.inBackground(async () => {
      this.saveQueued = false;
      await this.save();
    });
  }

  /**
   * Saves the index. The changes noted so far are read and applied first, so the saved index holds every
   * change it drops from the log; changes written meanwhile stay noted, and are read at the next load.
   */
  private async save(): Promise<void> {
    const generation = this.generation;
    if (!this.loaded) return;
    await Promise.all([this.loaded.accounts.readAllBlocks(), this.loaded.contacts.readAllBlocks()]);
    const { changed, through } = await this.store.changesSinceSaved();
    const loaded = this.loaded;
    if (generation !== this.generation || !loaded) return;
    // Applied at once after the read: no later write's change can land in between and be overwritten.
    for (const change of changed) apply(loaded, change);
    this.changesSinceSave = 0;
    const [accounts, contacts] = [loaded.accounts.pack(), loaded.contacts.pack()];
    const saved: SavedSearch = {
      format: SAVED_FORMAT,
      epoch: loaded.epoch,
      accounts: toStored(accounts.packed),
      contacts: toStored(contacts.packed),
    };
    const stored = (blocks: ReadonlyMap<number, Block>) =>
      new Map([...blocks].map(([code, block]) => [code, toStoredBlock(block)]));
    await this.store.save(saved, { accounts: stored(accounts.blocks), contacts: stored(contacts.blocks) }, through);
  }

  /** Reads a saved index's blocks as its queries need them, starting with those read with it. */
  private blocksOf(index: IndexName, first: ReadonlyMap<number, StoredBlock | null>): BlockSource {
    const read = (blocks: ReadonlyMap<number, StoredBlock>) =>
      new Map([...blocks].map(([code, block]) => [code, fromStoredBlock(block)]));
    return {
      first: new Map([...first].map(([code, block]) => [code, block && fromStoredBlock(block)])),
      some: async (codes) => read(await this.store.loadBlocks(index, codes)),
      all: async () => read(await this.store.loadAllBlocks(index)),
    };
  }

  private inBackground(job: () => Promise<void>): void {
    // A failed background job costs only speed: the next wake-up reads more changes, or rebuilds.
    this.background = this.background
      .then(() => new Promise<void>((resolve) => this.later(resolve)))
      .then(job)
      .catch(() => undefined);
  }
}

function apply(loaded: Loaded, { store, id, record }: ChangedRecord): void {
  const live = record && !record.deletedAt ? record : null;
  if (store === 'accounts') {
    if (live) loaded.accounts.upsert(accountDoc(live as Account));
    else loaded.accounts.remove(id);
  } else if (live) loaded.contacts.upsert(contactDoc(live as Contact));
  else loaded.contacts.remove(id);
}

/** fuse.js's best matches among the candidates; ties are kept whole, for `byScoreThenName` to order. */
function rank<T extends object>(candidates: T[], keys: IFuseOptions<T>['keys'], query: string, limit: number) {
  const folded = candidates.map(foldedView);
  const ranked = new Fuse(folded, { ...FUSE_BASE, keys } as IFuseOptions<T>)
    .search(foldForFuse(query))
    .map(({ refIndex, score }) => ({ item: candidates[refIndex]!, score }));
  const last = ranked[limit - 1]?.score;
  return last === undefined ? ranked : ranked.filter((r, i) => i < limit || r.score === last);
}

const foldedViews = new WeakMap<object, object>();
/** The record with its text folded for fuse.js, worked out once per record. */
function foldedView<T extends object>(doc: T): T {
  let view = foldedViews.get(doc) as T | undefined;
  if (!view) {
    view = Object.fromEntries(
      Object.entries(doc).map(([key, value]) => [
        key,
        typeof value === 'string' ? foldForFuse(value) : Array.isArray(value) ? value.map(foldForFuse) : value,
      ]),
    ) as T;
    foldedViews.set(doc, view);
  }
  return view;
}

/**
 * Equal scores are ordered by name, then id: otherwise fuse.js keeps candidate order, which follows the
 * order records were written in, and a woken worker could list ties differently from one that never stopped.
 */
function byScoreThenName(a: SearchHit, b: SearchHit): number {
  return a.score - b.score || compare(a.name, b.name) || compare(a.id, b.id);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Exact addresses and name prefixes outrank fuzzy hits. */
function boost(query: string, name: string, keys: string[], score = 1): number {
  if (keys.includes(query)) return 0;
  const lower = name.toLowerCase();
  if (lower === query) return 0.0001;
  if (lower.startsWith(query) || lower.split(/\s+/).some((word) => word.startsWith(query)))
    return Math.min(score, 0.001);
  return score;
}

const isLive = (record: AnyRecord) => !record.deletedAt;

const ACCOUNT_CODEC: ItemCodec<AccountDoc> = {
  keyOf: (a) => a.id,
  textOf: (a) => `${a.name} ${a.domains.join(' ')} ${a.tags.join(' ')}`,
  encode: (a) => JSON.stringify([a.name, a.domains, a.tags]),
  decode: (text, id) => {
    const [name, domains, tags] = JSON.parse(text) as [string, string[], string[]];
    return { id, name, domains, tags };
  },
};

/** A contact's account is its group: each account id is kept once, not in each of its ten-odd contacts. */
const CONTACT_CODEC: ItemCodec<ContactDoc> = {
  keyOf: (c) => c.id,
  groupOf: (c) => c.accountId,
  textOf: (c) => `${c.name} ${c.emails.join(' ')} ${c.title}`,
  encode: (c) => JSON.stringify([c.name, c.emails, c.title]),
  decode: (text, id, accountId) => {
    const [name, emails, title] = JSON.parse(text) as [string, string[], string];
    return { id, accountId, name, emails, title };
  },
};

function accountDoc(a: Account): AccountDoc {
  return { id: a.id, name: a.name, domains: a.domains, tags: a.tags };
}

function contactDoc(c: Contact): ContactDoc {
  return { id: c.id, accountId: c.accountId, name: c.name, emails: c.emails, title: c.title ?? '' };
}
