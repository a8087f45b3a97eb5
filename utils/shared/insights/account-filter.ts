import { daysBetween } from '../dates';
import type { Account, AccountStatus, Tier } from '../model';
import type { HealthBand } from './portfolio';

export interface AccountFilter {
  text: string;
  tier: Tier | 'all';
  status: AccountStatus | 'all';
  owner: string | 'all';
  /** Renewing within this many days; 0 means any. */
  renewalWithin: 0 | 30 | 60 | 90;
  /** Only clients in this health band (prospects and churned accounts have no health). */
  health: HealthBand | 'all';
  sort: 'name' | 'renewal' | 'value' | 'health';
}

export const NO_FILTER: AccountFilter = {
  text: '',
  tier: 'all',
  status: 'all',
  owner: 'all',
  renewalWithin: 0,
  health: 'all',
  sort: 'name',
};

/**
 * The accounts list as filtered and sorted on the options page. Value sorts within a currency, largest first;
 * health sorts the weakest first. `healthOf` gives a client's health band and score.
 */
export function filterAccounts(
  accounts: Account[],
  filter: AccountFilter,
  today: string,
  healthOf: (id: string) => { score: number; band: HealthBand } | undefined = () => undefined,
): Account[] {
  const text = filter.text.trim().toLowerCase();
  const shown = accounts.filter((a) => {
    if (text && !a.name.toLowerCase().includes(text) && !a.domains.some((d) => d.includes(text))) return false;
    if (filter.tier !== 'all' && a.tier !== filter.tier) return false;
    if (filter.status !== 'all' && a.status !== filter.status) return false;
    if (filter.owner !== 'all' && (a.owner ?? '') !== filter.owner) return false;
    if (filter.health !== 'all' && healthOf(a.id)?.band !== filter.health) return false;
    if (filter.renewalWithin) {
      if (!a.renewalDate) return false;
      const days = daysBetween(today, a.renewalDate);
      if (days < 0 || days > filter.renewalWithin) return false;
    }
    return true;
  });
  const byName = (a: Account, b: Account) => a.name.localeCompare(b.name);
  if (filter.sort === 'renewal')
    return shown.sort((a, b) => (a.renewalDate ?? '9999').localeCompare(b.renewalDate ?? '9999') || byName(a, b));
  if (filter.sort === 'health')
    return shown.sort((a, b) => (healthOf(a.id)?.score ?? 101) - (healthOf(b.id)?.score ?? 101) || byName(a, b));
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
