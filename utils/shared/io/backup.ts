import * as v from 'valibot';

import { LensError } from '../errors';
import { SCHEMA_VERSION, STORE_NAMES, type AnyRecord, type RecordSet, type StoreName } from '../model';
import { DRAFT_SCHEMAS, timestamp } from '../schemas';

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

const stored = { id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)), createdAt: timestamp, updatedAt: timestamp };

/** A record as stored (ids and timestamps required), for backups and staged imports. */
export function storedRecordSchema<S extends StoreName>(store: S) {
  return v.object({ ...DRAFT_SCHEMAS[store].entries, ...stored });
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
    if (BACKUP_START.test(text)) throw new LensError('invalid', 'This backup is incomplete: the file ends before its data does, so it may have been cut off while saving or copying. Nothing was changed; use a complete copy.');
    throw new LensError('invalid', 'This file is not an Account Lens backup: it is not JSON.');
  }
  const head = data as Partial<Backup> | null;
  if (!head || typeof head !== 'object' || head.format !== BACKUP_FORMAT) throw new LensError('invalid', 'This file is not an Account Lens backup.');
  if (typeof head.schemaVersion !== 'number' || head.schemaVersion > SCHEMA_VERSION) {
    throw new LensError('invalid', `This backup comes from a newer version of Account Lens (schema ${String(head.schemaVersion)}; this one reads up to ${SCHEMA_VERSION}). Update the extension first; nothing was changed.`);
  }
  const problems: BackupProblem[] = [];
  const records = {} as RecordSet;
  for (const store of STORE_NAMES) {
    const list = (head.records as Record<string, unknown> | undefined)?.[store];
    if (!Array.isArray(list)) {
      problems.push({ store: 'file', index: 0, message: `The "${store}" list is missing.` });
      continue;
    }
    const schema = storedRecordSchema(store);
    const ids = new Set<string>();
    records[store] = list.flatMap((raw, index) => {
      const parsed = v.safeParse(schema, raw);
      if (!parsed.success) {
        problems.push({ store, index, message: parsed.issues[0]!.message });
        return [];
      }
      const record = parsed.output as AnyRecord;
      if (ids.has(record.id)) problems.push({ store, index, message: `Duplicate id ${record.id}.` });
      ids.add(record.id);
      return [record] as never[];
    });
  }
  if (!problems.length) {
    const accounts = new Set(records.accounts.map((a) => a.id));
    for (const store of ['contacts', 'touchpoints', 'tasks', 'issues', 'opportunities'] as const) {
      (records[store] as Array<{ accountId: string }>).forEach((r, index) => {
        if (!accounts.has(r.accountId)) problems.push({ store, index, message: 'Points at an account that is not in the backup.' });
      });
    }
  }
  if (problems.length) {
    const shown = problems.slice(0, 5).map((p) => (p.store === 'file' ? p.message : `${p.store} #${p.index + 1}: ${p.message}`));
    throw new LensError('invalid', `This backup cannot be restored; nothing was changed. ${shown.join(' ')}${problems.length > 5 ? ` (and ${problems.length - 5} more problems)` : ''}`);
  }
  return records;
}
