import * as v from 'valibot';

import { LensError } from '../errors';
import { SCHEMA_VERSION, type AnyRecord, type RecordSet, type RecordTypes, type StoreName } from '../model';
import { RECORD_SCHEMAS } from '../schemas';

/** A full backup: every record of every store, with the schema version it was written under. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  records: RecordSet;
}
export const BACKUP_FORMAT = 'account-lens-backup';
const BACKUP_START = /^\s*\{\s*"format"\s*:\s*"account-lens-backup"/;

export function createBackup(records: RecordSet, now: Date): Backup {
  return { format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), records };
}

export interface BackupProblem {
  store: StoreName | 'file';
  index: number;
  message: string;
}

/** Each store's stored-record schema (./schemas.ts), typed by the record it yields: the annotation checks that each yields its store's type. */
const STORED: { [S in StoreName]: v.GenericSchema<AnyRecord, RecordTypes[S]> } = RECORD_SCHEMAS;

/**
 * A record as stored (ids and timestamps required), for backups and staged imports. Typed as taking any
 * stored record (what a staged import sends, as its request has always been typed) and yielding its store's.
 */
export function storedRecordSchema<S extends StoreName>(store: S): v.GenericSchema<AnyRecord, RecordTypes[S]> {
  return STORED[store];
}

/** Reads one store's list of a backup, noting each record it refuses. */
function readStore<S extends StoreName>(store: S, list: unknown, problems: BackupProblem[]): RecordTypes[S][] {
  if (!Array.isArray(list)) {
    problems.push({ store: 'file', index: 0, message: `The "${store}" list is missing.` });
    return [];
  }
  const schema = storedRecordSchema(store);
  const ids = new Set<string>();
  return list.flatMap((raw, index) => {
    const parsed = v.safeParse(schema, raw);
    if (!parsed.success) {
      problems.push({ store, index, message: parsed.issues[0]!.message });
      return [];
    }
    const record = parsed.output;
    if (ids.has(record.id)) problems.push({ store, index, message: `Duplicate id ${record.id}.` });
    ids.add(record.id);
    return [record];
  });
}

/**
 * Reads a backup file's text and checks all of it before anything is
 * written: the format, a schema this version can read, every record's shape,
 * unique ids, and that every child points at an account in the backup.
 * Throws a LensError listing the first problems; returns the records otherwise.
 */
export function parseBackup(text: string): RecordSet {
  if (!text.trim()) throw new LensError('invalid', 'This file is empty; nothing was changed.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // A backup starts with its format; one that starts right but does not parse was cut off (a download or copy that stopped).
    if (BACKUP_START.test(text))
      throw new LensError(
        'invalid',
        'This backup is incomplete: the file ends before its data does, so it may have been cut off while saving or copying. Nothing was changed; use a complete copy.',
      );
    throw new LensError('invalid', 'This file is not an Account Lens backup: it is not JSON.');
  }
  const head = data as Partial<Backup> | null;
  if (!head || typeof head !== 'object' || head.format !== BACKUP_FORMAT)
    throw new LensError('invalid', 'This file is not an Account Lens backup.');
  if (typeof head.schemaVersion !== 'number' || head.schemaVersion > SCHEMA_VERSION) {
    throw new LensError(
      'invalid',
      `This backup comes from a newer version of Account Lens (schema ${String(head.schemaVersion)}; this one reads up to ${SCHEMA_VERSION}). Update the extension first; nothing was changed.`,
    );
  }
  const problems: BackupProblem[] = [];
  const lists = head.records as Record<string, unknown> | undefined;
  const read = <S extends StoreName>(store: S) => readStore(store, lists?.[store], problems);
  // In STORE_NAMES order, so the problems are listed store by store as before.
  const records: RecordSet = {
    accounts: read('accounts'),
    contacts: read('contacts'),
    touchpoints: read('touchpoints'),
    tasks: read('tasks'),
    issues: read('issues'),
    opportunities: read('opportunities'),
  };
  if (!problems.length) {
    const accounts = new Set(records.accounts.map((a) => a.id));
    for (const store of ['contacts', 'touchpoints', 'tasks', 'issues', 'opportunities'] as const) {
      records[store].forEach((r, index) => {
        if (!accounts.has(r.accountId))
          problems.push({ store, index, message: 'Points at an account that is not in the backup.' });
      });
    }
  }
  if (problems.length) {
    const shown = problems
      .slice(0, 5)
      .map((p) => (p.store === 'file' ? p.message : `${p.store} #${p.index + 1}: ${p.message}`));
    throw new LensError(
      'invalid',
      `This backup cannot be restored; nothing was changed. ${shown.join(' ')}${problems.length > 5 ? ` (and ${problems.length - 5} more problems)` : ''}`,
    );
  }
  return records;
}
