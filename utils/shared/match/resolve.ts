import type { Account, Contact, PagePerson, PersonRole } from '../model';
import { PERSON_ROLES } from '../model';
import { domainDataReady, isFreeMailDomain, registrableDomain } from './domains';
import { domainOf, normalizeEmail, personNameKey, stripPlusTag } from './normalize';

/** Why a person was tied to an account, shown to the user so a wrong match is obvious. */
export type MatchReason = 'email' | 'domain' | 'name';

/** The exact lookups resolution needs; the background answers them from IndexedDB indexes. */
export interface Directory {
  contactsByEmail(emails: string[]): Promise<Map<string, Contact>>;
  /** By name key (`personNameKey`): every live contact whose name has that key. */
  contactsByName(nameKeys: string[]): Promise<Map<string, Contact[]>>;
  accountsByDomain(domains: string[]): Promise<Map<string, Account>>;
  accountsById(ids: string[]): Promise<Map<string, Account>>;
}

export interface SelfIdentity {
  /** The user's own addresses, normalized. */
  addresses: ReadonlySet<string>;
  /** The user's company domains, registrable form. */
  domains: ReadonlySet<string>;
}

export interface ResolvedPerson {
  email?: string;
  name?: string;
  role: PersonRole;
  /** The known contact, or undefined for someone unknown at the account's domain ("add to account"). */
  contact?: Contact;
  reason: MatchReason;
  /**
   * Shown by name only, and that name is shared by this many contacts: this contact is one candidate among
   * them, each listed with its account, and never taken as certain.
   */
  ambiguous?: number;
}

export interface AccountMatch {
  account: Account;
  people: ResolvedPerson[];
  reasons: MatchReason[];
}

export interface Resolution {
  /** Most central first: the sender's account, then To, Cc, guests, body. */
  accounts: AccountMatch[];
  /** Business domains with no account ("create account"). */
  unknownDomains: Array<{ domain: string; people: PagePerson[] }>;
  /** Self addresses found on the page. */
  self: string[];
}

const roleRank = (role: PersonRole) => PERSON_ROLES.indexOf(role);

interface Candidate {
  email?: string;
  name?: string;
  /** `personNameKey(name)`, for someone shown by name only. */
  nameKey?: string;
  role: PersonRole;
  order: number;
}

/** Keys (`exclusionKey`) of the people the user marked "not this account", each with that account. */
export type MatchExclusions = ReadonlySet<string>;
/**
 * Someone marked "not this account": by their address (normalized) when the page showed one, otherwise by
 * the name shown. An address is never excluded by name, nor a name by address.
 */
export type ExcludedPerson = { email: string; name?: undefined } | { email?: undefined; name: string };
/** `email:<address>|<accountId>` or `name:<personNameKey>|<accountId>`. */
export const exclusionKey = (person: ExcludedPerson, accountId: string) =>
  person.email !== undefined ? `email:${person.email}|${accountId}` : `name:${personNameKey(person.name)}|${accountId}`;

