import type { PagePerson } from '../../../shared/model';
import { addressesInText, cleanText, mailtoAddresses, PeopleCollector, textOf } from '../common';
import { DATE_WORDS, pageLanguage, parseJapaneseDate, parseWordDate } from '../local-dates';
import { recipientRole } from '../local-labels';
import { findAll, findFirst } from '../selectors';
import type { DetectionMiss } from '../types';
import { personFromAttributes } from './people';
import {
  DETAILS_DROPDOWN,
  MESSAGE,
  MESSAGE_BODY,
  RECIPIENT_SUMMARY,
  SENDER,
  THREAD_ROOT,
  THREAD_SUBJECT,
} from './selectors';

/** Messages folded into the "N older messages" row (2019-2026 layouts). */
const FOLDED_MESSAGE = '.kQ, .kx';

export interface ThreadRead {
  root: Element;
  people: PagePerson[];
  subject: string;
  threadId?: string;
  messageId?: string;
  /** When the newest message was sent, if its date reads as a date. */
  sentAt?: string;
  /** Every message shown with an id, oldest first: each can be logged on its own. */
  messages: Array<{ id: string; from?: string; sentAt?: string }>;
  strategy: string;
}

/** The open thread: every message's sender, the To line of expanded messages, the details dropdown when open, body addresses last. */
export function readThread(doc: Document, url: URL, misses: DetectionMiss[]): ThreadRead | null {
  const heading = findFirst(doc, THREAD_SUBJECT);
  if (!heading) return null;
  const root = THREAD_ROOT.map((a) => heading.element.closest(a.selector)).find(Boolean) ?? doc.body;
  const messages = findAll(root, MESSAGE).filter(
    (m) => !m.parentElement?.closest('[data-message-id], [data-legacy-message-id]'),
  );
  const people = new PeopleCollector();
  const strategies = new Set<string>();

  for (const message of messages) {
    const sender = readSender(message);
    if (sender) {
      people.add(sender.person, 'from');
      strategies.add(sender.strategy);
    } else if (!message.matches(FOLDED_MESSAGE)) {
      // Messages hidden in the "N older" fold render no sender; any other message should have one.
      misses.push({ view: 'thread', part: 'sender' });
    }
  }
  for (const message of messages) {
    for (const el of findAll(message, RECIPIENT_SUMMARY)) people.add(personFromAttributes(el), 'to');
  }
  const details = findFirst(doc, DETAILS_DROPDOWN);
  if (details) readDetails(details.element, people);
  for (const message of messages) {
    const body = findFirst(message, MESSAGE_BODY)?.element;
    if (!body) continue;
    for (const email of mailtoAddresses(body)) people.add({ email }, 'body');
    for (const el of body.querySelectorAll('[data-hovercard-id]')) people.add(personFromAttributes(el), 'body');
  }
  if (messages.length === 0) misses.push({ view: 'thread', part: 'messages' });

  const last = messages.at(-1);
  const permId = heading.element.getAttribute('data-thread-perm-id');
  return {
    root,
    people: people.list(),
    subject: textOf(heading.element),
    threadId:
      (permId && permId !== 'undefined' ? permId : heading.element.getAttribute('data-legacy-thread-id')) ??
      threadTokenFromUrl(url),
    messageId: last ? messageIdOf(last) : undefined,
    sentAt: last ? sentAtOf(last) : undefined,
    messages: messages.flatMap((message) => {
      const id = messageIdOf(message);
      // A message folded into "N older messages" is not shown: it has no sender or date to log.
      if (!id || message.matches(FOLDED_MESSAGE)) return [];
      const from = readSender(message)?.person.email;
      const sentAt = sentAtOf(message);
      return [{ id, ...(from ? { from } : {}), ...(sentAt ? { sentAt } : {}) }];
    }),
    strategy: `thread:${[...strategies].join('+') || 'none'}`,
  };
}

