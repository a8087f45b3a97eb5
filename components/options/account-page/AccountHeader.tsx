import { formatMoney, renewalText } from '../../../utils/shared/format';
import type { Health } from '../../../utils/shared/insights/health';
import type { Account } from '../../../utils/shared/model';
import { HealthBadge } from '../../HealthBadge';
import { AccountEditor } from '../accounts/AccountEditor';

/** The account's name, its facts and health with the reasons for it, and its editor. */
export function AccountHeader({
  account,
  health,
  today,
  privacy,
  editing,
  onEditing,
  onSave,
}: {
  account: Account;
  health: Health;
  today: string;
  privacy: boolean;
  editing: boolean;
  onEditing: (on: boolean) => void;
  onSave: (next: Account) => Promise<boolean>;
}) {
  return (
    <header class="account-head">
      <div class="row-between title-row">
        <h2 id="account-title">{account.name}</h2>
        <button type="button" onClick={() => onEditing(true)} disabled={editing} data-testid="account-page-edit">
          Edit account
        </button>
      </div>
      <p class="facts">
        <span class="tag">{account.tier}</span> <span class={`tag status-${account.status}`}>{account.status}</span>{' '}
        <HealthBadge health={health} />
        {account.annualValue && (
          <span>
            {' '}
            · <span class={privacy ? 'private' : ''}>{formatMoney(account.annualValue)}</span> a year
          </span>
        )}
        {account.renewalDate && <span> · {renewalText(account.renewalDate, today)}</span>}
        {account.owner && <span> · owner {account.owner}</span>}
        {account.domains.length > 0 && <span class="muted"> · {account.domains.join(', ')}</span>}
      </p>
      {health.factors.length > 0 && (
        <ul class="reasons" aria-label="Why this health" data-testid="health-reasons">
          {health.factors.map((f) => (
            <li key={f.key}>
              {f.reason} <span class="muted">(−{f.points})</span>
            </li>
          ))}
        </ul>
      )}
      {editing && <AccountEditor account={account} onSave={onSave} onCancel={() => onEditing(false)} />}
    </header>
  );
}
