import type { StoreName } from '../model';

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
  preview(files: File[]): Promise<ImportPreview>;
  /** Writes what `preview` read, all or nothing, reporting progress. */
  commit(onProgress: (done: number, total: number) => void): Promise<string>;
  cancel(): void;
}
