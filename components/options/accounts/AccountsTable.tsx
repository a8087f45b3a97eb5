import { useEffect, useState } from 'preact/hooks';
import { formatMoney, renewalText } from '../../../utils/shared/format';
import type { Portfolio } from '../../../utils/shared/insights/portfolio';
import type { Account } from '../../../utils/shared/model';
import { HealthBadge } from '../../HealthBadge';
import { Pager } from '../Pager';
import { accountHref } from '../use-hash-route';
import { AccountRowActions } from './AccountRowActions';
import type { AccountActions } from './use-account-actions';

/** Rows drawn at once: a whole CRM imported can be thousands of accounts, and drawing them all took seconds. */
export const ACCOUNT_PAGE_SIZE = 50;

/** `pageKey` changes with the search and filters, which start the list again at its first page. */
export function AccountsTable({
  accounts,
  today,
  health,
  actions,
  pageKey,
}: {
  accounts: Account[];
  today: string;
  health: Portfolio['healthById'];
  actions: AccountActions;
  pageKey: unknown;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [merging, setMerging] = useState<{ id: string; into: string } | null>(null);
  const [offset, setOffset] = useState(0);
  useEffect(() => setOffset(0), [pageKey]);
  if (!accounts.length) {
    return (
      <p class="muted" data-testid="no-accounts">
        No accounts yet. Import your CRM export (under Your data), load the demo data, or add one with New account.
      </p>
    );
  }
  // A delete can leave the page past the end of the list.
  const start = offset < accounts.length ? offset : 0;
  const shown = accounts.slice(start, start + ACCOUNT_PAGE_SIZE);
  return (
    <>
      <table data-testid="accounts-table">
        <caption class="visually-hidden">Accounts</caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Tier</th>
            <th scope="col">Status</th>
            <th scope="col">Health</th>
            <th scope="col" class="num">
              Annual value
            </th>
            <th scope="col">Renewal</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((account) => (
            <tr key={account.id} data-testid="account-row">
              <td>
                <strong>
                  <a href={accountHref(account.id)} data-testid="open-account">
                    {account.name}
                  </a>
                </strong>
                <div class="muted">{account.domains.join(', ')}</div>
              </td>
              <td>{account.tier}</td>
              <td>
                <span class={`tag status-${account.status}`}>{account.status}</span>
              </td>
              <td>
                <HealthCell health={health[account.id]} />
              </td>
              <td class="num">{account.annualValue ? formatMoney(account.annualValue) : '—'}</td>
              <td>{account.renewalDate ? renewalText(account.renewalDate, today) : '—'}</td>
              <td class="row-actions">
                <AccountRowActions
                  account={account}
                  accounts={accounts}
                  actions={actions}
                  editing={editing === account.id}
                  mergeInto={merging?.id === account.id ? merging.into : null}
                  onEditing={(on) => setEditing(on ? account.id : null)}
                  onMergeInto={(into) => setMerging(into === null ? null : { id: account.id, into })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager
        offset={start}
        shown={shown.length}
        total={accounts.length}
        size={ACCOUNT_PAGE_SIZE}
        label="Account pages"
        testId="accounts"
        onOffset={setOffset}
      />
    </>
  );
}

/** Prospects and churned accounts have no health. */
function HealthCell({ health }: { health?: Portfolio['healthById'][string] }) {
  return health ? <HealthBadge health={{ ...health, factors: [] }} /> : <span class="muted">—</span>;
}
