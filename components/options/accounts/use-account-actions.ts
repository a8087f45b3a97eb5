import type { Account } from '../../../utils/shared/model';
import { useOptions } from '../options-state';

export interface AccountActions {
  save(account: Account): Promise<boolean>;
  remove(account: Account): void;
  /** Moves everything of `duplicate` into `keep`, then trashes the duplicate. */
  merge(keep: Account, duplicate: Account): void;
}

/** Saving, deleting and merging accounts: each one action, shown with Undo. */
export function useAccountActions(): AccountActions {
  const { api, act } = useOptions();
  return {
    save: (account) => {
      // A new account goes without id and timestamps: the data layer sets them.
      const { id, createdAt: _createdAt, updatedAt: _updatedAt, ...draft } = account;
      return act(`Saved ${account.name}.`, () =>
        api.background.saveRecord({ store: 'accounts', record: (id ? account : draft) as Account }),
      );
    },
    remove: (account) =>
      void act(`Deleted ${account.name} and its contacts, touchpoints, tasks, issues and opportunities.`, () =>
        api.background.deleteRecord({ store: 'accounts', id: account.id }),
      ),
    merge: (keep, duplicate) =>
      void act(`Merged ${duplicate.name} into ${keep.name}.`, () =>
        api.background.mergeAccounts({ keepId: keep.id, mergeId: duplicate.id }),
      ),
  };
}
