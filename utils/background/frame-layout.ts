import type { PushMap } from '../protocol/wire';
import type { Resolution } from '../shared/match/resolve';
import type { PageContext } from '../shared/model';

import type { FrameState } from '../shared/tab-accounts';
export type { FrameState };
export type FrameLayout = PushMap['frameLayout'];

/** Expanded sidebar width; the collapsed tab's size. The frame draws both itself. */
export const SIDEBAR_WIDTH = 360;
export const TAB_SIZE = { width: 44, height: 128 };

/**
 * The sidebar's state on a page: hidden where no view was detected; else what
 * the user last chose on this site; else collapsed in a calendar event (the
 * briefing card is there, and "Full view" opens the sidebar), expanded when an
 * account matched, and collapsed to the tab when none did.
 */
export function sidebarState(
  context: PageContext | null,
  accountCount: number,
  chosen: FrameState | undefined,
): FrameState {
  if (!context) return 'hidden';
  if (chosen === 'expanded' || chosen === 'collapsed') return chosen;
  return accountCount > 0 && !isEventView(context) ? 'expanded' : 'collapsed';
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

/** The briefing card inside a calendar event: shown when the meeting has a client (or a business domain to add). */
export const BRIEFING_DEFAULT_HEIGHT = 360;
/** Taller content scrolls inside the card, so the event popup stays on screen. */
export const BRIEFING_MAX_HEIGHT = 440;
export function briefingLayout(
  context: PageContext | null,
  resolution: Resolution | null,
  height: number | undefined,
): FrameLayout {
  const isEvent = !!context && isEventView(context);
  const hasClient = !!resolution && (resolution.accounts.length > 0 || resolution.unknownDomains.length > 0);
  return isEvent && hasClient
    ? {
        frame: 'briefing',
        state: 'expanded',
        width: 0,
        height: Math.min(height ?? BRIEFING_DEFAULT_HEIGHT, BRIEFING_MAX_HEIGHT),
      }
    : { frame: 'briefing', state: 'hidden', width: 0, height: 0 };
}
