import type { PushMap } from '../messaging';
import type { PageContext } from '../model';

export type FrameState = PushMap['frameLayout']['state'];
export type FrameLayout = PushMap['frameLayout'];

/** Expanded sidebar width; the collapsed tab's size. The frame draws both itself. */
export const SIDEBAR_WIDTH = 360;
export const TAB_SIZE = { width: 44, height: 128 };

/**
 * The sidebar's state on a page: hidden where no view was detected; else what
 * the user last chose on this site; else expanded when an account matched and
 * collapsed to the tab when none did.
 */
export function sidebarState(context: PageContext | null, accountCount: number, chosen: FrameState | undefined): FrameState {
  if (!context) return 'hidden';
  if (chosen === 'expanded' || chosen === 'collapsed') return chosen;
  return accountCount > 0 ? 'expanded' : 'collapsed';
}

/** Height 0 means "as tall as the space the page leaves". */
export function sidebarLayout(state: FrameState): FrameLayout {
  if (state === 'expanded') return { frame: 'sidebar', state, width: SIDEBAR_WIDTH, height: 0 };
  if (state === 'collapsed') return { frame: 'sidebar', state, ...TAB_SIZE };
  return { frame: 'sidebar', state, width: 0, height: 0 };
}
