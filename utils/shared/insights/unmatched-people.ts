import type { Resolution } from '../match/resolve';
import { normalizeEmail, personNameKey } from '../match/normalize';
import type { PageContext } from '../model';

/** Someone on the page who is not the user and matches no account: the sidebar offers to add them. */
export interface UnmatchedPerson {
  email?: string;
  name?: string;
  /** Their business domain, which no account has yet; free-mail and name-only people have none. */
  domain?: string;
}

/**
 * The people on a page that no account took, in page order, each once: what a sidebar with no match (or an
 * empty book) says it saw. The user and their colleagues (self) are left out, as are the people of matched
 * accounts, whether the page showed them by address or by name.
 */
export function unmatchedPeople(context: PageContext, resolution: Resolution | null): UnmatchedPerson[] {
  const self = new Set(resolution?.self ?? []);
  const selfEmail = context.selfEmail && normalizeEmail(context.selfEmail);
  if (selfEmail) self.add(selfEmail);
  const taken = new Set<string>();
  for (const match of resolution?.accounts ?? [])
    for (const person of match.people) {
      if (person.email) taken.add(person.email);
      if (person.name) taken.add(`name:${personNameKey(person.name)}`);
    }
  const domainOf = new Map<string, string>();
  for (const { domain, people } of resolution?.unknownDomains ?? [])
    for (const person of people) if (person.email) domainOf.set(normalizeEmail(person.email) ?? person.email, domain);

  const seen = new Map<string, UnmatchedPerson>();
  for (const person of context.people) {
    const email = person.email ? normalizeEmail(person.email) : null;
    const name = person.name?.trim().replace(/\s+/g, ' ') || undefined;
    const nameKey = name ? personNameKey(name) : '';
    if (email ? self.has(email) : !nameKey) continue;
    const key = email ?? `name:${nameKey}`;
    if (taken.has(key)) continue;
    const known = seen.get(key);
    if (known) {
      known.name ??= name;
      continue;
    }
    const domain = email ? domainOf.get(email) : undefined;
    seen.set(key, { ...(email ? { email } : {}), ...(name ? { name } : {}), ...(domain ? { domain } : {}) });
  }
  return [...seen.values()];
}
