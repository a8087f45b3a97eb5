import type { PageContext, PersonRole } from '../../../shared/model';
import { cleanText, ORGANIZER_HINT, parseNameAndAddress, PeopleCollector, textLines, textOf } from '../common';
import { findAll, findFirst } from '../selectors';
import type { DetectionMiss } from '../types';
import { itemIdFromUrl } from './mail';
import type { OutlookSelf } from './self';
import { COMPOSE_WELL, EVENT_PEEK, PERSONA } from './selectors';

/**
 * The Outlook calendar: the event peek (a dialog in the Fluent layer host) or
 * the full event page. Attendees show as persona chips, mostly names with no
 * address; those match contacts by name. Built from the documented behaviour
 * with no captured page: verify against a live tenant.
 */
/** A page context's event id is at most this long; a peek's id is made of its title and time, which can be longer. */
const EVENT_ID_MAX = 500;

export function readEvent(
  doc: Document,
  url: URL,
  self: OutlookSelf,
  misses: DetectionMiss[],
): Omit<PageContext, 'site'> | null {
  if (!/^\/calendar(\/|$)/.test(url.pathname)) return null;
  const peek = findFirst(doc, EVENT_PEEK)?.element;
  const fullId = /\/(?:item|deeplink\/read|deeplink\/compose)\/([^/?#]+)/.exec(url.pathname)?.[1];
  const root = peek ?? (fullId ? doc.querySelector('[role=main]') : null);
  if (!root) return null;

  const people = new PeopleCollector();
  for (const target of findAll(root, PERSONA))
    addAttendee(people, target.getAttribute('aria-label') ?? '', textLines(target), self);
  for (const well of root.querySelectorAll(COMPOSE_WELL)) {
    for (const pill of [...well.children].filter((c) => c.getAttribute('contenteditable') === 'false'))
      addAttendee(people, pill.getAttribute('aria-label') ?? '', textLines(pill), self);
  }
  const title = root.querySelector<HTMLInputElement>('input[type=text][aria-label]');
  const subject = textOf(root.querySelector('[role=heading]')) || cleanText(title?.value);
  if (!subject) misses.push({ view: peek ? 'event-peek' : 'event-form', part: 'title' });
  const when = textOf(root.querySelector('[data-testid*=time i], time'));
  const eventId =
    (fullId && itemIdFromUrl(new URL(url.href.replace(/\/(item|deeplink\/read|deeplink\/compose)\//, '/id/')))) ??
    (peek ? `peek:${subject}|${when}`.slice(0, EVENT_ID_MAX) : undefined);
  return {
    view: peek ? 'event-peek' : 'event-form',
    people: people.list(),
    subject,
    eventId,
    strategy: `${peek ? 'event-peek' : 'event-form'}:persona`,
  };
}

function addAttendee(people: PeopleCollector, label: string, lines: string[], self: OutlookSelf): void {
  const [first = '', ...rest] = label.split(',').map((s) => s.trim());
  const role: PersonRole = ORGANIZER_HINT.test([...rest, ...lines.slice(1)].join(' ')) ? 'organizer' : 'guest';
  const person = parseNameAndAddress(first || lines[0] || '');
  if (self.email && person.email?.toLowerCase() === self.email.toLowerCase()) return;
  if (!person.email && self.name && person.name?.toLowerCase() === self.name.toLowerCase()) return;
  people.add(person, role);
}
