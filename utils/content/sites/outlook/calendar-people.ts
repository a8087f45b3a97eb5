import type { PersonRole } from '../../../shared/model';
import { addressesInText, collapseSpace, ORGANIZER_HINT, parseNameAndAddress, PeopleCollector } from '../common';
import { findAll } from '../selectors';
import type { OutlookSelf } from './self';
import { CARD_LABEL_PREFIX, CARD_PERSONA } from './selectors';

/** "{organizer} invited you." after the organizer's button (English; other languages rely on "Organizer"). */
const INVITED_YOU = /\binvited you\b/i;

type Person = { name?: string; email?: string };

/**
 * The people of the 2026 peek (and of the 2026 full view, whose persona buttons are described the same
 * way): each `span[role=button]` labelled "Opens card for NAME". Other languages label it otherwise, so
 * there the name is the button's own text when the label ends with it and a second button carries the
 * same label (each person has two, the initials' and the name's; the initials are not the label's end).
 * A person's two buttons make one person. The reply status is the first text after a person's buttons;
 * "Organizer", or "{NAME} invited you.", makes the organizer. Addresses in the card's own sentences are
 * guests when `sentences` is set (the peek): the organizer's view may say "You're the organizer,
 * jane@x.com didn't respond" instead of a list. Such a sentence is read only where it is a person's
 * status (right after the organizer's button), so addresses in the body, whose markup is undocumented,
 * are not taken for guests. Nodes in `skip` (the title, the location, a known body) are not read. Returns the strategy that found someone (the owner included), or null.
 */
export function readCardPeople(
  root: Element,
  skip: Node[],
  people: PeopleCollector,
  self: OutlookSelf,
  sentences: boolean,
): string | null {
  const skipped = (node: Node) => skip.some((s) => s.contains(node));
  const buttons = findAll(root, CARD_PERSONA).filter((b) => !skipped(b));
  const labelCount = new Map<string, number>();
  for (const b of buttons) {
    const label = collapseSpace(b.getAttribute('aria-label'));
    labelCount.set(label, (labelCount.get(label) ?? 0) + 1);
  }
  const byButton = new Map<Element, Person>();
  let strategy: string | null = null;
  for (const b of buttons) {
    const label = collapseSpace(b.getAttribute('aria-label'));
    const prefixed = CARD_LABEL_PREFIX.exec(label);
    const text = collapseSpace(b.textContent);
    const name = prefixed
      ? label.slice(prefixed[0].length)
      : (labelCount.get(label) ?? 0) > 1 && text && text.length < label.length && label.endsWith(` ${text}`)
        ? text
        : '';
    const person = parseNameAndAddress(name);
    if (!person.name && !person.email) continue;
    byButton.set(b, person);
    strategy ??= prefixed ? 'opens-card' : 'card-text';
  }

  // One pass in document order: a person's buttons, then the text after them.
  const order: Person[] = [];
  const roles = new Map<string, PersonRole>();
  const sentenceAddresses: string[] = [];
  let current: string | null = null;
  let inside: Element | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (inside?.contains(node)) continue;
    inside = null;
    if (node.nodeType === 1) {
      const element = node as Element;
      const person = byButton.get(element);
      if (person) {
        const key = keyOf(person);
        if (!roles.has(key)) {
          order.push(person);
          roles.set(key, 'guest');
        }
        current = key;
        inside = element;
      } else if (buttons.includes(element)) inside = element; // an initials button not read: its text is no status
      continue;
    }
    if (skipped(node)) continue;
    const text = collapseSpace(node.textContent);
    if (!text) continue;
    if (current !== null && (ORGANIZER_HINT.test(text) || INVITED_YOU.test(text))) roles.set(current, 'organizer');
    // Only the text right after a person (a status) names guests: not the body's addresses.
    if (sentences && current !== null) sentenceAddresses.push(...addressesInText(text));
    current = null;
  }

  const isSelf = (p: Person) =>
    (!!self.email && p.email?.toLowerCase() === self.email.toLowerCase()) ||
    (!p.email && !!self.name && p.name?.toLowerCase() === self.name.toLowerCase());
  for (const person of order) if (!isSelf(person)) people.add(person, roles.get(keyOf(person))!);
  for (const email of sentenceAddresses) if (!isSelf({ email })) people.add({ email }, 'guest');
  return strategy;
}

function keyOf(person: Person): string {
  return person.email ? person.email.toLowerCase() : `name:${person.name!.toLowerCase()}`;
}
