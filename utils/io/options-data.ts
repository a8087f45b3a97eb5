import { storage } from 'wxt/utils/storage';
import type { RecordSet } from '../db/bulk';
import { daysBetween, toLocalDate } from '../dates';
import { request } from '../messaging';
import { STORE_NAMES, type AnyRecord, type StoreName } from '../model';
import { createBackup, parseBackup } from './backup';
import { importRecords, readAllRecords } from './backup-client';
import { toCsv } from './csv-export';
import type { DataActions, ImportPreview } from './data-actions';

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const lastBackupItem = storage.defineItem<string | null>('local:lastBackupAt', { fallback: null, version: 1 });

export async function lastBackupDays(now = new Date()): Promise<number | null> {
  const at = await lastBackupItem.getValue();
  return at ? daysBetween(toLocalDate(at), toLocalDate(now)) : null;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const CSV_COLUMNS: Partial<Record<StoreName, string[]>> = {
  accounts: ['id', 'name', 'domains', 'tier', 'status', 'owner', 'industry', 'annualValue', 'contractStart', 'renewalDate', 'preferredChannel', 'tags', 'notes', 'deletedAt'],
  contacts: ['id', 'accountId', 'name', 'emails', 'title', 'phone', 'role', 'preferredChannel', 'notes', 'deletedAt'],
  touchpoints: ['id', 'accountId', 'contactIds', 'kind', 'direction', 'occurredAt', 'summary', 'sentiment', 'deletedAt'],
  tasks: ['id', 'accountId', 'contactId', 'title', 'dueAt', 'doneAt', 'deletedAt'],
  issues: ['id', 'accountId', 'title', 'severity', 'status', 'openedAt', 'resolvedAt', 'resolution', 'deletedAt'],
  opportunities: ['id', 'accountId', 'title', 'kind', 'value', 'stage', 'expectedClose', 'nextStep', 'deletedAt'],
};

/** The options page's data actions, wired to the background. */
export function optionsDataActions(onChanged: () => void): DataActions {
  let pending: { records: RecordSet; replace: boolean } | null = null;
  const stamp = () => new Date().toISOString().slice(0, 10);
  /** CRM exports: parsed and checked here (a message cannot carry a File), planned against what is stored. */
  const previewCsv = async (files: File[]): Promise<ImportPreview> => {
    // The CSV reader and the domain lists it matches with are loaded only when a CSV is chosen.
    const [{ parseCsv }, { planImport }] = await Promise.all([import('./csv/parse'), import('./csv/plan')]);
    const tables = await Promise.all(files.map(async (f) => parseCsv(f.name, await f.text())));
    const stored = await readAllRecords(request);
    const plan = planImport(tables, { accounts: stored.accounts, contacts: stored.contacts }, new Date());
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
      const records = await readAllRecords(request);
      download(`account-lens-backup-${stamp()}.json`, 'application/json', JSON.stringify(createBackup(records, new Date())));
      await lastBackupItem.setValue(new Date().toISOString());
      onChanged();
    },
    async exportCsv(store) {
      const records = (await readAllRecords(request))[store] as AnyRecord[];
      const columns = CSV_COLUMNS[store]!.map((key) => ({ header: key, value: (r: AnyRecord) => (r as unknown as Record<string, unknown>)[key] }));
      download(`account-lens-${store}-${stamp()}.csv`, 'text/csv', toCsv(records, columns));
    },
    async preview(files) {
      // A file refused now must never leave an earlier file's records waiting for a commit.
      pending = null;
      for (const file of files) {
        if (file.size > MAX_IMPORT_BYTES) throw new Error(`${file.name} is ${Math.round(file.size / 1048576)} MB; files over ${MAX_IMPORT_BYTES / 1048576} MB are refused. Nothing was read.`);
      }
      if (files.every((f) => /\.csv$/i.test(f.name))) return previewCsv(files);
      const [file] = files;
      if (files.length !== 1 || !/\.json$/i.test(file!.name)) throw new Error('Choose one Account Lens backup (.json), or CSV exports from HubSpot or Salesforce.');
      const records = parseBackup(await file!.text());
      pending = { records, replace: true };
      const preview: ImportPreview = {
        title: `Backup ${file!.name}`,
        counts: STORE_NAMES.map((store) => ({ label: store, count: records[store].length })),
        replaces: true,
      };
      return preview;
    },
    async commit(onProgress) {
      if (!pending) throw new Error('Choose a file first.');
      const { records, replace } = pending;
      const counts = await importRecords(request, records, replace, onProgress);
      pending = null;
      onChanged();
      return replace
        ? `Restored: ${counts.accounts} accounts, ${counts.contacts} contacts, ${counts.touchpoints} touchpoints, ${counts.tasks} tasks.`
        : `Imported: ${counts.accounts} accounts and ${counts.contacts} contacts added or updated.`;
    },
    cancel() {
      pending = null;
    },
  };
}
