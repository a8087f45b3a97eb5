import { useState } from 'preact/hooks';
import { toLocalDate } from '../../../utils/shared/dates';
import { filterAccounts, NO_FILTER, type AccountFilter } from '../../../utils/shared/insights/account-filter';
import type { Account } from '../../../utils/shared/model';
import { useOptions } from '../options-state';
import { AccountEditor } from './AccountEditor';
import { AccountFilters } from './AccountFilters';
import { AccountsTable } from './AccountsTable';
import { LoadDemoButton } from './LoadDemoButton';
import { useAccountActions } from './use-account-actions';

/** A new account's starting values; the data layer gives it an id and timestamps. */
export const BLANK: Account = {
  id: '',
  createdAt: '',
  updatedAt: '',
  name: '',
  domains: [],
  tier: 'standard',
  status: 'active',
  objectives: [],
  tags: [],
};

const ownersOf = (accounts: Account[]) => [...new Set(accounts.flatMap((a) => (a.owner ? [a.owner] : [])))].sort();

/** The accounts list: search and filters, a new account, and the table a page at a time. */
export function AccountsSection() {
  const { api, state } = useOptions();
  const actions = useAccountActions();
  const [filter, setFilter] = useState<AccountFilter>(NO_FILTER);
  const [creating, setCreating] = useState(false);
  const accounts = state.accounts.list.value;
  const portfolio = state.accounts.portfolio.value;
  const today = toLocalDate(api.now());
  return (
    <section aria-labelledby="accounts-heading">
      <div class="section-head">
        <h2 id="accounts-heading">Accounts {accounts ? <span class="muted">({accounts.length})</span> : null}</h2>
        <LoadDemoButton />
      </div>
      <div class="row-between">
        <AccountFilters filter={filter} owners={ownersOf(accounts ?? [])} onChange={setFilter} />
        <button type="button" onClick={() => setCreating(true)} data-testid="new-account">
          New account
        </button>
      </div>
      {creating && <AccountEditor account={BLANK} onSave={actions.save} onCancel={() => setCreating(false)} />}
      {accounts === null ? (
        <p class="muted">Loading…</p>
      ) : (
        <AccountsTable
          accounts={filterAccounts(accounts, filter, today, (id) => portfolio?.healthById[id])}
          today={today}
          health={portfolio?.healthById ?? {}}
          actions={actions}
          pageKey={filter}
        />
      )}
    </section>
  );
}
