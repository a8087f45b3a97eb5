import * as v from 'valibot';

import { LensError } from '../errors';
import { matchExclusionSchema, type MatchExclusion } from '../match/exclusions';
import { SCHEMA_VERSION, type AnyRecord, type RecordSet, type RecordTypes, type StoreName } from '../model';
import { RECORD_SCHEMAS } from '../schemas';

/**
 * A full backup: every record of every store, with the schema version it was written under, and the
 * "not this account" exclusions. Format version 1 (no `formatVersion`) had no exclusions; 2 added them.
 */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  schemaVersion: number;
  exportedAt: string;
  records: RecordSet;
  exclusions: MatchExclusion[];
}
export const BACKUP_FORMAT = 'account-lens-backup';
export const BACKUP_FORMAT_VERSION = 2;
const BACKUP_START = /^\s*\{\s*"format"\s*:\s*"account-lens-backup"/;
/** More exclusions than anyone marks by hand; a file with more is not ours. */
const MAX_EXCLUSIONS = 100_000;

export function createBackup(records: RecordSet, now: Date, exclusions: MatchExclusion[] = []): Backup {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    records,
    exclusions,
  };
}

/** What a backup restores: its records, and its exclusions (null from a version 1 backup, which had none to say). */
export interface BackupContents {
  records: RecordSet;
  exclusions: MatchExclusion[] | null;
}

export interface BackupProblem {
  store: StoreName | 'exclusions' | 'file';
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

/** A backup's records (see `readBackup`). */
export function parseBackup(text: string): RecordSet {
  return readBackup(text).records;
}

/** Reads a backup's exclusions; an exclusion of an account the backup does not have would match nothing, and is left out. */
function readExclusions(list: unknown, accounts: ReadonlySet<string>, problems: BackupProblem[]): MatchExclusion[] {
  if (!Array.isArray(list) || list.length > MAX_EXCLUSIONS) {
    problems.push({ store: 'file', index: 0, message: 'The "exclusions" list is not readable.' });
    return [];
  }
  return list.flatMap((raw, index) => {
    const parsed = v.safeParse(matchExclusionSchema, raw);
    if (!parsed.success) problems.push({ store: 'exclusions', index, message: parsed.issues[0]!.message });
    return parsed.success && accounts.has(parsed.output.accountId) ? [parsed.output] : [];
  });
}

/**
 * Reads a backup file's text and checks all of it before anything is
 * written: the format, a schema this version can read, every record's shape,
 * unique ids, that every child points at an account in the backup, and the
 * exclusions' shape (a version 1 backup has none: `exclusions` is null).
 * Throws a LensError listing the first problems; returns the contents otherwise.
 */
export function readBackup(text: string): BackupContents {
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
  const formatVersion = head.formatVersion ?? 1;
  if (typeof formatVersion !== 'number' || formatVersion > BACKUP_FORMAT_VERSION) {
    throw new LensError(
      'invalid',
      `This backup comes from a newer version of Account Lens (format ${String(formatVersion)}; this one reads up to ${BACKUP_FORMAT_VERSION}). Update the extension first; nothing was changed.`,
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
  const accounts = new Set(records.accounts.map((a) => a.id));
  const exclusions = formatVersion >= 2 ? readExclusions(head.exclusions, accounts, problems) : null;
  if (!problems.length) {
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
  return { records, exclusions };
}
