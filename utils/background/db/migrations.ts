import { SCHEMA_VERSION } from '../../shared/model';
import type { LensDB, UpgradeTx } from './schema';

/**
 * Schema history. Step N upgrades a database at version N-1 to N. Steps are
 * never edited once released: a change is a new step at the end.
 */
export const MIGRATIONS: ReadonlyArray<(db: LensDB, tx: UpgradeTx) => void> = [
  // 1: accounts, contacts and touchpoints, with the indexes the page lookups need.
  (db) => {
    const accounts = db.createObjectStore('accounts', { keyPath: 'id' });
    accounts.createIndex('byDomain', 'domains', { multiEntry: true });
    accounts.createIndex('byName', 'name');
    const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
    contacts.createIndex('byEmail', 'emails', { multiEntry: true });
    contacts.createIndex('byAccount', 'accountId');
    contacts.createIndex('byName', 'name');
    const touchpoints = db.createObjectStore('touchpoints', { keyPath: 'id' });
    touchpoints.createIndex('byAccountTime', ['accountId', 'occurredAt']);
    touchpoints.createIndex('bySource', 'sourceKey');
  },
  // 2: follow-ups, issues and opportunities.
  (db) => {
    const tasks = db.createObjectStore('tasks', { keyPath: 'id' });
    tasks.createIndex('byDue', 'dueAt');
    tasks.createIndex('byAccount', 'accountId');
    db.createObjectStore('issues', { keyPath: 'id' }).createIndex('byAccount', 'accountId');
    db.createObjectStore('opportunities', { keyPath: 'id' }).createIndex('byAccount', 'accountId');
  },
  // 3: undo log, import staging, and touchpoints by time for the portfolio.
  (db, tx) => {
    db.createObjectStore('undo', { keyPath: 'id' }).createIndex('byCreated', 'createdAt');
    db.createObjectStore('staging', { keyPath: ['importId', 'seq'] });
    tx.objectStore('touchpoints').createIndex('byTime', 'occurredAt');
  },
  // 4: the saved search index (its blocks one per letter pair), and the accounts and contacts changed since it
  // was saved, in write order.
  (db) => {
    db.createObjectStore('search');
    db.createObjectStore('searchGrams');
    db.createObjectStore('searchChanges', { autoIncrement: true });
  },
];

export { SCHEMA_VERSION };
// Fails at load, and so in every test, if a step was added without raising the version backups carry.
if (MIGRATIONS.length !== SCHEMA_VERSION)
  throw new Error(`SCHEMA_VERSION is ${SCHEMA_VERSION} but there are ${MIGRATIONS.length} upgrade steps.`);
