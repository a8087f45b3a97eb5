import type { PageContext, PersonRole } from '../../../shared/model';
import {
  cleanText,
  collapseSpace,
  ORGANIZER_HINT,
  parseNameAndAddress,
  PeopleCollector,
  textLines,
  textOf,
} from '../common';
import { findAll, findFirst, selectorList, type Anchor } from '../selectors';
import type { DetectionMiss } from '../types';
import { readCardPeople } from './calendar-people';
import { parseOutlookStart } from './calendar-time';
import { EVENT_ID_MAX, occurrenceId, readTiles, tileForEvent } from './calendar-tiles';
import { itemIdFromUrl } from './mail';
import { readComposeWell } from './people';
import type { OutlookSelf } from './self';
import {
  ATTENDEE_WELL,
  COMPOSE_BODY,
  COMPOSE_DATETIME,
  COMPOSE_SUBJECT,
  COMPOSE_WELL,
  EVENT_BODY,
  EVENT_BODY_ICON,
  EVENT_COMPOSE,
  EVENT_LOCATION,
  EVENT_PEEK,
  EVENT_TIME,
  EVENT_TIME_ICON,
  EVENT_TITLE,
  FULL_EVENT,
  LEGACY_PEEK,
  PERSONA,
} from './selectors';

/**
 * The Outlook calendar, on every Outlook host (outlook.office.com, outlook.office365.com,
 * outlook.live.com, outlook.cloud.microsoft), built from DOM-FACTS-2026 with no captured page:
 *
 * - the event compose (`CalendarCompose`): the attendees well's pills;
 * - the full event view: over the calendar in `[data-app-section=ReadingPane]` (2022 dialog, 2023
 *   modal), or its own page at /calendar/item/<id> (2024 on);
 * - the event peek (2026: `CalendarItemPeek`, not a dialog; people as "Opens card for NAME" buttons, no
 *   addresses), and as a fallback the dialog it was read as before.
 *
 * The peek carries no item id: it is the `data-calitemid` of the grid tile the event opened from (see
 * calendar-tiles.ts), and its start is read from the time line ("Tue 4/14/2026 9:00 AM - 9:30 AM").
 * Views that are specific come first: a compose or a full view over the calendar hides the grid and
 * closes the peek; the item page's `[role=main]` is the least specific, so it comes last.
 */
export type EventView =
  | { kind: 'compose'; root: Element; anchor: Anchor }
  | { kind: 'full'; root: Element; anchor: Anchor }
  | { kind: 'peek'; root: Element; anchor: Anchor }
  | { kind: 'legacy-peek'; root: Element; anchor: Anchor }
  | { kind: 'item-page'; root: Element; anchor: Anchor };

type Partial = Omit<PageContext, 'site'>;

