import type { MatchExclusion } from '../match/exclusions';
import { STORE_NAMES, type AnyRecord, type RecordSet, type StoreName } from '../model';
import { createBackup } from './backup';

/**
 * A backup's text in parts, for a book too large to hold as one string: joined in order, the parts are
 * exactly `JSON.stringify(createBackup(records, at, exclusions))`, where `listOf(store)` stands for that
 * store's JSON list (`[`, the pages' `listItems` joined by commas, `]`). Everything around the lists is
 * written from `createBackup` itself, so a change to the backup format cannot leave this behind.
 */
export function backupTextParts<L>(
  at: Date,
  exclusions: MatchExclusion[],
  listOf: (store: StoreName) => L,
): Array<string | L> {
  const noRecords: RecordSet = {
    accounts: [],
    contacts: [],
    touchpoints: [],
    tasks: [],
    issues: [],
    opportunities: [],
  };
  const parts: Array<string | L> = ['{'];
  Object.entries(createBackup(noRecords, at, exclusions)).forEach(([key, value], i) => {
    parts.push(`${i ? ',' : ''}${JSON.stringify(key)}:`);
    if (key !== 'records') return void parts.push(JSON.stringify(value));
    parts.push('{');
    STORE_NAMES.forEach((store, j) => parts.push(`${j ? ',' : ''}${JSON.stringify(store)}:`, listOf(store)));
    parts.push('}');
  });
  parts.push('}');
  return parts;
}

/** One page of records as they sit inside their store's JSON list: no brackets, and '' for no records. */
export function listItems(records: readonly AnyRecord[]): string {
  return JSON.stringify(records).slice(1, -1);
}
