import type { TabAccounts } from '../../utils/background/tab-state';
import type { SaveRecordRequest } from '../../utils/protocol/messaging';
import type { Settings } from '../../utils/settings/settings';

/** What the briefing card needs from the extension; the entrypoint wires it to messages. */
export interface BriefingApi {
  load(): Promise<TabAccounts>;
  saveAll(records: SaveRecordRequest[]): Promise<{ undoId: string }>;
  undo(undoId: string): Promise<void>;
  openSidebar(): Promise<void>;
  /** Tells the background how tall the card is, so the page can size its frame. */
  resize(height: number): void;
  settings(): Promise<Settings>;
  /** Calls back when the tab's page, the records or the settings change, with the new data when the background sent it; returns the unsubscribe function. */
  onChange(callback: (data?: TabAccounts) => void): () => void;
  now(): Date;
}
