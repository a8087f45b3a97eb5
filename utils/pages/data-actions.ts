import type { StoreName } from '../shared/model';
import type { ColumnMapping } from '../shared/io/csv/mapping';
import type { BackupSchedule } from '../settings/last-backup';

/** CSV files that are no known CRM export: the user says which column holds what before the preview. */
export interface MappingNeeded {
  mappingNeeded: Array<{
    file: string;
    headers: string[];
    sample: Array<Record<string, string>>;
    guess: ColumnMapping;
  }>;
}

export interface ImportPreview {
  /** What the file is, e.g. "Backup from 24 Nov 2026". */
  title: string;
  counts: Array<{ label: string; count: number }>;
  /** A restore replaces everything; an import adds and updates. */
  replaces: boolean;
  /** Rows that will be skipped, with their file, line and why. */
  skipped?: string[];
}

export interface DataActions {
  backUp(): Promise<void>;
  exportCsv(store: StoreName): Promise<void>;
  /** Reads and checks the files; nothing is written. Throws with a clear message. */
  preview(files: File[]): Promise<ImportPreview | MappingNeeded>;
  /** The preview of the files last chosen, read with the user's column mappings (by file name). */
  previewMapped(mappings: Record<string, ColumnMapping>): Promise<ImportPreview>;
  /** Writes what `preview` read, all or nothing, reporting progress. */
  commit(onProgress: (done: number, total: number) => void): Promise<string>;
  cancel(): void;
  getSchedule(): Promise<BackupSchedule>;
  /** Switches the scheduled backup; false when the user refused the `downloads` permission it needs. */
  setSchedule(schedule: BackupSchedule): Promise<boolean>;
}
