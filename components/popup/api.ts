import type { TabAccounts } from '../../utils/background/tab-state';
import type { Due } from '../../utils/shared/insights/due';
import type { SaveRecordRequest } from '../../utils/protocol/messaging';
import type { SearchHit } from '../../utils/background/search/index';
import type { Settings } from '../../utils/settings/settings';

/** What the popup needs from the extension; the entrypoint wires it to messages. */
export interface PopupApi {
  /** Starts building the search index while the user starts typing. */
  warm(): void;
  search(query: string): Promise<SearchHit[]>;
  /** The active tab's page, resolved (the active tab of the last-focused normal window). */
  tab(): Promise<TabAccounts>;
  due(): Promise<Due>;
  saveAll(records: SaveRecordRequest[]): Promise<{ undoId: string }>;
  undo(undoId: string): Promise<void>;
  settings(): Promise<Settings>;
  now(): Date;
}
