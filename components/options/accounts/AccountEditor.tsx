import { useState } from 'preact/hooks';
import { isLocalDate } from '../../../utils/shared/dates';
import { ACCOUNT_STATUSES, TIERS, type Account } from '../../../utils/shared/model';

/** Edits an account's main fields in place. Saving sends the whole record; the background checks it again. */
export function AccountEditor({
  account,
  onSave,
  onCancel,
}: {
  account: Account;
  onSave: (next: Account) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(account);
  const [value, setValue] = useState(account.annualValue ? String(account.annualValue.amount) : '');
  const [domains, setDomains] = useState(account.domains.join(', '));
  const [error, setError] = useState('');
  const set = (patch: Partial<Account>) => setDraft({ ...draft, ...patch });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!draft.name.trim()) return setError('The account needs a name.');
    if (draft.renewalDate && !isLocalDate(draft.renewalDate)) return setError('The renewal date is not a date.');
    const amount = value.trim() ? Number(value) : undefined;
    if (amount !== undefined && (!Number.isFinite(amount) || amount < 0))
      return setError('The annual value must be a number.');
    const { annualValue: _old, ...rest } = { ...draft, domains: domains.split(/[\s,;]+/).filter(Boolean) };
    const next: Account =
      amount === undefined
        ? rest
        : { ...rest, annualValue: { amount, currency: account.annualValue?.currency ?? 'USD' } };
    if (await onSave(next)) onCancel();
  };

  return (
    <form
      class="account-editor"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      aria-label={`Edit ${account.name}`}
      data-testid="account-editor"
    >
      <label>
        Name
        <input value={draft.name} onInput={(e) => set({ name: e.currentTarget.value })} data-testid="edit-name" />
      </label>
      <label>
        Domains
        <input
          value={domains}
          onInput={(e) => setDomains(e.currentTarget.value)}
          placeholder="northwind.com"
          data-testid="edit-domains"
        />
      </label>
      <label>
        Tier
        <select value={draft.tier} onChange={(e) => set({ tier: e.currentTarget.value as Account['tier'] })}>
          {TIERS.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select
          value={draft.status}
          onChange={(e) => set({ status: e.currentTarget.value as Account['status'] })}
          data-testid="edit-status"
        >
          {ACCOUNT_STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Renewal
        <input
          type="date"
          value={draft.renewalDate ?? ''}
          onInput={(e) => set({ renewalDate: e.currentTarget.value || undefined })}
        />
      </label>
      <label>
        Annual value ({account.annualValue?.currency ?? 'USD'})
        <input inputMode="decimal" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      </label>
      <label>
        Owner
        <input value={draft.owner ?? ''} onInput={(e) => set({ owner: e.currentTarget.value || undefined })} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" data-testid="edit-save">
        Save
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