function readSender(message: Element): { person: { email?: string; name?: string }; strategy: string } | null {
  for (const anchor of SENDER) {
    const el = message.querySelector(anchor.selector);
    const person = el ? personFromAttributes(el) : {};
    if (person.email) return { person, strategy: anchor.name };
  }
  // Last resort: the address Gmail prints beside the name, "<ana@x.com>".
  const header = message.querySelector('h3, .gF, .gE');
  const email = header ? addressesInText(header.textContent ?? '')[0] : undefined;
  return email
    ? { person: { email, name: cleanText(header?.querySelector('span')?.textContent) }, strategy: 'sender-header-text' }
    : null;
}

/**
 * Rows of the details dropdown: "from:", "to:", "cc:", "bcc:", labelled in the page's language ("von:", "à :",
 * "para:", "宛先:"). A row whose label is in no table counts as Cc.
 */
function readDetails(dropdown: Element, people: PeopleCollector): void {
  const language = pageLanguage(dropdown.ownerDocument);
  for (const row of dropdown.querySelectorAll('tr')) {
    const role = recipientRole(row.firstElementChild?.textContent ?? '', language) ?? 'cc';
    for (const el of row.querySelectorAll('[email], [data-hovercard-id]')) {
      const person = personFromAttributes(el);
      // The dropdown may print "Name <addr>" instead of a name attribute.
      if (person.email && person.name?.includes('<')) person.name = person.name.split('<')[0]!.trim();
      people.add(person, role);
    }
  }
}

/**
 * The message date from its tooltip, in the page's language: "Mon, Nov 23, 2026, 4:12 PM" (read by the
 * browser's date parser), "lun. 23 nov. 2026, 16:12", "Mo., 23. Nov. 2026, 16:12", "2026年11月23日(月) 16:12".
 * Unreadable dates are left out.
 */
function sentAtOf(message: Element): string | undefined {
  const title = message.querySelector('span.g3[title], .gH [title]')?.getAttribute('title');
  if (!title) return undefined;
  const language = pageLanguage(message.ownerDocument);
  const time =
    language === 'en' || !LOCAL_DATE_LANGUAGES.has(language) ? Date.parse(title) : localTime(title, language);
  return Number.isNaN(time) || time < Date.UTC(2000, 0, 1) ? undefined : new Date(time).toISOString();
}

const LOCAL_DATE_LANGUAGES = new Set([...Object.keys(DATE_WORDS), 'ja']);

/** A tooltip's date and time, read with the language's table; NaN when it does not read, or the weekday is off. */
function localTime(title: string, language: string): number {
  const m = /^(.*?)[,\s]+(\d{1,2}):(\d{2})\s*$/.exec(title.replace(/[\u00a0\u202f]/g, ' ').trim());
  if (!m) return Number.NaN;
  const datePart = m[1]!.replace(/,\s*$/, '');
  const date = language === 'ja' ? parseJapaneseDate(datePart) : parseWordDate(datePart, DATE_WORDS[language]!);
  if (!date || date.year === undefined) return Number.NaN;
  const at = new Date(date.year, date.month, date.day, Number(m[2]), Number(m[3]));
  const fits = at.getDate() === date.day && (date.weekday === undefined || at.getDay() === date.weekday);
  return fits && Number(m[2]) < 24 && Number(m[3]) < 60 ? at.getTime() : Number.NaN;
}

function messageIdOf(message: Element): string | undefined {
  const id = message.getAttribute('data-legacy-message-id') ?? message.getAttribute('data-message-id');
  return id ? id.replace(/^#/, '') : undefined;
}

/** `#inbox/FMfcgz…` → `FMfcgz…`; only when the DOM has no thread id. */
function threadTokenFromUrl(url: URL): string | undefined {
  const last = url.hash.split('?')[0]!.split('/').at(-1) ?? '';
  return /^[A-Za-z0-9]{16,}$/.test(last) ? last : undefined;
}
