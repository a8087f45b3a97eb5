import type { PersonRole } from '../../../shared/model';
import { recipientRole } from '../local-labels';
import { addressesInText, parseNameAndAddress, PeopleCollector, textLines } from '../common';
import { RECIPIENT_ENTITY } from './selectors';

/** A recipient field's role from its label, in the page's language; a label in no table falls back to the field's order (To, Cc, Bcc). */
export function fieldRole(label: string, index: number, language = 'en'): PersonRole {
  const role = recipientRole(label, language);
  if (role === 'to' || role === 'cc' || role === 'bcc') return role;
  return index === 0 ? 'to' : index === 1 ? 'cc' : 'bcc';
}

/** A read-only recipient chip: the persona's label is the name, or "Name <addr>" for an unresolved address. */
export function readRecipientWell(well: Element, role: PersonRole, people: PeopleCollector, selfName?: string): void {
  for (const entity of well.querySelectorAll(RECIPIENT_ENTITY)) {
    const labelled = entity.querySelector('[aria-label]') ?? entity;
    const person = parseNameAndAddress(labelled.getAttribute('aria-label') ?? entity.textContent ?? '');
    if (!person.email && selfName && person.name?.toLowerCase() === selfName.toLowerCase()) continue;
    people.add(person, role);
  }
}

/** An editable compose field: each pill reads "Name <addr>", a name, or an address; typed text may hold more addresses. */
export function readComposeWell(well: Element, role: PersonRole, people: PeopleCollector): number {
  let found = 0;
  const pills = [...well.children].filter(
    (child) =>
      child.getAttribute('contenteditable') === 'false' || child.matches('[class*=Entity], [data-lpc-hover-target-id]'),
  );
  for (const pill of pills) {
    const text = pill.getAttribute('aria-label') || textLines(pill).join(' ');
    const person = parseNameAndAddress(text);
    if (person.email || person.name) {
      people.add(person, role);
      found++;
    }
  }
  const typed = [...well.childNodes]
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? '')
    .join(' ');
  for (const email of addressesInText(typed)) {
    people.add({ email }, role);
    found++;
  }
  return found;
}
