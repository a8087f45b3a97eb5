import { daysBetween } from '../dates';
import type { Account, AccountStatus, Tier } from '../model';

export interface AccountFilter {
  text: string;
  tier: Tier | 'all';
  status: AccountStatus | 'all';
  owner: string | 'all';
  /** Renewing within this many days; 0 means any. */
  renewalWithin: 0 | 30 | 60 | 90;
  sort: 'name' | 'renewal' | 'value';
}

export const NO_FILTER: AccountFilter = { text: '', tier: 'all', status: 'all', owner: 'all', renewalWithin: 0, sort: 'name' };

/** The accounts list as filtered and sorted on the options page. Value sorts within a currency, largest first. */
export function filterAccounts(accounts: Account[], filter: AccountFilter, today: string): Account[] {
  const text = filter.text.trim().toLowerCase();
  const shown = accounts.filter((a) => {
    if (text && !a.name.toLowerCase().includes(text) && !a.domains.some((d) => d.includes(text))) return false;
    if (filter.tier !== 'all' && a.tier !== filter.tier) return false;
    if (filter.status !== 'all' && a.status !== filter.status) return false;
    if (filter.owner !== 'all' && (a.owner ?? '') !== filter.owner) return false;
    if (filter.renewalWithin) {
      if (!a.renewalDate) return false;
      const days = daysBetween(today, a.renewalDate);
      if (days < 0 || days > filter.renewalWithin) return false;
    }
    return true;
  });
  const byName = (a: Account, b: Account) => a.name.localeCompare(b.name);
  if (filter.sort === 'renewal') return shown.sort((a, b) => (a.renewalDate ?? '9999').localeCompare(b.renewalDate ?? '9999') || byName(a, b));
  if (filter.sort === 'value') {
    // Accounts without a value last; currencies are never compared by amount.
    return shown.sort(
      (a, b) =>
        Number(!a.annualValue) - Number(!b.annualValue) ||
        (a.annualValue?.currency ?? '').localeCompare(b.annualValue?.currency ?? '') ||
        (b.annualValue?.amount ?? 0) - (a.annualValue?.amount ?? 0) ||
        byName(a, b),
    );
  }
  return shown.sort(byName);
}
