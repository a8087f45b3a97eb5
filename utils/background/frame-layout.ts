import type { PushMap } from '../protocol/wire';
import type { PageContext } from '../shared/model';

import type { FrameState } from '../shared/tab-accounts';
export type { FrameState };
export type FrameLayout = PushMap['frameLayout'];

/*
 * Everything here is what the host page can see of Account Lens: which frames are on show, where and how big.
 * It is decided from the page's own view and the user's own choices only, never from who matched, so a page
 * that plants addresses cannot learn from the frames who is a client (docs/security.md).
 */

/** Expanded sidebar width; the collapsed tab's size. The frame draws both itself. */
export const SIDEBAR_WIDTH = 360;
export const TAB_SIZE = { width: 44, height: 128 };

/**
 * The sidebar's state on a page: hidden where no view was detected; else what the user last chose on this
 * site; else collapsed in a calendar event (the briefing card is there, and "Full view" opens the sidebar)
 * and in a window too narrow for the mail beside it, and expanded in mail. The collapsed tab shows, inside
 * the frame, how many accounts are on the page.
 */
export function sidebarState(context: PageContext | null, chosen: FrameState | undefined): FrameState {
  if (!context) return 'hidden';
  if (chosen === 'expanded' || chosen === 'collapsed') return chosen;
  return isEventView(context) || context.narrow ? 'collapsed' : 'expanded';
}

export function isEventView(context: PageContext): boolean {
  return context.site === 'google-calendar' || context.view.startsWith('event');
}

/** Height 0 means "as tall as the space the page leaves". */
export function sidebarLayout(state: FrameState): FrameLayout {
  if (state === 'expanded') return { frame: 'sidebar', state, width: SIDEBAR_WIDTH, height: 0 };
  if (state === 'collapsed') return { frame: 'sidebar', state, ...TAB_SIZE };
  return { frame: 'sidebar', state, width: 0, height: 0 };
}

/**
 * The briefing card's state: in every calendar event, client or not, expanded unless the user collapsed it
 * on this site. (The content script shows it only where the page has an event open.)
 */
export function briefingState(context: PageContext | null, chosen: FrameState | undefined): FrameState {
  if (!context || !isEventView(context)) return 'hidden';
  return chosen === 'collapsed' ? 'collapsed' : 'expanded';
}

/**
 * Fixed heights, whatever the card holds: a card sized to its content would tell the page how much the
 * extension knows about the guests. Longer briefings scroll inside the card.
 */
export const BRIEFING_HEIGHT = { expanded: 360, collapsed: 40 } as const;

export function briefingLayout(state: FrameState): FrameLayout {
  return state === 'hidden'
    ? { frame: 'briefing', state, width: 0, height: 0 }
    : { frame: 'briefing', state, width: 0, height: BRIEFING_HEIGHT[state] };
}
