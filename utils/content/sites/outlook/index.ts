import { compactContext } from '../common';
import { findAll, findFirst } from '../selectors';
import { OUTLOOK_FRAME_AVOID, OUTLOOK_MAIL_VIEW } from './selectors';
import type { Detection, DetectionMiss, SiteAdapter } from '../types';
import { findEventView, readEvent } from './calendar';
import { isSendControl, readCompose, readDraft, readList, readReadingPane } from './mail';
import { readSelf } from './self';

/** Outlook's calendar, whose events get a briefing card (its mail never does). */
const CALENDAR_PATH = /^\/calendar(\/|$)/;

/**
 * Outlook on the web (outlook.office.com, outlook.office365.com,
 * outlook.live.com, outlook.cloud.microsoft), mail and calendar. A compose
 * wins over the reading pane, which wins over the hovered or selected row.
 */
export const outlookAdapter: SiteAdapter = {
  site: 'outlook',
  relevantSelector: [
    '#ReadingPaneContainerId',
    '#ItemReadingPaneContainer',
    '#ConversationReadingPaneContainer',
    '[data-app-section]',
    '[id^=docking_InitVisiblePart_]',
    '[data-testid=RecipientWell]',
    '[role=textbox]',
    '[role=option][data-convid]',
    '#fluent-default-layer-host [role=dialog]',
    // The peek may fill in after its root is mounted.
    '[data-app-section=CalendarItemPeek] span[role=button]',
    '[data-app-section=CalendarItemPeek] [aria-label=Time]',
    '[role=dialog]',
    '[role=main]',
  ].join(', '),
  hoverSelector: '[role=option][data-convid]',
  frameAvoid: (doc) => findAll(doc, OUTLOOK_FRAME_AVOID),
  draft: readDraft,
  isSendControl,
  roomFor: (doc) => findFirst<HTMLElement>(doc, OUTLOOK_MAIL_VIEW)?.element ?? null,

  // Outlook's mail and calendar are one app: only its calendar shows events.
  showsEvents: (doc) => CALENDAR_PATH.test(doc.location?.pathname ?? ''),
  // The open event's own root (the 2026 peek's `CalendarItemPeek`, whose direct child the card becomes).
  briefingAnchor: (doc) => {
    if (!CALENDAR_PATH.test(doc.location?.pathname ?? '')) return null;
    return findEventView(doc, new URL(doc.location.href))?.root ?? doc.querySelector('[role=main]');
  },

  detect(doc, url, hints): Detection {
    const misses: DetectionMiss[] = [];
    const self = readSelf(doc);
    const found =
      readEvent(doc, url, self, misses) ??
      readCompose(doc, self) ??
      readReadingPane(doc, url, self, misses) ??
      readList(doc, hints?.hovered);
    if (!found) return { context: null, misses };
    return {
      context: compactContext({ site: 'outlook' as const, ...found, ...(self.email ? { selfEmail: self.email } : {}) }),
      misses,
    };
  },
};
