import type { RecordSet } from '../shared/model';
import { browser } from 'wxt/browser';
import { backupFailureItem, backupFileName, backupScheduleItem, lastBackupItem } from '../settings/last-backup';
import { backgroundClient } from '../protocol/messaging';
import { STORE_NAMES, type AnyRecord, type StoreName } from '../shared/model';
import { createBackup, readBackup } from '../shared/io/backup';
import type { MatchExclusion } from '../shared/match/exclusions';
import { importRecords, readAllRecords } from './backup-client';
import { toCsv } from '../shared/io/csv-export';
import type { CsvTable } from '../shared/io/csv/parse';
import type { ColumnMapping } from '../shared/io/csv/mapping';
import { domainDataReady } from '../shared/match/domains';
import type { DataActions, ImportPreview, MappingNeeded } from './data-actions';
import { downloadFile as download } from './download';

const MB = 1024 * 1024;
/**
 * Files larger than these are refused before they are read. A backup of a full book (2,000 accounts, 20,000
 * contacts, 200,000 touchpoints) is about 86 MB: backups may be three times that; a CSV export, far less.
 */
export const MAX_BACKUP_BYTES = 256 * MB;
export const MAX_CSV_BYTES = 50 * MB;

export { lastBackupDays } from '../settings/last-backup';

/** Calls `changed` when the last backup or a scheduled backup's failure changes, wherever it was written. */
export function watchBackup(changed: () => void): () => void {
  const unwatch = [lastBackupItem.watch(changed), backupFailureItem.watch(changed)];
  return () => unwatch.forEach((stop) => stop());
}

const CSV_COLUMNS: Partial<Record<StoreName, string[]>> = {
  accounts: [
    'id',
    'name',
    'domains',
    'tier',
    'status',
    'owner',
    'industry',
    'annualValue',
    'contractStart',
    'renewalDate',
    'preferredChannel',
    'tags',
    'notes',
    'deletedAt',
  ],
  contacts: ['id', 'accountId', 'name', 'emails', 'title', 'phone', 'role', 'preferredChannel', 'notes', 'deletedAt'],
  touchpoints: [
    'id',
    'accountId',
    'contactIds',
    'kind',
    'direction',
    'occurredAt',
    'summary',
    'sentiment',
    'deletedAt',
  ],
  tasks: ['id', 'accountId', 'contactId', 'title', 'dueAt', 'doneAt', 'deletedAt'],
  issues: ['id', 'accountId', 'title', 'severity', 'status', 'openedAt', 'resolvedAt', 'resolution', 'deletedAt'],
  opportunities: ['id', 'accountId', 'title', 'kind', 'value', 'stage', 'expectedClose', 'nextStep', 'deletedAt'],
};

