import { normalizeDomain, normalizeEmail } from '../match/normalize';
import type { Account, Contact, Touchpoint } from '../model';
import { LensError } from '../errors';

/** Puts addresses and domains in the form the indexes are keyed by. */
export function normalizeAccount(account: Account): Account {
  const domains = unique(
    account.domains.map((raw) => {
      const domain = normalizeDomain(raw);
      if (!domain) throw new LensError('invalid', `"${raw}" is not a domain name.`);
      return domain;
    }),
  );
  return { ...account, domains, name: account.name.trim() };
}

export function normalizeContact(contact: Contact): Contact {
  const emails = unique(
    contact.emails.map((raw) => {
      const email = normalizeEmail(raw);
      if (!email) throw new LensError('invalid', `"${raw}" is not an email address.`);
      return email;
    }),
  );
  return { ...contact, emails, name: contact.name.trim() };
}

export function withSourceKey(touchpoint: Touchpoint): Touchpoint {
  const { sourceKey: _old, ...rest } = touchpoint;
  return touchpoint.source ? { ...rest, sourceKey: `${touchpoint.source.site}:${touchpoint.source.itemId}` } : rest;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
