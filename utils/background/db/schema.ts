import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type {
  Account,
  AnyRecord,
  Contact,
  Issue,
  Opportunity,
  StoreName,
  Task,
  Timestamp,
  Touchpoint,
} from '../../shared/model';
import type { IndexName, SavedSearch } from '../search/saved';
import type { StoredBlock } from '../search/stored';

/** One record's state before and after a user action, kept so the action can be undone. */
export interface RecordChange {
  store: StoreName;
  id: string;
  before: AnyRecord | null;
  /** `updatedAt` after the action; undo refuses when the record changed since. */
  afterUpdatedAt: Timestamp | null;
}

export interface UndoEntry {
  id: string;
  createdAt: Timestamp;
  /** What the user did, e.g. "Deleted Northwind Traders". */
  label: string;
  changes: RecordChange[];
}

/** Rows of an import under way, kept apart from the live stores until one commit. */
export interface StagedChunk {
  importId: string;
  seq: number;
  store: StoreName;
  records: AnyRecord[];
  /** When the chunk arrived; rows of an import abandoned for a day are dropped. Absent on chunks staged before it was kept. */
  stagedAt?: Timestamp;
}

export interface LensSchema extends DBSchema {
  accounts: { key: string; value: Account; indexes: { byDomain: string; byName: string } };
  contacts: { key: string; value: Contact; indexes: { byEmail: string; byAccount: string; byName: string } };
  touchpoints: {
    key: string;
    value: Touchpoint;
    indexes: { byAccountTime: [string, string]; bySource: string; byTime: string };
  };
  tasks: { key: string; value: Task; indexes: { byDue: string; byAccount: string } };
  issues: { key: string; value: Issue; indexes: { byAccount: string } };
  opportunities: { key: string; value: Opportunity; indexes: { byAccount: string } };
  undo: { key: string; value: UndoEntry; indexes: { byCreated: string } };
  staging: { key: [string, number]; value: StagedChunk };
  /** The saved search index (`saved`) and the epoch of the data (`epoch`, raised by every bulk write). */
  search: { key: string; value: SavedSearch | number };
  /** The saved search index's blocks, one per letter pair of each of its two gram indexes. */
  searchGrams: { key: [IndexName, number]; value: StoredBlock };
  /** Accounts and contacts written since the search index was saved, noted in the write's own transaction. */
  searchChanges: { key: number; value: SearchChange };
}

export interface SearchChange {
  store: 'accounts' | 'contacts';
  id: string;
}

export type LensDB = IDBPDatabase<LensSchema>;
export type UpgradeTx = IDBPTransaction<LensSchema, StoreNames<LensSchema>[], 'versionchange'>;