export async function resolvePeople(
  people: PagePerson[],
  self: SelfIdentity,
  directory: Directory,
  exclusions: MatchExclusions = new Set(),
): Promise<Resolution> {
  await domainDataReady();
  const { candidates, selfFound } = collectCandidates(people, self);
  const withEmail = candidates.filter((c) => c.email);
  const nameOnly = candidates.filter((c) => !c.email && c.nameKey);

  const exact = withEmail.map((c) => c.email!);
  const untagged = exact.map(stripPlusTag).filter((e, i) => e !== exact[i]);
  // Two rounds of lookups: contacts (by address and by name, together), then accounts (by domain and by id, together).
  const [byEmail, byName] = await Promise.all([
    directory.contactsByEmail([...new Set([...exact, ...untagged])]),
    nameOnly.length
      ? directory.contactsByName([...new Set(nameOnly.map((c) => c.nameKey!))])
      : new Map<string, Contact[]>(),
  ]);

  const resolved: Array<{
    candidate: Candidate;
    contact?: Contact;
    accountId?: string;
    domain?: string;
    reason?: MatchReason;
    ambiguous?: number;
  }> = [];
  for (const candidate of withEmail) {
    const contact = byEmail.get(candidate.email!) ?? byEmail.get(stripPlusTag(candidate.email!));
    resolved.push({ candidate, contact, accountId: contact?.accountId, reason: contact ? 'email' : undefined });
  }
  for (const candidate of nameOnly) {
    // Accounts the user said this name is not (so one left of two is no longer in doubt).
    const matches = (byName.get(candidate.nameKey!) ?? []).filter(
      (c) => !exclusions.has(exclusionKey({ name: candidate.name! }, c.accountId)),
    );
    // A name is only trusted when exactly one contact carries it; when several do, each is a candidate, marked so.
    const ambiguous = matches.length > 1 ? matches.length : undefined;
    for (const contact of matches)
      resolved.push({ candidate, contact, accountId: contact.accountId, reason: 'name', ambiguous });
  }

  const domainsToTry = new Set<string>();
  for (const r of resolved) {
    if (r.contact || !r.candidate.email) continue;
    const domain = domainOf(r.candidate.email);
    if (isFreeMailDomain(domain)) continue;
    r.domain = registrableDomain(domain) ?? domain;
    domainsToTry.add(domain).add(r.domain);
  }
  const accountIds = [...new Set(resolved.flatMap((r) => (r.contact ? [r.contact.accountId] : [])))];
  const [byDomain, accounts] = await Promise.all([
    domainsToTry.size ? directory.accountsByDomain([...domainsToTry]) : new Map<string, Account>(),
    accountIds.length ? directory.accountsById(accountIds) : new Map<string, Account>(),
  ]);
  for (const r of resolved) {
    if (r.contact || !r.domain) continue;
    const account = byDomain.get(domainOf(r.candidate.email!)) ?? byDomain.get(r.domain);
    if (account) Object.assign(r, { accountId: account.id, reason: 'domain' as const });
  }
  byDomain.forEach((account) => accounts.set(account.id, account));

  const grouped = new Map<
    string,
    { match: AccountMatch; rank: number; order: number; orders: Map<ResolvedPerson, number> }
  >();
  const unknown = new Map<string, PagePerson[]>();
  for (const r of resolved) {
    const { email, name, role, order } = r.candidate;
    const account = r.accountId ? accounts.get(r.accountId) : undefined;
    if (account && email && exclusions.has(exclusionKey({ email }, account.id))) continue;
    if (!account || !r.reason) {
      if (r.domain) unknown.set(r.domain, [...(unknown.get(r.domain) ?? []), { email, name, role }]);
      continue;
    }
    const entry = grouped.get(account.id) ?? {
      match: { account, people: [] as ResolvedPerson[], reasons: [] as MatchReason[] },
      rank: Infinity,
      order: Infinity,
      orders: new Map<ResolvedPerson, number>(),
    };
    const person: ResolvedPerson = { email, name, role, contact: r.contact, reason: r.reason };
    if (r.ambiguous) person.ambiguous = r.ambiguous;
    entry.match.people.push(person);
    entry.orders.set(person, order);
    if (!entry.match.reasons.includes(r.reason)) entry.match.reasons.push(r.reason);
    entry.rank = Math.min(entry.rank, roleRank(role));
    entry.order = Math.min(entry.order, order);
    grouped.set(account.id, entry);
  }

  const ordered = [...grouped.values()].sort((a, b) => a.rank - b.rank || a.order - b.order);
  // Within an account: most central role first, then as they appear on the page.
  for (const { match, orders } of ordered)
    match.people.sort((a, b) => roleRank(a.role) - roleRank(b.role) || orders.get(a)! - orders.get(b)!);
  return {
    accounts: ordered.map((g) => g.match),
    unknownDomains: [...unknown].map(([domain, people]) => ({ domain, people })),
    self: selfFound,
  };
}

/** Normalizes, drops self, and keeps each person once in their most central role. */
function collectCandidates(people: PagePerson[], self: SelfIdentity): { candidates: Candidate[]; selfFound: string[] } {
  const byKey = new Map<string, Candidate>();
  const selfFound = new Set<string>();
  people.forEach((person, order) => {
    const email = person.email ? (normalizeEmail(person.email) ?? undefined) : undefined;
    const name = person.name?.trim().replace(/\s+/g, ' ') || undefined;
    if (!email && !name) return;
    if (email && isSelf(email, self)) {
      selfFound.add(email);
      return;
    }
    const nameKey = email ? undefined : personNameKey(name!) || undefined;
    if (!email && !nameKey) return;
    const key = email ?? `name:${nameKey}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { email, name, nameKey, role: person.role, order });
    else if (roleRank(person.role) < roleRank(seen.role)) seen.role = person.role;
    if (seen && !seen.name && name) seen.name = name;
  });
  // Someone shown with their address in one place and by name only in another (a conversation) is one person,
  // when exactly one person with an address on the page has that name: the address stands for both.
  const addressed = new Map<string, Candidate | null>();
  for (const c of byKey.values()) {
    const key = c.email && c.name ? personNameKey(c.name) : '';
    if (key) addressed.set(key, addressed.has(key) ? null : c);
  }
  const candidates = [...byKey.values()].filter((c) => {
    const same = c.nameKey ? addressed.get(c.nameKey) : undefined;
    if (!same) return true;
    if (roleRank(c.role) < roleRank(same.role)) same.role = c.role;
    same.order = Math.min(same.order, c.order);
    return false;
  });
  return { candidates, selfFound: [...selfFound] };
}

export function isSelf(email: string, self: SelfIdentity): boolean {
  if (self.addresses.has(email) || self.addresses.has(stripPlusTag(email))) return true;
  const domain = domainOf(email);
  return self.domains.has(domain) || self.domains.has(registrableDomain(domain) ?? domain);
}