/** The options page's data actions, wired to the background. */
export function optionsDataActions(onChanged: () => void): DataActions {
  const background = backgroundClient<'options'>();
  let pending: { records: RecordSet; replace: boolean; exclusions?: MatchExclusion[] | null } | null = null;
  const stamp = () => new Date().toISOString().slice(0, 10);
  /** The CSV files last chosen, kept for the mapping step. */
  let tables: CsvTable[] = [];
  /** CRM exports: parsed and checked here (a message cannot carry a File); unknown layouts go to the mapping step. */
  const previewCsv = async (files: File[]): Promise<ImportPreview | MappingNeeded> => {
    // The CSV reader and the domain lists it matches with are loaded only when a CSV is chosen.
    const [{ parseCsv }, { detectFormat }, { guessMapping }] = await Promise.all([
      import('../shared/io/csv/parse'),
      import('../shared/io/csv/formats'),
      import('../shared/io/csv/mapping'),
    ]);
    tables = await Promise.all(files.map(async (f) => parseCsv(f.name, await f.text())));
    const unknown = tables.filter((t) => !detectFormat(t.headers));
    if (unknown.length) {
      return {
        mappingNeeded: unknown.map((t) => {
          const sample = t.rows.slice(0, 3).map((r) => r.values);
          return { file: t.file, headers: t.headers, sample, guess: guessMapping(t.headers, sample) };
        }),
      };
    }
    return planCsv({});
  };
  /** Plans the chosen CSV files against what is stored; nothing is written. */
  const planCsv = async (mappings: Record<string, ColumnMapping>): Promise<ImportPreview> => {
    const [{ planImport }, { mappingProblem }] = await Promise.all([
      import('../shared/io/csv/plan'),
      import('../shared/io/csv/mapping'),
    ]);
    if (!tables.length) throw new Error('Choose a file first.');
    for (const table of tables) {
      const problem = mappings[table.file] && mappingProblem(mappings[table.file]!, table.headers);
      if (problem) throw new Error(`${table.file}: ${problem}`);
    }
    const [stored] = await Promise.all([readAllRecords(background), domainDataReady()]);
    const plan = planImport(tables, { accounts: stored.accounts, contacts: stored.contacts }, new Date(), mappings);
    pending = { records: plan.records, replace: false };
    const { accounts, contacts } = plan.counts;
    return {
      title: plan.formats.map((f) => `${f.file} (${f.format})`).join(', '),
      counts: [
        { label: 'Accounts: new', count: accounts.new },
        { label: 'Accounts: updated', count: accounts.updated },
        { label: 'Accounts: unchanged', count: accounts.unchanged },
        { label: 'Contacts: new', count: contacts.new },
        { label: 'Contacts: updated', count: contacts.updated },
        { label: 'Contacts: unchanged', count: contacts.unchanged },
      ],
      replaces: false,
      skipped: plan.skipped.map((s) => `${s.file}, line ${s.line}: ${s.reason}`),
    };
  };
  return {
    async backUp() {
      const [records, exclusions] = await Promise.all([readAllRecords(background), background.listExclusions(null)]);
      const backup = createBackup(
        records,
        new Date(),
        exclusions.map((e) => e.exclusion),
      );
      download(backupFileName(new Date()), 'application/json', JSON.stringify(backup));
      await lastBackupItem.setValue(new Date().toISOString());
      // A failed scheduled backup is made good by this one.
      await backupFailureItem.setValue(null);
      onChanged();
    },
    async exportCsv(store) {
      const records = (await readAllRecords(background))[store] as AnyRecord[];
      const columns = CSV_COLUMNS[store]!.map((key) => ({
        header: key,
        value: (r: AnyRecord) => (r as unknown as Record<string, unknown>)[key],
      }));
      download(`account-lens-${store}-${stamp()}.csv`, 'text/csv', toCsv(records, columns));
    },
    async preview(files) {
      // A file refused now must never leave an earlier file's records waiting for a commit.
      pending = null;
      for (const file of files) {
        const [limit, kind] = /\.json$/i.test(file.name) ? [MAX_BACKUP_BYTES, 'backups'] : [MAX_CSV_BYTES, 'CSV files'];
        if (file.size > limit)
          throw new Error(
            `${file.name} is ${Math.round(file.size / MB)} MB; ${kind} over ${limit / MB} MB are refused. Nothing was read.`,
          );
      }
      tables = [];
      if (files.every((f) => /\.csv$/i.test(f.name))) return previewCsv(files);
      const [file] = files;
      if (files.length !== 1 || !/\.json$/i.test(file!.name))
        throw new Error(
          'Choose one Account Lens backup (.json), or CSV files (exports from HubSpot, Salesforce or any spreadsheet).',
        );
      const { records, exclusions } = readBackup(await file!.text());
      pending = { records, replace: true, exclusions };
      const preview: ImportPreview = {
        title: `Backup ${file!.name}`,
        counts: [
          ...STORE_NAMES.map((store) => ({ label: store, count: records[store].length })),
          // A version 1 backup has no exclusions: the ones stored now are kept.
          ...(exclusions ? [{ label: '"not this account" exclusions', count: exclusions.length }] : []),
        ],
        replaces: true,
      };
      return preview;
    },
    previewMapped: planCsv,
    async commit(onProgress) {
      if (!pending) throw new Error('Choose a file first.');
      const { records, replace, exclusions } = pending;
      const counts = await importRecords(background, records, replace, onProgress, exclusions);
      pending = null;
      onChanged();
      return replace
        ? `Restored: ${counts.accounts} accounts, ${counts.contacts} contacts, ${counts.touchpoints} touchpoints, ${counts.tasks} tasks.`
        : `Imported: ${counts.accounts} accounts and ${counts.contacts} contacts added or updated.`;
    },
    getSchedule: () => backupScheduleItem.getValue(),
    async setSchedule(schedule) {
      // The permission prompt needs the user's gesture: it is the first thing awaited after the click.
      if (schedule !== 'off' && !(await browser.permissions.request({ permissions: ['downloads'] }))) return false;
      await backupScheduleItem.setValue(schedule);
      if (schedule === 'off') await browser.permissions.remove({ permissions: ['downloads'] });
      return true;
    },
    cancel() {
      pending = null;
      tables = [];
    },
  };
}
