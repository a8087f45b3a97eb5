import type { PagePerson, PersonRole } from '../../../shared/model';
import { addressesInText, cleanText, parseNameAndAddress, PeopleCollector } from '../common';
import { findAll, findFirst, selectorList } from '../selectors';
import type { DetectionMiss, DraftFields } from '../types';
import { personFromAttributes } from './people';
import {
  chipAnchors,
  COLLAPSED_RECIPIENTS,
  COMPOSE_BODY,
  COMPOSE_MARKER,
  COMPOSE_ROOT,
  COMPOSE_SUBJECT,
  SEND_BUTTON,
  typedAnchors,
} from './selectors';

export interface ComposeRead {
  root: Element;
  people: PagePerson[];
  subject: string;
  draftId?: string;
  strategy: string;
}

const FIELDS = ['to', 'cc', 'bcc'] as const satisfies readonly PersonRole[];

/**
 * The compose the user is in (the focused one, else the newest): recipient
 * chips of the current and the classic UI, addresses typed but not yet chips,
 * and the collapsed summary when the fields are folded.
 */
export function readCompose(doc: Document, misses: DetectionMiss[]): ComposeRead | null {
  const root = activeCompose(doc);
  if (!root) return null;

  const people = new PeopleCollector();
  const strategies = new Set<string>();
  let fields = 0;
  for (const field of FIELDS) {
    for (const anchor of chipAnchors(field)) {
      for (const chip of root.querySelectorAll(anchor.selector)) {
        const person = chip.matches('input')
          ? parseNameAndAddress((chip as HTMLInputElement).value)
          : personFromAttributes(chip);
        if (person.email) {
          people.add(person, field);
          strategies.add(anchor.name);
        }
      }
    }
    for (const input of findAll<HTMLInputElement | HTMLTextAreaElement>(root, typedAnchors(field))) {
      fields++;
      for (const email of addressesInText(input.value ?? '')) {
        people.add({ email }, field);
        strategies.add('typed');
      }
    }
    if (root.querySelector(`div[name=${field}]`)) fields++;
  }
  for (const el of findAll(root, COLLAPSED_RECIPIENTS)) {
    people.add(personFromAttributes(el), 'to');
    strategies.add('collapsed-summary');
  }
  if (fields === 0 && people.size === 0) misses.push({ view: 'compose', part: 'recipient-fields' });

  return {
    root,
    people: people.list(),
    subject: cleanText(root.querySelector<HTMLInputElement>(COMPOSE_SUBJECT)?.value),
    draftId: root.querySelector<HTMLInputElement>('input[name=draft]')?.value || undefined,
    strategy: `compose:${[...strategies].join('+') || 'empty'}`,
  };
}

/** The compose the user is in: the one holding `near` (or the focus), else the newest. */
function activeCompose(doc: Document, near?: Element | null): Element | null {
  const roots = [...new Set([...doc.querySelectorAll(COMPOSE_MARKER)].map(composeRootOf))];
  const inside = near ?? doc.activeElement;
  return roots.find((r) => inside && r.contains(inside)) ?? roots.at(-1) ?? null;
}

/** The body editor and subject field of the compose `readCompose` reads (the recipient fields are inputs, never the body). */
export function readDraft(doc: Document, near?: Element): DraftFields | null {
  const root = activeCompose(doc, near);
  const body = root && findFirst<HTMLElement>(root, COMPOSE_BODY)?.element;
  return body ? { body, subject: root.querySelector<HTMLInputElement>(COMPOSE_SUBJECT) } : null;
}

/** A click on a compose's own Send button. */
export function isSendControl(target: Element): boolean {
  const root = target.closest(selectorList(SEND_BUTTON))?.closest(selectorList(COMPOSE_ROOT));
  // A form or dialog is a compose only with a compose's fields in it.
  return !!root?.querySelector(COMPOSE_MARKER);
}

function composeRootOf(marker: Element): Element {
  for (const anchor of COMPOSE_ROOT) {
    const root = marker.closest(anchor.selector);
    if (root) return root;
  }
  return marker.parentElement ?? marker;
}
