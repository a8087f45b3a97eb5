import type { TabAccounts } from '../../utils/background/tab-state';
import type { SaveRecordRequest } from '../../utils/protocol/messaging';
import type { AnyRecord, StoreName } from '../../utils/shared/model';
import type { Settings } from '../../utils/settings/settings';

/** What the sidebar needs from the extension. The entrypoint wires it to messages and storage; tests pass a fake. */
export interface SidebarApi {
  load(): Promise<TabAccounts>;
  save(request: SaveRecordRequest): Promise<{ record: AnyRecord; undoId: string }>;
  remove(store: StoreName, id: string): Promise<{ undoId: string }>;
  undo(undoId: string): Promise<void>;
  setState(state: 'expanded' | 'collapsed'): Promise<void>;
  exclude(email: string, accountId: string): Promise<void>;
  settings(): Promise<Settings>;
  /** Calls back when the tab's page, the records or the settings change, with the new data when the background sent it; returns the unsubscribe function. */
  onChange(callback: (data?: TabAccounts) => void): () => void;
  now(): Date;
}
