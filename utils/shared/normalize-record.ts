import { normalizeDomain, normalizeEmail } from './match/normalize';
import type { Account, AccountChange, Contact, Opportunity, Touchpoint } from './model';
import { LensError } from './errors';

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

/**
 * Appends the status and value when either changed (the history comes from the stored record, never the
 * caller). A record stored before histories were kept starts from its state at creation.
 */
export function withAccountHistory(next: Account, existing: Account | undefined): Account {
  const state = (a: Account, at: string): AccountChange => ({
    at,
    status: a.status,
    ...(a.annualValue ? { annualValue: a.annualValue } : {}),
  });
  const history = existing?.history ?? (existing ? [state(existing, existing.createdAt)] : []);
  const last = history.at(-1);
  const changed =
    !last ||
    last.status !== next.status ||
    JSON.stringify(last.annualValue ?? null) !== JSON.stringify(next.annualValue ?? null);
  return {
    ...next,
    history: changed ? [...history, state(next, existing ? next.updatedAt : next.createdAt)] : history,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
