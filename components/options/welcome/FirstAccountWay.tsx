import { useState } from 'preact/hooks';
import type { Account } from '../../../utils/shared/model';
import { AccountEditor } from '../accounts/AccountEditor';
import { BLANK } from '../accounts/AccountsSection';
import { useOptions } from '../options-state';
import { accountHref } from '../use-hash-route';

/** One account typed in: its name and domains are enough for the sidebar to recognise its people. */
export function FirstAccountWay({ adding, setAdding }: { adding: boolean; setAdding: (on: boolean) => void }) {
  const { api, act } = useOptions();
  const [added, setAdded] = useState<Account | null>(null);
  const save = async (account: Account) => {
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...draft } = account;
    return act(`Saved ${account.name}.`, async () => {
      const result = await api.background.saveRecord({ store: 'accounts', record: draft });
      setAdded(result.record as Account);
      return result;
    });
  };
  return (
    <>
      <p class="muted">
        A name and its email domain are enough: anyone writing from that domain is then shown with the account.
      </p>
      {added && (
        <p data-testid="first-account-added">
          Added <a href={accountHref(added.id)}>{added.name}</a>: open it to add contacts, renewal and value.
        </p>
      )}
      {adding ? (
        <AccountEditor account={BLANK} onSave={save} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)} data-testid="welcome-new-account">
          Add an account
        </button>
      )}
    </>
  );
}
