import { storage } from 'wxt/utils/storage';
import type { MatchExclusion } from '../../shared/match/exclusions';

/** What the file is made of: the backup's time (its `exportedAt`, and the file's date) and the exclusions it carries. */
export interface BackupJob {
  at: string;
  exclusions: MatchExclusion[];
}

/** The file made for a job: a blob URL of this extension to download, or why it could not be made. */
export type BackupFileReport =
  { at: string; url: string; bytes: number; records: number } | { at: string; failure: string };

/**
 * The scheduled backup under way. Kept in local storage, not memory: Chrome stops an idle worker after 30 s
 * and a large download can outlive it, and a browser closed mid-download reports it interrupted at the next
 * start, so whichever worker runs next learns how it ended (see `settle`).
 */
export interface PendingBackup {
  at: string;
  /** Once the file is made, its download: the URL until the browser gives the download's id, then both. */
  download?: { url: string; id?: number };
}

export const pendingBackupItem = storage.defineItem<PendingBackup | null>('local:scheduledBackupPending', {
  fallback: null,
  version: 1,
});
