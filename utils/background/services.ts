import type { DraftInsertion, PushMap } from '../protocol/wire';
import type { Tier } from '../shared/model';
import type { Caller, ExtensionIdentity } from './caller';
import type { Clock, Touched } from './db/writes';
import type { DetectionMissLog } from './detection-misses';
import type { ScheduledBackup } from './scheduled-backup/run';
import type { SearchIndex } from './search/index';
import type { SentNote } from './auto-log';
import type { TabNotes } from './tab-contexts';
import type { ExclusionStore, TabStateDeps } from './tab-state';

/** What the background's requests work with; the worker wires the real ones, tests pass fakes. */
export interface BackgroundServices extends TabStateDeps {
  identity: ExtensionIdentity;
  search: SearchIndex;
  /** Remembers the signed-in address a page showed. */
  learnSelf: (email: string) => Promise<void>;
  clock: Clock;
  /** The active tab of the last-focused normal window: the tab the popup is about. */
  activeTabId: () => Promise<number | undefined>;
  /** Re-sizes the tab's frames and, if `dataChanged`, sends them their new data (`undefined`: every tab). */
  refreshTabs: (tabId?: number, dataChanged?: boolean) => void | Promise<void>;
  /** "Not this account": the exclusions to list, add, remove and restore (`exclusions` reads their keys). */
  exclusionStore: ExclusionStore;
  misses: DetectionMissLog;
  /** Recounts the badge and sets the reminder alarm again. */
  remind: () => Promise<void>;
  /** Default contact cadence per tier, from settings. */
  cadenceDays: () => Promise<Record<Tier, number>>;
  /** Asks a tab's content script (its top frame) to do what the user asked in a frame; answers with its reply. */
  askPage: (tabId: number, data: PushMap['insertIntoDraft']) => Promise<DraftInsertion>;
  /** The template last inserted into each tab's draft (`draft`: the draft's key), so its logging records it. */
  draftTemplates: TabNotes<{ draft: string; template: { id: string; name: string } }>;
  /** The messages just sent from each tab's composes, followed until logged and past an undo of the send. */
  sentMail: TabNotes<SentNote[]>;
  /** What the offscreen document asks of the scheduled backup: the backup to write, and the file it made. */
  scheduledBackup: Pick<ScheduledBackup, 'job' | 'fileMade'>;
}

/** What a request's handler is given besides its data: the services, who asked, and the follow-ups every write needs. */
export interface RequestContext {
  services: BackgroundServices;
  caller: Caller;
  /** The tab a request is about: a content script's or frame's own; the popup's is the active tab. */
  tabOf(): Promise<number | undefined>;
  /** Runs a tab's reports in the order they came: an earlier one that waits on storage must not land last. */
  inTabOrder<T>(tabId: number, task: () => Promise<T>): Promise<T>;
  /** Records changed: search, shared resolutions and every tab's frames must catch up. */
  afterWrite(touched: Touched[]): void;
  /** Many records changed at once (import, restore, demo): rebuild rather than patch. */
  dataReplaced(): void;
}
