import type { PageContext } from '../../../shared/model';
import { cleanText, compactContext, PeopleCollector, textLines, textOf } from '../common';
import { pageLanguage } from '../local-dates';
import { findAll, findFirst } from '../selectors';
import type { Detection, DetectionMiss, SiteAdapter } from '../types';
import { decodeEventId, instanceStart } from './event-id';
import { readGuests } from './guests';
import { readSignedInAddress } from './self';
import {
  CALENDAR_FRAME_AVOID,
  EDIT_GUEST,
  EDIT_PAGE,
  editTitleAnchors,
  EVENT_POPUP,
  POPUP_GUEST,
  POPUP_WHEN,
} from './selectors';
import { readStart } from './start';
import { readPopupStart } from './when';

/**
 * Google Calendar: the event popup (reused by Calendar for the next event
 * clicked, so it is keyed by event id), or the full edit and details page.
 */
export const googleCalendarAdapter: SiteAdapter = {
  site: 'google-calendar',
  relevantSelector: '[role=dialog], #xDetDlg, #xDetDlgAtt, [data-email], #xTiIn, [data-eventid]',
  frameAvoid: (doc) => findAll(doc, CALENDAR_FRAME_AVOID),

  showsEvents: () => true,
  briefingAnchor: (doc) =>
    // The popup keeps only its own nodes in its content list, so the card goes straight under the dialog.
    doc.querySelector('#xDetDlg')?.closest('[role=dialog]') ??
    (doc.querySelector(EDIT_PAGE) ? (doc.querySelector('#tabEventDetails') ?? doc.querySelector('[role=main]')) : null),

  detect(doc, url): Detection {
    const misses: DetectionMiss[] = [];
    const selfEmail = readSignedInAddress(doc);
    const context = readEditPage(doc, url, misses) ?? readPopup(doc, url, misses);
    if (!context) return { context: null, misses };
    const people = context.people.filter((p) => !selfEmail || p.email?.toLowerCase() !== selfEmail.toLowerCase());
    return { context: compactContext({ ...context, people, ...(selfEmail ? { selfEmail } : {}) }), misses };
  },
};

function readPopup(doc: Document, url: URL, misses: DetectionMiss[]): PageContext | null {
  const found = findFirst(doc, EVENT_POPUP);
  if (!found) return null;
  const dialog = found.element.closest('[role=dialog]') ?? found.element;
  const details = dialog.querySelector('#xDetDlg') ?? found.element;
  const encoded = details.getAttribute('data-eventid') ?? '';
  const decoded = decodeEventId(encoded);
  if (!encoded) misses.push({ view: 'event-popup', part: 'event-id' });
  const people = new PeopleCollector();
  const guestSection = dialog.querySelector('#xDetDlgAtt');
  const strategy = readGuests(guestSection ?? dialog, POPUP_GUEST, people, pageLanguage(doc));
  // A hidden guest list has no section; a section with no readable guest is a miss.
  if (guestSection && !strategy) misses.push({ view: 'event-popup', part: 'guests' });
  const eventId = decoded?.eventId ?? (encoded || undefined);
  // A recurring occurrence's id carries its start; a one-off event's start is only on the date and time line.
  const when = findFirst(dialog, POPUP_WHEN)?.element;
  const start =
    (eventId && instanceStart(eventId)) ||
    (when ? readPopupStart(cleanText(textLines(when).join(' · ')), doc, url) : undefined);
  if (when && !start) misses.push({ view: 'event-popup', part: 'start' });
  return {
    site: 'google-calendar',
    view: 'event-popup',
    people: people.list(),
    subject: textOf(dialog.querySelector('[role=heading]')),
    eventId,
    start,
    strategy: `event-popup:${strategy ?? 'none'}`,
  };
}

function readEditPage(doc: Document, url: URL, misses: DetectionMiss[]): PageContext | null {
  const onEditPage = doc.querySelector(EDIT_PAGE) || /\/r\/eventedit(\/|$)/.test(url.pathname);
  if (!onEditPage) return null;
  const people = new PeopleCollector();
  const language = pageLanguage(doc);
  const strategy = readGuests(doc, EDIT_GUEST, people, language);
  const title = findFirst<HTMLInputElement>(doc, editTitleAnchors(language));
  if (!title) misses.push({ view: 'event-edit', part: 'title' });
  const encoded =
    /\/eventedit\/([^/?#]+)/.exec(url.pathname)?.[1] ??
    doc.querySelector('[data-eventid]')?.getAttribute('data-eventid') ??
    '';
  const eventId = encoded ? (decodeEventId(encoded)?.eventId ?? encoded) : undefined;
  return {
    site: 'google-calendar',
    view: 'event-edit',
    people: people.list(),
    subject: title?.element.value ?? '',
    eventId,
    start: (eventId && instanceStart(eventId)) || readStart(doc),
    strategy: `event-edit:${strategy ?? 'none'}`,
  };
}
