import { PAGE_PEOPLE_MAX, PAGE_TEXT_MAX } from '../../shared/schemas-limits';
import type { PagePerson, PersonRole } from '../../shared/model';
import { PERSON_ROLES } from '../../shared/model';

/**
 * Helpers every adapter shares. They read `textContent` and attributes only,
 * never layout (`innerText`), so a scan never forces the page to reflow.
 */

const ADDRESS = /^[^\s@<>()[\]\\,;:"']+@[^\s@<>()[\]\\,;:"']+\.[^\s@<>()[\]\\,;:"']+$/;
const ADDRESS_MAX = 320;
const SEPARATORS = /[\s<>()[\]\\,;:"']+/;
const ADDRESS_IN_TEXT = /[^\s@<>()[\]\\,;:"']+@[^\s@<>()[\]\\,;:"']+\.[^\s@<>()[\]\\,;:"'.]+/g;

export function isAddress(value: string | null | undefined): value is string {
  return !!value && value.length <= ADDRESS_MAX && ADDRESS.test(value.trim());
}

/** Whitespace collapsed, nothing clipped: for text still to be split (`Name<address>`) before it is clipped. */
export function collapseSpace(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** Whitespace collapsed and clipped to what a page context may carry. */
export function cleanText(value: string | null | undefined): string {
  return collapseSpace(value).slice(0, PAGE_TEXT_MAX);
}

export function textOf(element: Element | null | undefined): string {
  return cleanText(element?.textContent);
}

/**
 * The element's text nodes, each trimmed, in order: `<span>Ana</span><span>Organizer</span>` → ["Ana", "Organizer"].
 * Not clipped: a very long name must not cut off the address after it; names are clipped when collected.
 */
export function textLines(element: Element): string[] {
  const lines: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = collapseSpace(node.textContent);
    if (text) lines.push(text);
  }
  return lines;
}

/** `Name <addr>`, `Name<addr>`, `"Name" <addr>`, a bare address, or a bare name. */
export function parseNameAndAddress(raw: string): { name?: string; email?: string } {
  // Split first, clip after: a long name must not cut off the address at the end of the line.
  const text = collapseSpace(raw);
  const bracketed = /^(.*?)\s*<([^<>]+)>\s*$/.exec(text);
  if (bracketed && isAddress(bracketed[2])) {
    const name = cleanText(bracketed[1]!.replace(/^["']|["']$/g, ''));
    return { email: bracketed[2]!.trim(), ...(name ? { name } : {}) };
  }
  if (isAddress(text)) return { email: text };
  return text ? { name: cleanText(text) } : {};
}

/**
 * Address-shaped words in `text`, in order, once each. The pattern backtracks, so running it over a
 * whole text costs the square of its longest word (a 100,000-character name froze the page for about
 * a minute); it runs only on words that contain an @ and are short enough to be an address.
 */
export function addressesInText(text: string): string[] {
  const found = new Set<string>();
  for (const word of text.split(SEPARATORS)) {
    if (word.length > ADDRESS_MAX || !word.includes('@')) continue;
    for (const address of word.match(ADDRESS_IN_TEXT) ?? []) found.add(address);
  }
  return [...found];
}

/** `mailto:` targets inside `root`, without query strings. */
export function mailtoAddresses(root: ParentNode): string[] {
  const found: string[] = [];
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:" i]')) {
    const target = decodeURIComponentSafe((link.getAttribute('href') ?? '').slice(7).split('?')[0] ?? '');
    for (const part of target.split(',')) if (isAddress(part)) found.push(part.trim());
  }
  return found;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Collects people once each (by address, else by name), keeping their most central role. */
export class PeopleCollector {
  private readonly byKey = new Map<string, PagePerson>();

  add(person: { email?: string | null; name?: string | null }, role: PersonRole): void {
    const email = isAddress(person.email) ? person.email.trim() : undefined;
    let name = cleanText(person.name) || undefined;
    if (name && email && name.toLowerCase() === email.toLowerCase()) name = undefined;
    if (!email && !name) return;
    const key = email ? email.toLowerCase() : `name:${name!.toLowerCase()}`;
    const seen = this.byKey.get(key);
    if (!seen) {
      if (this.byKey.size >= PAGE_PEOPLE_MAX) return;
      this.byKey.set(key, { ...(email ? { email } : {}), ...(name ? { name } : {}), role });
      return;
    }
    if (PERSON_ROLES.indexOf(role) < PERSON_ROLES.indexOf(seen.role)) seen.role = role;
    if (!seen.name && name) seen.name = name;
  }

  has(email: string): boolean {
    return this.byKey.has(email.toLowerCase());
  }

  get size(): number {
    return this.byKey.size;
  }

  list(): PagePerson[] {
    return [...this.byKey.values()];
  }
}

/** Calendars mark the organizer with a localized label; these languages are recognised, others count as guests. */
export const ORGANIZER_HINT = /\b(organi[sz]er|organisateur|organisator|organizador|organizzatore)\b/i;

/** Tries named strategies in order; the first that yields a value wins and is recorded. */
export function firstMatch<T>(
  strategies: Array<[name: string, run: () => T | null | undefined]>,
): { value: T; strategy: string } | null {
  for (const [name, run] of strategies) {
    const value = run();
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
      return { value, strategy: name };
  }
  return null;
}

/** Drops empty optional fields, so equal pages give equal contexts. */
export function compactContext<T extends object>(context: T): T {
  return Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined && v !== '')) as T;
}
