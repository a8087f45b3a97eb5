import { openDB } from 'idb';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { LensDB } from './schema';

export const DB_NAME = 'account-lens';

export class SchemaTooNewError extends Error {
  constructor(found: number, readsUpTo = SCHEMA_VERSION) {
    super(
      `The stored data is from a newer version of Account Lens (schema ${found}, this one reads up to ${readsUpTo}). Update the extension; nothing was changed.`,
    );
    this.name = 'SchemaTooNewError';
  }
}

/** Opens (and upgrades) the database. `version` below the latest is for migration tests. */
export async function openLensDb(name = DB_NAME, version = SCHEMA_VERSION): Promise<LensDB> {
  try {
    const db: LensDB = await openDB(name, version, {
      upgrade(upgrading, oldVersion, newVersion, tx) {
        for (let step = oldVersion; step < (newVersion ?? version); step++) MIGRATIONS[step]!(upgrading, tx);
      },
      blocking() {
        // Another context wants to upgrade: step aside instead of blocking it.
        db.close();
      },
    });
    return db;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'VersionError') {
      throw new SchemaTooNewError(await storedVersion(name), version);
    }
    throw error;
  }
}

async function storedVersion(name: string): Promise<number> {
  const dbs = await indexedDB.databases?.();
  return dbs?.find((d) => d.name === name)?.version ?? Number.NaN;
}

/** One lazily opened connection per context, reopened after the browser closes it. */
export function lazyDb(open: () => Promise<LensDB> = () => openLensDb()): () => Promise<LensDB> {
  let pending: Promise<LensDB> | undefined;
  return () => {
    if (!pending) {
      pending = open().then((db) => {
        db.addEventListener('close', () => (pending = undefined));
        db.addEventListener('versionchange', () => (pending = undefined));
        return db;
      });
      pending.catch(() => (pending = undefined));
    }
    return pending;
  };
}
