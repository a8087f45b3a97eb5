import type { Account } from '../../utils/model';
import { formatMoney, renewalText } from '../../utils/format';

export function AccountsTable({ accounts, today }: { accounts: Account[]; today: string }) {
  if (!accounts.length) {
    return <p class="muted" data-testid="no-accounts">No accounts yet. Load the demo data or import your CRM export.</p>;
  }
  return (
    <table data-testid="accounts-table">
      <caption class="visually-hidden">Accounts</caption>
      <thead>
        <tr>
          <th scope="col">Account</th>
          <th scope="col">Tier</th>
          <th scope="col">Status</th>
          <th scope="col" class="num">Annual value</th>
          <th scope="col">Renewal</th>
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => (
          <tr key={account.id} data-testid="account-row">
            <td>
              <strong>{account.name}</strong>
              <div class="muted">{account.domains.join(', ')}</div>
            </td>
            <td>{account.tier}</td>
            <td>
              <span class={`tag status-${account.status}`}>{account.status}</span>
            </td>
            <td class="num">{account.annualValue ? formatMoney(account.annualValue) : '—'}</td>
            <td>{account.renewalDate ? renewalText(account.renewalDate, today) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
