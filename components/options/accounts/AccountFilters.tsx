import { ACCOUNT_STATUSES, TIERS } from '../../../utils/shared/model';
import type { AccountFilter } from '../../../utils/shared/insights/account-filter';

/** Search, filters and sort for the accounts list. */
export function AccountFilters({
  filter,
  owners,
  onChange,
}: {
  filter: AccountFilter;
  owners: string[];
  onChange: (next: AccountFilter) => void;
}) {
  const set = (patch: Partial<AccountFilter>) => onChange({ ...filter, ...patch });
  return (
    <div class="filters" role="search" aria-label="Filter accounts">
      <input
        type="search"
        placeholder="Search name or domain"
        value={filter.text}
        onInput={(e) => set({ text: e.currentTarget.value })}
        aria-label="Search accounts"
        data-testid="account-search"
      />
      <select
        value={filter.tier}
        onChange={(e) => set({ tier: e.currentTarget.value as AccountFilter['tier'] })}
        aria-label="Tier"
      >
        <option value="all">All tiers</option>
        {TIERS.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>
      <select
        value={filter.status}
        onChange={(e) => set({ status: e.currentTarget.value as AccountFilter['status'] })}
        aria-label="Status"
        data-testid="status-filter"
      >
        <option value="all">All statuses</option>
        {ACCOUNT_STATUSES.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
      <select value={filter.owner} onChange={(e) => set({ owner: e.currentTarget.value })} aria-label="Owner">
        <option value="all">All owners</option>
        {owners.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
      <select
        value={String(filter.renewalWithin)}
        onChange={(e) => set({ renewalWithin: Number(e.currentTarget.value) as AccountFilter['renewalWithin'] })}
        aria-label="Renewal"
      >
        <option value="0">Any renewal</option>
        <option value="30">Renews within 30 days</option>
        <option value="60">Renews within 60 days</option>
        <option value="90">Renews within 90 days</option>
      </select>
      <select
        value={filter.health}
        onChange={(e) => set({ health: e.currentTarget.value as AccountFilter['health'] })}
        aria-label="Health"
        data-testid="health-filter"
      >
        <option value="all">Any health</option>
        <option value="good">Good health</option>
        <option value="watch">Watch</option>
        <option value="risk">At risk</option>
      </select>
      <select
        value={filter.sort}
        onChange={(e) => set({ sort: e.currentTarget.value as AccountFilter['sort'] })}
        aria-label="Sort by"
      >
        <option value="name">Sort by name</option>
        <option value="renewal">Sort by renewal</option>
        <option value="value">Sort by value</option>
        <option value="health">Sort by health, weakest first</option>
      </select>
    </div>
  );
}
