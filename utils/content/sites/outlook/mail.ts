import type { PageContext } from '../../../shared/model';
import {
  addressesInText,
  cleanText,
  mailtoAddresses,
  parseNameAndAddress,
  PeopleCollector,
  textLines,
} from '../common';
import { pageLanguage } from '../local-dates';
import { findAll, findFirst, selectorList } from '../selectors';
import { newestItem, readConversationItems } from './conversation';
import type { DetectionMiss, DraftFields } from '../types';
import { fieldRole, readComposeWell, readRecipientWell } from './people';
import type { OutlookSelf } from './self';
import {
  COMPOSE_BODY,
  COMPOSE_ROOT,
  MAIL_SUBJECT,
  COMPOSE_WELL,
  LIST_ROW,
  MESSAGE_BODY,
  PERSONA,
  READING_PANE,
  SEND_BUTTON,
  RECIPIENT_WELL,
  SUBJECT,
} from './selectors';

type Partial = Omit<PageContext, 'site'>;

/** A docked or popped-out compose: its To, Cc and Bcc pills. */
export function readCompose(doc: Document, self: OutlookSelf): Partial | null {
  const found = findFirst(doc, COMPOSE_ROOT);
  if (!found) return null;
  const root = found.element;
  const people = new PeopleCollector();
  const wells = [...root.querySelectorAll(COMPOSE_WELL)].filter(
    (w) => !w.closest(COMPOSE_BODY) && w.getAttribute('aria-multiline') !== 'false',
  );
  let pills = 0;
  wells.forEach(
    (well, index) =>
      (pills += readComposeWell(
        well,
        fieldRole(well.getAttribute('aria-label') ?? '', index, pageLanguage(doc)),
        people,
      )),
  );
  return {
    view: 'compose',
    people: withoutSelf(people, self),
    subject: cleanText(subjectField(root)?.value),
    strategy: `compose:${pills ? found.anchor.name : 'empty'}`,
  };
}

/** The subject is the compose's last plain text input (its placeholder text is localized). */
function subjectField(root: Element): HTMLInputElement | null {
  return [...root.querySelectorAll<HTMLInputElement>(MAIL_SUBJECT)].at(-1) ?? null;
}

/** The compose `readCompose` reads: its body editor (inside `editorParent_`) and its subject field. */
export function readDraft(doc: Document): DraftFields | null {
  const root = findFirst(doc, COMPOSE_ROOT)?.element;
  const body = root?.querySelector<HTMLElement>(
    `${COMPOSE_BODY} [contenteditable=true], ${COMPOSE_BODY}[contenteditable=true]`,
  );
  return root && body ? { body, subject: subjectField(root) } : null;
}

/** A click on a compose's own Send button. */
export function isSendControl(target: Element): boolean {
  const button = target.closest(selectorList(SEND_BUTTON));
  return !!button && !!button.closest(selectorList(COMPOSE_ROOT));
}

/** The reading pane: each message's sender ("Name<addr>" in the persona text), the recipient wells, body addresses. */
export function readReadingPane(doc: Document, url: URL, self: OutlookSelf, misses: DetectionMiss[]): Partial | null {
  const found = findFirst(doc, READING_PANE);
  if (!found) return null;
  const pane = found.element;
  const people = new PeopleCollector();
  let strategy = 'none';
  for (const target of findAll(pane, PERSONA)) {
    if (target.closest('[data-testid=RecipientWell]')) continue;
    const line = textLines(target).join('');
    const address = addressesInText(line)[0];
    if (!address) continue;
    people.add(parseNameAndAddress(line.includes('<') ? line : address), 'from');
    strategy = 'sender-persona-text';
  }
  const subject = findFirst(pane, SUBJECT)?.element;
  if (strategy === 'none' && subject) misses.push({ view: 'reading-pane', part: 'sender' });
  const wellAnchor = RECIPIENT_WELL.find((a) => pane.querySelector(a.selector));
  const wells = wellAnchor ? [...pane.querySelectorAll(wellAnchor.selector)] : [];
  wells.forEach((well, index) =>
    readRecipientWell(
      well,
      fieldRole(well.getAttribute('aria-label') ?? '', index, pageLanguage(doc)),
      people,
      self.name,
    ),
  );
  for (const body of pane.querySelectorAll(MESSAGE_BODY))
    for (const email of mailtoAddresses(body)) people.add({ email }, 'body');
  if (!subject && people.size === 0) return null;
  const threadId = selectedRow(doc)?.getAttribute('data-convid') ?? undefined;
  const items = readConversationItems(pane, threadId);
  const newest = newestItem(items);
  const urlItemId = itemIdFromUrl(url);
  return {
    view: 'reading-pane',
    people: withoutSelf(people, self),
    // The title holds the whole subject; it is page text like any other, so it is cleaned and clipped too.
    subject: cleanText(subject?.getAttribute('title') ?? subject?.textContent),
    threadId,
    // Each shown item is keyed the same however many are expanded, and "Log this email" logs the newest, so
    // nothing is logged twice; what earlier versions logged under the URL's item id still reads as logged.
    messageId: newest?.id ?? urlItemId,
    ...(items.length > 1 ? { messages: items } : {}),
    ...(newest && urlItemId ? { messageAlias: urlItemId } : {}),
    strategy: `reading-pane:${strategy}`,
  };
}

/** The hovered or selected conversation row: its sender, whose address is the span's title. */
export function readList(doc: Document, hovered?: Element | null): Partial | null {
  const row = hovered?.closest(LIST_ROW.map((a) => a.selector).join(', ')) ?? selectedRow(doc);
  if (!row) return null;
  const people = new PeopleCollector();
  for (const span of row.querySelectorAll('span[title*="@"]'))
    people.add({ email: span.getAttribute('title'), name: span.textContent }, 'participant');
  return {
    view: 'list',
    people: people.list(),
    threadId: row.getAttribute('data-convid') ?? undefined,
    strategy: 'list:title-address',
  };
}

function selectedRow(doc: Document): Element | null {
  return doc.querySelector(LIST_ROW.map((a) => `${a.selector}[aria-selected=true]`).join(', '));
}

/** Drops the owner: by address, or by name where Outlook shows a name only. */
function withoutSelf(people: PeopleCollector, self: OutlookSelf) {
  const email = self.email?.toLowerCase();
  const name = self.name?.toLowerCase();
  return people.list().filter((p) => (p.email ? p.email.toLowerCase() !== email : p.name?.toLowerCase() !== name));
}

/** `/mail/0/inbox/id/AQQk…%3D` → the item id. */
export function itemIdFromUrl(url: URL): string | undefined {
  const raw = /\/id\/([^/?#]+)/.exec(url.pathname)?.[1];
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
