import type { DataActions } from '../../utils/pages/data-actions';
import type { BackupFailure } from '../../utils/shared/backup-failure';
import type { MailTab, SignedIn } from '../../utils/pages/mail-tabs';
import type { Settings } from '../../utils/shared/settings-shape';
import type { MessageTemplate } from '../../utils/shared/templates/template';
import type { SurfaceApi } from '../frame-services';

/**
 * What the options page needs from the extension: `background`, one method per request the page may make
 * (derived from the request definitions), and what only a page can do. The entrypoint wires it; tests pass their own.
 */
export interface OptionsApi extends SurfaceApi<'options'> {
  saveSettings(next: Settings): Promise<void>;
  copyText(text: string): Promise<void>;
  /** Whether the mail and calendar hosts may be read (a Firefox user can revoke it). */
  hostAccess(): Promise<boolean>;
  requestHostAccess(): Promise<boolean>;
  /** Backup, restore, import and export; `onChanged` is called after data or the last backup changed. */
  data(onChanged: () => void): DataActions;
  lastBackupDays(): Promise<number | null>;
  /** The last scheduled backup that was not written, until a backup is saved; null when none failed. */
  backupFailure(): Promise<BackupFailure | null>;
  /** Calls `changed` whenever the last backup or a failure changes (the scheduled backup runs in the background); returns the unsubscribe. */
  watchBackup(changed: () => void): () => void;
  /** Asks the browser to keep the data under storage pressure; true when it will. */
  persistStorage(): Promise<boolean>;
  /** The open mail and calendar tabs, with the signed-in address each showed (the welcome page prefills it). */
  mailTabs(): Promise<MailTab[]>;
  /** Calls back with each signed-in address learned while the page is open; returns the unsubscribe function. */
  watchSignedIn(callback: (who: SignedIn) => void): () => void;
  /** Reloads a tab (one opened before the extension was installed has no content script until then). */
  reloadTab(tabId: number): Promise<void>;
  /** The running version, and the newest version whose "what's new" note was read (null: none). */
  whatsNew(): Promise<{ running: string; readUpTo: string | null }>;
  markWhatsNewRead(version: string): Promise<void>;
  /** The email templates: a storage item the page reads and writes itself (no background request). */
  templates: TemplatesStore;
  /** Saves text as a file in the downloads. */
  downloadFile(name: string, type: string, text: string): void;
}

export interface TemplatesStore {
  get(): Promise<MessageTemplate[]>;
  /** Writes the whole set; rejects, writing nothing, when the set does not pass the schema. */
  set(templates: MessageTemplate[]): Promise<void>;
  /** Calls back with the set whenever it changes, in any page; returns the unsubscribe. */
  watch(callback: (templates: MessageTemplate[]) => void): () => void;
}
