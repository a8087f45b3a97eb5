import type { PageContext, PersonRole, Site } from '../../shared/model';

import type { DetectionMiss } from '../../protocol/wire';

export type { DetectionMiss } from '../../protocol/wire';

export interface Detection {
  context: PageContext | null;
  misses: DetectionMiss[];
}

/** What the content script knows that the DOM does not show, e.g. the row under the pointer. */
export interface DetectionHints {
  hovered?: Element | null;
}

/**
 * One per site. `detect` is pure: a document and URL in, the page context out.
 * The content script calls it after relevant mutations and navigations.
 */
export interface SiteAdapter {
  site: Site;
  detect(doc: Document, url: URL, hints?: DetectionHints): Detection;
  /** Added or removed elements matching this selector (or containing a match) make the page worth re-reading. */
  relevantSelector: string;
  /** Elements whose hover selects a list row (`closest` target), if the site has hoverable rows. */
  hoverSelector?: string;
  /** The host's own controls the sidebar must never cover (header, add-on rail, reply and command bars). */
  frameAvoid?(doc: Document): Element[];
  /**
   * The view the expanded sidebar docks beside (the reading column): it gets a right margin as wide as the
   * sidebar, so the page narrows it and no word of the message lies under the frame.
   */
  roomFor?(doc: Document): HTMLElement | null;
  /**
   * The draft the user is writing (the same compose `detect` reads): its body editor and its subject field,
   * where a template is inserted. `near`: an element of the compose the user was last in (where the caret
   * was), which wins when several are open. Mail sites only.
   */
  draft?(doc: Document, near?: Element): DraftFields | null;
  /** Whether a click on this element is the page's own Send of a compose. Mail sites only. */
  isSendControl?(target: Element): boolean;
  /** Whether this page can show calendar events (and so needs a briefing card ready); absent: never. */
  showsEvents?(doc: Document): boolean;
  /** Where the briefing card goes inside the open event (appended as the last child), or null. */
  briefingAnchor?(doc: Document): Element | null;
}

/** A compose's editable parts. */
export interface DraftFields {
  /** The rich-text body the page owns (contenteditable). */
  body: HTMLElement;
  subject: HTMLInputElement | null;
}

export type { PersonRole };
