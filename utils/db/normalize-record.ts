import { normalizeDomain, normalizeEmail } from '../match/normalize';
import type { Account, Contact, Opportunity, Touchpoint } from '../model';
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

/** Appends the stage to the history when it is new (the history comes from the stored record, never the caller). */
export function withStageHistory(next: Opportunity, existing: Opportunity | undefined): Opportunity {
  const history = existing?.stageHistory ?? (existing ? [{ stage: existing.stage, at: existing.createdAt }] : []);
  const changed = history.at(-1)?.stage !== next.stage;
  return { ...next, stageHistory: changed ? [...history, { stage: next.stage, at: next.updatedAt }] : history };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