const CALENDAR_PATH = /^\/calendar(\/|$)/;
const ITEM_PATH = /\/(item|deeplink\/read|deeplink\/compose)\/([^/?#]+)/;
const ITEM_PAGE: Anchor = { name: 'item-page-main', selector: '[role=main]', seen: '2025-05' };

export function findEventView(doc: Document, url: URL): EventView | null {
  if (!CALENDAR_PATH.test(url.pathname)) return null;
  const compose = findFirst(doc, EVENT_COMPOSE);
  if (compose) return { kind: 'compose', root: compose.element, anchor: compose.anchor };
  const full = findFirst(doc, FULL_EVENT);
  if (full) return { kind: 'full', root: full.element, anchor: full.anchor };
  const peek = findFirst(doc, EVENT_PEEK);
  if (peek) return { kind: 'peek', root: peek.element, anchor: peek.anchor };
  // Outlook keeps an empty zero-height dialog mounted: only a dialog with an event in it is a peek.
  const dialog = findAll(doc, LEGACY_PEEK).find((d) => d.querySelector(`[role=heading], ${selectorList(PERSONA)}`));
  if (dialog) return { kind: 'legacy-peek', root: dialog, anchor: LEGACY_PEEK[0]! };
  const main = ITEM_PATH.test(url.pathname) ? doc.querySelector(ITEM_PAGE.selector) : null;
  return main ? { kind: 'item-page', root: main, anchor: ITEM_PAGE } : null;
}

export function readEvent(doc: Document, url: URL, self: OutlookSelf, misses: DetectionMiss[]): Partial | null {
  const view = findEventView(doc, url);
  if (!view) return null;
  switch (view.kind) {
    case 'compose':
      return readEventCompose(view.root, url, self);
    case 'peek':
      return readPeek(doc, view.root, self, misses);
    case 'legacy-peek':
      return readLegacy(view.root, url, self, misses);
    default:
      return readFullView(doc, view.root, url, self, misses);
  }
}

/** The 2026 peek: subject, time line, people, and the item id of the tile it opened from. */
function readPeek(doc: Document, root: Element, self: OutlookSelf, misses: DetectionMiss[]): Partial {
  const titleNode = root.querySelector(EVENT_TITLE) ?? root.querySelector('[role=heading]') ?? firstTextNode(root);
  const subjectText = collapseSpace(titleNode?.textContent);
  const timeNode = root.querySelector(EVENT_TIME) ?? startLine(root);
  const when = collapseSpace(timeNode?.textContent);
  const start = parseOutlookStart(when);
  const people = new PeopleCollector();
  const skip: Array<Node | null> = [
    titleNode,
    root.querySelector(EVENT_LOCATION),
    ...root.querySelectorAll(EVENT_BODY),
  ];
  const strategy = readCardPeople(
    root,
    skip.filter((n): n is Node => !!n),
    people,
    self,
    true,
  );
  if (!strategy) misses.push({ view: 'event-peek', part: 'guests' });
  const subject = cleanText(subjectText);
  if (!subject) misses.push({ view: 'event-peek', part: 'title' });

  const series = textLines(root).includes('Series');
  const eventId = tileEventId(doc, subjectText, when, start, series);
  if (!eventId) misses.push({ view: 'event-peek', part: 'event-id' });
  return {
    view: 'event-peek',
    people: people.list(),
    subject,
    // With no tile to take the id from, the title and time text still tell this occurrence from others.
    eventId: eventId ?? (subject || when ? `peek:${subject}|${when}`.slice(0, EVENT_ID_MAX) : undefined),
    start,
    strategy: `event-peek:${strategy ?? 'none'}`,
  };
}

/**
 * The full event view: over the calendar (2022, 2023) or at /calendar/item/<id>. People as in the 2026
 * peek, else as the persona chips and attendee pills read before; the time from its label, or from the
 * row with the clock icon (2022).
 */
function readFullView(doc: Document, root: Element, url: URL, self: OutlookSelf, misses: DetectionMiss[]): Partial {
  const titleNode = root.querySelector(EVENT_TITLE) ?? root.querySelector('[role=heading]');
  const subjectText =
    collapseSpace(titleNode?.textContent) ||
    collapseSpace(root.querySelector<HTMLInputElement>('input[type=text][aria-label]')?.value);
  const subject = cleanText(subjectText);
  const timeNode = root.querySelector(EVENT_TIME) ?? root.querySelector(EVENT_TIME_ICON)?.parentElement ?? null;
  const when = collapseSpace(timeNode?.textContent);
  const start = parseOutlookStart(when);
  const people = new PeopleCollector();
  const bodies = [
    ...root.querySelectorAll(EVENT_BODY),
    ...[...root.querySelectorAll(EVENT_BODY_ICON)].flatMap((i) => (i.parentElement ? [i.parentElement] : [])),
  ];
  const skip = [titleNode, root.querySelector(EVENT_LOCATION), ...bodies].filter((n): n is Element => !!n);
  const cards = readCardPeople(root, skip, people, self, false);
  if (!cards) readLegacyPeople(root, people, self);
  if (!subject) misses.push({ view: 'event-form', part: 'title' });
  const eventId = itemIdFromPath(url) ?? tileEventId(doc, subjectText, when, start, false);
  return {
    view: 'event-form',
    people: people.list(),
    subject,
    eventId,
    start,
    strategy: `event-form:${cards ?? 'persona'}`,
  };
}

/** Creating or editing an event: the attendees well's pills, the subject, and the start where it reads as the peek's. */
function readEventCompose(root: Element, url: URL, self: OutlookSelf): Partial {
  const people = new PeopleCollector();
  const anchor = ATTENDEE_WELL.find((a) => root.querySelector(a.selector));
  const wells = anchor ? [...root.querySelectorAll(anchor.selector)].filter((w) => !w.closest(COMPOSE_BODY)) : [];
  let pills = 0;
  for (const well of wells) pills += readComposeWell(well, 'guest', people);
  const datetime = root.querySelector(COMPOSE_DATETIME);
  const fields = datetime ? [...datetime.querySelectorAll<HTMLInputElement>('input')].map((i) => i.value) : [];
  // The fields' format is not documented: a start is read only when they read like the peek's time line.
  const start = parseOutlookStart(fields.length ? fields.join(' ') : datetime?.textContent);
  const isSelf = (p: { email?: string; name?: string }) =>
    p.email
      ? p.email.toLowerCase() === self.email?.toLowerCase()
      : !!self.name && p.name?.toLowerCase() === self.name.toLowerCase();
  return {
    view: 'event-compose',
    people: people.list().filter((p) => !isSelf(p)),
    subject: cleanText(root.querySelector<HTMLInputElement>(COMPOSE_SUBJECT)?.value),
    eventId: itemIdFromPath(url),
    start,
    strategy: `event-compose:${pills && anchor ? anchor.name : 'empty'}`,
  };
}

/** The dialog the peek was read as before 2026, read as it was. */
function readLegacy(root: Element, url: URL, self: OutlookSelf, misses: DetectionMiss[]): Partial {
  const view = 'event-peek';
  const people = new PeopleCollector();
  readLegacyPeople(root, people, self);
  const title = root.querySelector<HTMLInputElement>('input[type=text][aria-label]');
  const subject = textOf(root.querySelector('[role=heading]')) || cleanText(title?.value);
  if (!subject) misses.push({ view, part: 'title' });
  const when = textOf(root.querySelector('[data-testid*=time i], time'));
  return {
    view,
    people: people.list(),
    subject,
    eventId: itemIdFromPath(url) ?? `peek:${subject}|${when}`.slice(0, EVENT_ID_MAX),
    strategy: `${view}:persona`,
  };
}

/** Persona chips labelled "Name" or "Name, Organizer", and pills of an attendee well (before 2026). */
function readLegacyPeople(root: Element, people: PeopleCollector, self: OutlookSelf): void {
  for (const target of findAll(root, PERSONA))
    addAttendee(people, target.getAttribute('aria-label') ?? '', textLines(target), self);
  for (const well of root.querySelectorAll(COMPOSE_WELL)) {
    for (const pill of [...well.children].filter((c) => c.getAttribute('contenteditable') === 'false'))
      addAttendee(people, pill.getAttribute('aria-label') ?? '', textLines(pill), self);
  }
}

function addAttendee(people: PeopleCollector, label: string, lines: string[], self: OutlookSelf): void {
  const [first = '', ...rest] = label.split(',').map((s) => s.trim());
  const role: PersonRole = ORGANIZER_HINT.test([...rest, ...lines.slice(1)].join(' ')) ? 'organizer' : 'guest';
  const person = parseNameAndAddress(first || lines[0] || '');
  if (self.email && person.email?.toLowerCase() === self.email.toLowerCase()) return;
  if (!person.email && self.name && person.name?.toLowerCase() === self.name.toLowerCase()) return;
  people.add(person, role);
}

/** The item id of the grid tile the open event belongs to, made per occurrence for a recurring meeting. */
function tileEventId(
  doc: Document,
  subject: string,
  when: string,
  start: string | undefined,
  series: boolean,
): string | undefined {
  const tiles = readTiles(doc);
  const tile = tileForEvent(tiles, subject, when, start, doc.activeElement);
  return tile ? occurrenceId(tile, tiles, start, series) : undefined;
}

/** `/calendar/item/AAMk…%3D` (or `/deeplink/read/…`, `/deeplink/compose/…`) → the item id. */
function itemIdFromPath(url: URL): string | undefined {
  if (!ITEM_PATH.test(url.pathname)) return undefined;
  return itemIdFromUrl(new URL(url.href.replace(/\/(item|deeplink\/read|deeplink\/compose)\//, '/id/')));
}

/** The peek's first text: its subject, plain text at the top of the card (A). */
function firstTextNode(root: Element): Text | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (collapseSpace(node.textContent) && !node.parentElement?.closest('button, [role=button]')) return node as Text;
  return null;
}

/** With no Time label: the first text that reads as a start. */
function startLine(root: Element): Text | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (parseOutlookStart(node.textContent)) return node as Text;
  return null;
}
