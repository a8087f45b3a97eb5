import { useEffect, useState } from 'preact/hooks';
import { formatMoney, renewalText } from '../../utils/shared/format';
import type { Account } from '../../utils/shared/model';
import type { Portfolio } from '../../utils/shared/insights/portfolio';
import { HealthBadge } from '../HealthBadge';
import { AccountEditor } from './AccountEditor';
import { Pager } from './Pager';
import { accountHref } from './use-hash-route';

export interface AccountActions {
  save(account: Account): Promise<boolean>;
  remove(account: Account): void;
  /** Moves everything of `duplicate` into `keep`, then trashes the duplicate. */
  merge(keep: Account, duplicate: Account): void;
}

/** Rows drawn at once: a whole CRM imported can be thousands of accounts, and drawing them all took seconds. */
export const ACCOUNT_PAGE_SIZE = 50;

/** `pageKey` changes with the search and filters, which start the list again at its first page. */
export function AccountsTable({ accounts, today, health, actions, pageKey }: { accounts: Account[]; today: string; health: Portfolio['healthById']; actions: AccountActions; pageKey: unknown }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [merging, setMerging] = useState<{ id: string; into: string } | null>(null);
  const [offset, setOffset] = useState(0);
  useEffect(() => setOffset(0), [pageKey]);
  if (!accounts.length) {
    return <p class="muted" data-testid="no-accounts">No accounts yet. Load the demo data or import your CRM export.</p>;
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
            <th scope="col" class="num">Annual value</th>
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
              <td><HealthCell health={health[account.id]} /></td>
              <td class="num">{account.annualValue ? formatMoney(account.annualValue) : '—'}</td>
              <td>{account.renewalDate ? renewalText(account.renewalDate, today) : '—'}</td>
              <td class="row-actions">
                {editing === account.id ? (
                  <AccountEditor account={account} onSave={actions.save} onCancel={() => setEditing(null)} />
                ) : merging?.id === account.id ? (
                  <span class="merge">
                    <label>
                      Merge {account.name} into{' '}
                      <select value={merging.into} onChange={(e) => setMerging({ id: account.id, into: e.currentTarget.value })} data-testid="merge-target">
                        <option value="">choose…</option>
                        {accounts
                          .filter((a) => a.id !== account.id)
                          .map((a) => (
                            <option key={a.id} value={a.id}>
                              {a.name}
                            </option>
                          ))}
                      </select>
                    </label>{' '}
                    <button
                      type="button"
                      class="primary"
                      disabled={!merging.into}
                      onClick={() => (actions.merge(accounts.find((a) => a.id === merging.into)!, account), setMerging(null))}
                      data-testid="merge-confirm"
                    >
                      Merge
                    </button>{' '}
                    <button type="button" onClick={() => setMerging(null)}>
                      Cancel
                    </button>
                  </span>
                ) : (
                  <>
                    <button type="button" onClick={() => setEditing(account.id)} aria-label={`Edit ${account.name}`} data-testid="edit-account">
                      Edit
                    </button>{' '}
                    <button type="button" onClick={() => setMerging({ id: account.id, into: '' })} aria-label={`Merge ${account.name} into another account`} data-testid="merge-account">
                      Merge…
                    </button>{' '}
                    <button type="button" onClick={() => actions.remove(account)} aria-label={`Delete ${account.name}`} data-testid="delete-account">
                      Delete
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager offset={start} shown={shown.length} total={accounts.length} size={ACCOUNT_PAGE_SIZE} label="Account pages" testId="accounts" onOffset={setOffset} />
    </>
  );
}

/** Prospects and churned accounts have no health. */
function HealthCell({ health }: { health?: Portfolio['healthById'][string] }) {
  return health ? <HealthBadge health={{ ...health, factors: [] }} /> : <span class="muted">—</span>;
}
