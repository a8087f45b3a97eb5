import type { Account, Contact } from '../../shared/model';
import type { StoredBlock, StoredGramIndex } from './stored';

/** Which of the two gram indexes. */
export type IndexName = 'accounts' | 'contacts';

/** The search index as saved, but for its blocks (saved one per letter pair). */
export interface SavedSearch {
  /** How the index is laid out; a saved index of another layout is rebuilt, not read. */
  format: number;
  /** The data it was built from: a bulk write (import, restore, demo) moves to a new epoch and drops it. */
  epoch: number;
  accounts: StoredGramIndex;
  contacts: StoredGramIndex;
}

/** An account or contact written since the index was saved, as it is now (null: gone). */
export type ChangedRecord =
  { store: 'accounts'; id: string; record: Account | null } | { store: 'contacts'; id: string; record: Contact | null };

/** Records changed since the index was saved, each once, in the order of its latest change. */
export interface ChangesSinceSaved {
  changed: ChangedRecord[];
  /** How many notes that was, a record noted each time it was written. */
  notes: number;
  /** The last change read, so a save drops exactly those; undefined when there were none. */
  through?: number;
}

/** Where the search index comes from and goes to (IndexedDB in the worker). */
export interface SearchStore {
  /**
   * The saved index and what changed since, read together, with the blocks of `codes` (null: none saved for
   * that pair); null when no index is saved.
   */
  loadSaved(
    codes?: number[],
  ): Promise<
    (ChangesSinceSaved & { saved: SavedSearch; blocks: Record<IndexName, Map<number, StoredBlock | null>> }) | null
  >;
  /** The saved blocks of these letter pairs; a pair no slot has is left out. */
  loadBlocks(index: IndexName, codes: number[]): Promise<Map<number, StoredBlock>>;
  loadAllBlocks(index: IndexName): Promise<Map<number, StoredBlock>>;
  /** Every live account and contact, and the epoch they belong to, read together: for a full build. */
  loadAll(): Promise<{ accounts: Account[]; contacts: Contact[]; epoch: number }>;
  changesSinceSaved(): Promise<ChangesSinceSaved>;
  /**
   * Saves the index and its blocks, and forgets the changes through `through`; refused (false) when the data
   * was replaced since its epoch.
   */
  save(
    saved: SavedSearch,
    blocks: Record<IndexName, ReadonlyMap<number, StoredBlock>>,
    through: number | undefined,
  ): Promise<boolean>;
}
