import type { Resolution } from './match/resolve';
import type { AccountBundle, PageContext } from './model';

/** A frame's state on its page: the user's choice, or hidden where no view was detected. */
export type FrameState = 'hidden' | 'collapsed' | 'expanded';

/** A tab's last reported page, resolved to accounts. */
export interface TabResolution {
  context: PageContext | null;
  resolution: Resolution | null;
}

/** What the frames and the popup show for a tab: its page resolved, each matched account's records, the frames' states. */
export interface TabAccounts extends TabResolution {
  bundles: AccountBundle[];
  sidebar: FrameState;
  briefing: FrameState;
}
