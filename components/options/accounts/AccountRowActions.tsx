import type { Account } from '../../../utils/shared/model';
import { AccountEditor } from './AccountEditor';
import type { AccountActions } from './use-account-actions';

/**
 * A row's Edit, Merge… and Delete; while editing, the editor; while merging, the account to merge into.
 * `mergeInto` is null when not merging, '' until an account is chosen.
 */
export function AccountRowActions({
  account,
  accounts,
  actions,
  editing,
  mergeInto,
  onEditing,
  onMergeInto,
}: {
  account: Account;
  accounts: Account[];
  actions: AccountActions;
  editing: boolean;
  mergeInto: string | null;
  onEditing: (on: boolean) => void;
  onMergeInto: (into: string | null) => void;
}) {
  if (editing) return <AccountEditor account={account} onSave={actions.save} onCancel={() => onEditing(false)} />;
  if (mergeInto !== null) {
    return (
      <span class="merge">
        <label>
          Merge {account.name} into{' '}
          <select value={mergeInto} onChange={(e) => onMergeInto(e.currentTarget.value)} data-testid="merge-target">
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
          disabled={!mergeInto}
          onClick={() => (
            actions.merge(
              accounts.find((a) => a.id === mergeInto)!,
              account,
            ),
            onMergeInto(null)
          )}
          data-testid="merge-confirm"
        >
          Merge
        </button>{' '}
        <button type="button" onClick={() => onMergeInto(null)}>
          Cancel
        </button>
      </span>
    );
  }
  return (
    <>
      <button
        type="button"
        onClick={() => onEditing(true)}
        aria-label={`Edit ${account.name}`}
        data-testid="edit-account"
      >
        Edit
      </button>{' '}
      <button
        type="button"
        onClick={() => onMergeInto('')}
        aria-label={`Merge ${account.name} into another account`}
        data-testid="merge-account"
      >
        Merge…
      </button>{' '}
      <button
        type="button"
        onClick={() => actions.remove(account)}
        aria-label={`Delete ${account.name}`}
        data-testid="delete-account"
      >
        Delete
      </button>
    </>
  );
}
